import { useState } from 'react';
import { formatDecimalBR, parseBRL } from '@shared/money/brl';
import { useDb } from '../../app/database';
import { errorMessage } from '../../app/form-errors';
import { setManagerPin, updateSettings, type AppSettings, type GeneralSettings } from '../../db/settings';

/** Minimum wage, overpayment, fiado closing day, printer width, numbering and manager PIN. */
export function GeneralForm({ settings }: { settings: AppSettings }) {
  const db = useDb();
  const [g, setG] = useState<GeneralSettings>(settings.general);
  const [wage, setWage] = useState(formatDecimalBR(settings.general.minimumWageCents));
  const [digits, setDigits] = useState(String(settings.numbering.digits));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pin, setPin] = useState('');
  const [currentPin, setCurrentPin] = useState('');
  const [pinStatus, setPinStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const hasPin = settings.security.managerPin !== null;

  const save = async (): Promise<void> => {
    setStatus(null);
    try {
      const minimumWageCents = parseBRL(wage);
      await updateSettings(db, 'general', { ...g, minimumWageCents });
      await updateSettings(db, 'numbering', { digits: Number(digits) });
      setStatus({ ok: true, text: 'Configurações salvas.' });
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    }
  };

  const savePin = async (): Promise<void> => {
    setPinStatus(null);
    try {
      await setManagerPin(db, pin, currentPin || undefined);
      setPin('');
      setCurrentPin('');
      setPinStatus({ ok: true, text: 'Senha do gerente salva.' });
    } catch (e) {
      setPinStatus({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <div data-testid="general-form">
      <div className="grid3">
        <div className="field">
          <label htmlFor="wage">Salário mínimo (R$)</label>
          <input id="wage" value={wage} onChange={(e) => setWage(e.target.value)} inputMode="decimal" />
          <div className="hint">Base dos limites do Juizado Especial (20 e 40 salários).</div>
        </div>
        <div className="field">
          <label htmlFor="over">Pagamento a maior</label>
          <select id="over" value={g.overpaymentMode} onChange={(e) => setG({ ...g, overpaymentMode: e.target.value as GeneralSettings['overpaymentMode'] })}>
            <option value="credit">Vira crédito do cliente</option>
            <option value="refuse">Devolver como troco</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="closing">Dia de fechamento do fiado</label>
          <input id="closing" type="number" min={1} max={28} value={g.closingDay} onChange={(e) => setG({ ...g, closingDay: Number(e.target.value) })} />
          <div className="hint">Todo mês, as compras na conta viram uma parcela.</div>
        </div>
        <div className="field">
          <label htmlFor="tabdue">Prazo para pagar o fiado (dias após o fechamento)</label>
          <input id="tabdue" type="number" min={0} max={60} value={g.tabDueDays} onChange={(e) => setG({ ...g, tabDueDays: Number(e.target.value) })} />
        </div>
        <div className="field">
          <label htmlFor="printer">Impressora de recibos</label>
          <select id="printer" value={g.printerWidth} onChange={(e) => setG({ ...g, printerWidth: e.target.value as GeneralSettings['printerWidth'] })}>
            <option value="80mm">Térmica 80 mm</option>
            <option value="58mm">Térmica 58 mm</option>
            <option value="a4">Folha A4 (meia folha)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="digits">Dígitos na numeração de recibos e documentos</label>
          <input id="digits" type="number" min={4} max={10} value={digits} onChange={(e) => setDigits(e.target.value)} />
        </div>
      </div>
      {status ? <div className={`alert ${status.ok ? 'ok' : 'danger'}`} role="status">{status.text}</div> : null}
      <button className="btn primary" onClick={() => void save()} data-testid="general-save">Salvar</button>

      <h3 style={{ marginTop: 24 }}>Senha do gerente</h3>
      <p className="hint">Permite vender acima do limite ou para cliente bloqueado; cada liberação fica registrada.</p>
      <div className="row">
        {hasPin ? <input type="password" inputMode="numeric" aria-label="Senha atual" placeholder="Senha atual" value={currentPin} onChange={(e) => setCurrentPin(e.target.value)} style={{ width: 160 }} /> : null}
        <input type="password" inputMode="numeric" aria-label="Nova senha (4 a 8 números)" placeholder="Nova senha (4 a 8 números)" value={pin} onChange={(e) => setPin(e.target.value)} style={{ width: 300 }} data-testid="pin-input" />
        <button className="btn" onClick={() => void savePin()} data-testid="pin-save">{hasPin ? 'Trocar senha' : 'Definir senha'}</button>
      </div>
      {pinStatus ? <div className={`alert ${pinStatus.ok ? 'ok' : 'danger'}`} role="status">{pinStatus.text}</div> : null}
    </div>
  );
}
