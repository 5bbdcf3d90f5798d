import { useState } from 'react';
import { checkChargePolicy } from '@shared/guards/charge-policy';
import { formatDateBR, parseDateBR } from '@shared/dates/calendar';
import { useDb } from '../../app/database';
import { errorMessage } from '../../app/form-errors';
import { updateSettings, type AppSettings, type Holiday } from '../../db/settings';
import { maskDateBR } from '../../components/masks';

function parsePercent(s: string): number | null {
  const t = s.trim().replace('%', '').replace(',', '.');
  if (!/^\d{1,2}(\.\d{1,4})?$/.test(t)) return null;
  return Number(t);
}
const showPercent = (n: number): string => String(n).replace('.', ',');

/** Multa, juros and tolerance, with the consumer-law caps enforced (CDC art. 52 §1). */
export function ChargesForm({ settings }: { settings: AppSettings }) {
  const db = useDb();
  const [fine, setFine] = useState(showPercent(settings.charges.finePercent));
  const [interest, setInterest] = useState(showPercent(settings.charges.monthlyInterestPercent));
  const [grace, setGrace] = useState(String(settings.charges.graceDays));
  const [holidays, setHolidays] = useState<Holiday[]>(settings.holidays);
  const [hDate, setHDate] = useState('');
  const [hName, setHName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const f = parsePercent(fine);
  const i = parsePercent(interest);
  const guard = f !== null && i !== null ? checkChargePolicy({ finePercent: f, monthlyInterestPercent: i, personType: 'PF' }) : null;

  const addHoliday = (): void => {
    try {
      const date = parseDateBR(hDate);
      if (!hName.trim()) throw new Error('Informe o nome do feriado.');
      setHolidays((h) => [...h.filter((x) => x.date !== date), { date, name: hName.trim() }].sort((a, b) => a.date.localeCompare(b.date)));
      setHDate('');
      setHName('');
      setErrors((e) => ({ ...e, holiday: '' }));
    } catch (e) {
      setErrors((x) => ({ ...x, holiday: errorMessage(e) }));
    }
  };

  const save = async (): Promise<void> => {
    const errs: Record<string, string> = {};
    const g = Number(grace);
    if (f === null) errs.fine = 'Informe a multa em %, por exemplo 2 ou 2,0.';
    if (i === null) errs.interest = 'Informe os juros ao mês em %, por exemplo 1.';
    if (!Number.isInteger(g) || g < 0 || g > 60) errs.grace = 'Tolerância: um número de dias entre 0 e 60.';
    for (const e of guard?.errors ?? []) errs.fine = e.message;
    setErrors(errs);
    setStatus(null);
    if (Object.values(errs).some(Boolean) || f === null || i === null) return;
    try {
      await updateSettings(db, 'charges', { finePercent: f, monthlyInterestPercent: i, graceDays: g });
      await updateSettings(db, 'holidays', holidays);
      setStatus({ ok: true, text: 'Multa, juros e feriados salvos.' });
    } catch (e) {
      setStatus({ ok: false, text: errorMessage(e) });
    }
  };

  return (
    <div data-testid="charges-form">
      <div className="grid3">
        <div className="field">
          <label htmlFor="fine">Multa por atraso (%)</label>
          <input id="fine" value={fine} onChange={(e) => setFine(e.target.value)} inputMode="decimal" aria-invalid={!!errors.fine} data-testid="fine-percent" />
          {errors.fine ? <div className="field-error" role="alert">{errors.fine}</div> : <div className="hint">Cobrada uma vez. Para consumidor, no máximo 2%.</div>}
        </div>
        <div className="field">
          <label htmlFor="interest">Juros de mora (% ao mês)</label>
          <input id="interest" value={interest} onChange={(e) => setInterest(e.target.value)} inputMode="decimal" aria-invalid={!!errors.interest} />
          {errors.interest ? <div className="field-error" role="alert">{errors.interest}</div> : <div className="hint">Proporcional aos dias de atraso; o costume é 1% ao mês.</div>}
        </div>
        <div className="field">
          <label htmlFor="grace">Tolerância (dias)</label>
          <input id="grace" value={grace} onChange={(e) => setGrace(e.target.value)} inputMode="numeric" aria-invalid={!!errors.grace} />
          {errors.grace ? <div className="field-error" role="alert">{errors.grace}</div> : <div className="hint">Dias após o vencimento sem multa nem juros.</div>}
        </div>
      </div>
      {guard?.warnings.map((w) => <div key={w.code} className="alert warn">{w.message}</div>)}
      <h3>Feriados municipais</h3>
      <p className="hint">Vencimento em feriado pode ser pago no dia útil seguinte sem multa. Os feriados nacionais já estão incluídos.</p>
      <table className="data" style={{ marginBottom: 8 }}>
        <tbody>
          {holidays.map((h) => (
            <tr key={h.date}>
              <td>{formatDateBR(h.date)}</td>
              <td>{h.name}</td>
              <td className="num"><button className="btn small" onClick={() => setHolidays((x) => x.filter((y) => y.date !== h.date))}>Remover</button></td>
            </tr>
          ))}
          {holidays.length === 0 ? <tr><td className="muted">Nenhum feriado municipal cadastrado.</td></tr> : null}
        </tbody>
      </table>
      <div className="row">
        <input aria-label="Data do feriado (dd/mm/aaaa)" placeholder="dd/mm/aaaa" value={hDate} onChange={(e) => setHDate(maskDateBR(e.target.value))} style={{ width: 140 }} />
        <input aria-label="Nome do feriado" placeholder="Aniversário da cidade" value={hName} onChange={(e) => setHName(e.target.value)} style={{ width: 280 }} />
        <button className="btn" onClick={addHoliday}>Adicionar feriado</button>
      </div>
      {errors.holiday ? <div className="field-error" role="alert">{errors.holiday}</div> : null}
      {status ? <div className={`alert ${status.ok ? 'ok' : 'danger'}`} role="status">{status.text}</div> : null}
      <div className="row" style={{ marginTop: 12 }}>
        <button className="btn primary" onClick={() => void save()} data-testid="charges-save">Salvar</button>
      </div>
    </div>
  );
}
