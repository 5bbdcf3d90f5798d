import { useState } from 'react';
import { Modal } from '../../components/Modal';
import { useDb } from '../../app/database';
import { verifyManagerPin } from '../../db/settings';

/** The credit gate said no: shows why, and lets a manager release the sale with the PIN. */
export function OverrideDialog({ reasons, hasPin, onRelease, onClose }: { reasons: string[]; hasPin: boolean; onRelease: (reason: string) => Promise<void>; onClose: () => void }) {
  const db = useDb();
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const release = async (): Promise<void> => {
    if (reason.trim().length < 3) return setError('Escreva o motivo da liberação.');
    if (!(await verifyManagerPin(db, pin))) return setError('Senha do gerente incorreta.');
    setError(null);
    await onRelease(reason.trim()).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <Modal
      open
      title="Venda a prazo recusada"
      onClose={onClose}
      testId="credit-refused"
      footer={
        <>
          <button className="btn" onClick={onClose}>Voltar</button>
          {hasPin ? <button className="btn primary" onClick={() => void release()} data-testid="override-confirm">Liberar com a senha</button> : null}
        </>
      }
    >
      <ul data-testid="refusal-reasons">{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
      {hasPin ? (
        <div className="grid2">
          <div className="field">
            <label htmlFor="mgr-pin">Senha do gerente</label>
            <input id="mgr-pin" type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} data-testid="override-pin" />
          </div>
          <div className="field">
            <label htmlFor="mgr-reason">Motivo da liberação</label>
            <input id="mgr-reason" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="override-reason" />
          </div>
        </div>
      ) : (
        <p className="hint">Para liberar vendas nesses casos, defina a senha do gerente em Configurações › Geral e senha.</p>
      )}
      {error ? <div className="field-error" role="alert">{error}</div> : null}
    </Modal>
  );
}
