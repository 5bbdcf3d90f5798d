import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '@shared/desktop-api';
import { formatDateBR } from '@shared/dates/calendar';
import { Modal } from '../../components/Modal';
import { useDb } from '../../app/database';
import { useToday } from '../../app/useToday';
import { errorMessage } from '../../app/form-errors';
import { localStamp } from '../../app/clock';
import { APP_VERSION, desktop } from '../../desktop';
import { exportBackup, parseBackup, restoreBackup, type ValidBackup } from '../../db/backup';
import { decryptBackup, encryptBackup, isEncryptedBackup, MIN_PASSWORD_LENGTH } from '../../db/backup-crypto';

const TABLE_LABELS: Record<string, string> = { customers: 'clientes', sales: 'vendas', installments: 'parcelas', payments: 'pagamentos', contacts: 'contatos', documents: 'documentos' };

/** Back up now, restore from a file or from the automatic copies, choose a second folder. */
export function BackupPanel() {
  const db = useDb();
  const today = useToday();
  const api = desktop();
  const electron = api.platform === 'electron';
  const [list, setList] = useState<BackupEntry[]>([]);
  const [folder, setFolder] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<ValidBackup | null>(null);
  const [busy, setBusy] = useState(false);
  const [password, setPassword] = useState('');
  const [locked, setLocked] = useState<Uint8Array | null>(null);
  const [unlockPassword, setUnlockPassword] = useState('');

  const refresh = useCallback(async () => {
    setList(await api.listBackups());
    setFolder(await api.getBackupFolder());
  }, [api]);
  useEffect(() => { void refresh(); }, [refresh]);

  const safetyCopy = (bytes: Uint8Array, name: string): Promise<unknown> =>
    electron ? api.writeBackup(bytes, name) : api.saveFile(bytes, name, [{ name: 'Cópia da Caderneta', extensions: ['gz'] }]);

  const backupNow = async (): Promise<void> => {
    setBusy(true);
    setStatus(null);
    try {
      if (password && password.length < MIN_PASSWORD_LENGTH) throw new Error(`A senha da cópia precisa de pelo menos ${MIN_PASSWORD_LENGTH} caracteres.`);
      const plain = (await exportBackup(db, { appVersion: APP_VERSION })).bytes;
      const bytes = password ? await encryptBackup(plain, password) : plain;
      const name = password ? `caderneta-${today}.cdnt` : `caderneta-${today}.json.gz`;
      if (electron) await api.writeBackup(bytes, name);
      else await api.saveFile(bytes, name, [{ name: 'Cópia da Caderneta', extensions: [password ? 'cdnt' : 'gz'] }]);
      setStatus({ ok: true, text: electron ? 'Cópia de segurança gravada.' : 'Cópia de segurança baixada. Guarde o arquivo em um pen drive ou na nuvem.' });
      await refresh();
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const check = async (bytes: Uint8Array): Promise<void> => {
    setStatus(null);
    if (isEncryptedBackup(bytes)) {
      setLocked(bytes);
      return;
    }
    try {
      setPending(await parseBackup(bytes));
    } catch (e) {
      setStatus({ ok: false, text: `${errorMessage(e)} Seus dados atuais não foram alterados.` });
    }
  };

  const restore = async (): Promise<void> => {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(db, pending, safetyCopy);
      setPending(null);
      setStatus({ ok: true, text: 'Cópia restaurada. Antes disso, os dados anteriores foram guardados em outra cópia.' });
      await refresh();
    } catch (e) {
      setStatus({ ok: false, text: `${errorMessage(e)} Seus dados atuais não foram alterados.` });
    } finally {
      setBusy(false);
    }
  };

  const [unlockError, setUnlockError] = useState<string | null>(null);
  const unlock = async (): Promise<void> => {
    if (!locked) return;
    try {
      const plain = await decryptBackup(locked, unlockPassword);
      setLocked(null);
      setUnlockPassword('');
      setUnlockError(null);
      await check(plain);
    } catch (e) {
      // Said inside the dialog, next to the password (behind it, the message could not be read).
      setUnlockError(`${errorMessage(e)} Seus dados atuais não foram alterados.`);
    }
  };

  return (
    <div data-testid="backup-panel">
      <p>{electron ? 'A Caderneta faz uma cópia automática por dia (guarda as últimas 30 diárias e 12 mensais).' : 'No modo navegador, baixe uma cópia com frequência e guarde-a fora deste computador.'}</p>
      <div className="row" style={{ margin: '10px 0' }}>
        <input type="password" aria-label="Senha da cópia (opcional)" placeholder="Senha da cópia (opcional)" value={password} onChange={(e) => setPassword(e.target.value)} style={{ width: 240 }} autoComplete="new-password" data-testid="backup-password" />
        <button className="btn primary" onClick={() => void backupNow()} disabled={busy} data-testid="backup-now">Fazer cópia agora</button>
        {/* Reached with Tab (a hidden input is not): its focus is drawn on the label after it. */}
        <input id="restore-file" className="sr-only file-picker" type="file" accept=".gz,.json,.cdnt,application/gzip,application/json" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void f.arrayBuffer().then((b) => check(new Uint8Array(b))); }} data-testid="restore-file" />
        <label className="btn" htmlFor="restore-file" style={{ margin: 0 }}>
          Restaurar de um arquivo…
        </label>
      </div>
      <p className="hint">Com senha, a cópia é cifrada (AES-256): guarde a senha, sem ela a cópia não abre.</p>
      {status ? <div className={`alert ${status.ok ? 'ok' : 'danger'}`} role="status" data-testid="backup-status">{status.text}</div> : null}
      {electron ? (
        <>
          <h3>Segunda pasta (pen drive ou nuvem)</h3>
          <div className="row">
            <span className="muted">{folder ?? 'Nenhuma pasta escolhida.'}</span>
            <button className="btn small" onClick={() => void api.chooseBackupFolder().then(setFolder)}>Escolher pasta…</button>
          </div>
          <h3 style={{ marginTop: 16 }}>Cópias guardadas</h3>
          {list.length === 0 ? <p className="muted">Nenhuma cópia ainda.</p> : (
            <table className="data">
              <thead><tr><th>Arquivo</th><th>Onde</th><th>Data</th><th className="num">Tamanho</th><th /></tr></thead>
              <tbody>
                {list.map((b) => (
                  <tr key={`${b.place}/${b.name}`}>
                    <td>{b.name}</td>
                    <td>{b.place === 'auto' ? 'Pasta da Caderneta' : 'Segunda pasta'}</td>
                    <td>{formatDateBR(localStamp(b.modifiedAt).date)} {localStamp(b.modifiedAt).time}</td>
                    <td className="num">{(b.sizeBytes / 1024).toFixed(0)} KB</td>
                    <td className="num"><button className="btn small" onClick={() => void api.readBackup(b.name, b.place).then(check, (e: unknown) => setStatus({ ok: false, text: errorMessage(e) }))}>Restaurar…</button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      <Modal
        open={locked !== null}
        title="Cópia protegida por senha"
        onClose={() => { setLocked(null); setUnlockError(null); }}
        testId="unlock-dialog"
        footer={
          <>
            <button className="btn" onClick={() => { setLocked(null); setUnlockError(null); }}>Cancelar</button>
            <button className="btn primary" onClick={() => void unlock()} data-testid="unlock-confirm">Abrir a cópia</button>
          </>
        }
      >
        <label htmlFor="unlock-pw">Senha usada ao fazer a cópia</label>
        <input
          id="unlock-pw"
          type="password"
          value={unlockPassword}
          onChange={(e) => setUnlockPassword(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void unlock(); } }}
          aria-invalid={unlockError !== null}
          autoFocus
          data-testid="unlock-password"
        />
        {unlockError ? <div className="field-error" role="alert" data-testid="unlock-error">{unlockError}</div> : null}
      </Modal>
      <Modal
        open={pending !== null}
        title="Restaurar esta cópia?"
        onClose={() => setPending(null)}
        testId="restore-confirm"
        footer={
          <>
            <button className="btn" onClick={() => setPending(null)}>Cancelar</button>
            <button className="btn danger" onClick={() => void restore()} disabled={busy} data-testid="restore-confirm-button">Restaurar</button>
          </>
        }
      >
        {pending ? (
          <>
            <p>Cópia de {formatDateBR(localStamp(pending.createdAt).date)} às {localStamp(pending.createdAt).time} (versão {pending.appVersion}), com {Object.entries(TABLE_LABELS).map(([t, l]) => `${pending.counts[t as keyof typeof pending.counts] ?? 0} ${l}`).join(', ')}.</p>
            <p><strong>Os dados atuais serão substituídos.</strong> Antes, a Caderneta guarda uma cópia deles{electron ? ' na pasta de cópias' : ' (o arquivo será baixado)'}.</p>
          </>
        ) : null}
      </Modal>
    </div>
  );
}
