import { formatBRL, formatDecimalBR, parseBRL } from '@shared/money/brl';
import { formatDateBR, parseDateBR } from '@shared/dates/calendar';
import { maskDateBR } from '../../components/masks';

export interface PlanRow {
  dueDate: string;
  amountCents: number;
  /** What the shopkeeper is typing (kept while invalid). */
  dueText: string;
  amountText: string;
}

export function toPlanRows(plan: { dueDate: string; amountCents: number }[]): PlanRow[] {
  return plan.map((p) => ({ ...p, dueText: formatDateBR(p.dueDate), amountText: formatDecimalBR(p.amountCents) }));
}

/**
 * Editable preview of the carnê. Changing an amount moves the difference to the last
 * installment (or, when the last one is edited, to the first), so the sum stays exact.
 */
export function PlanEditor({ rows, financedCents, onChange }: { rows: PlanRow[]; financedCents: number; onChange: (rows: PlanRow[]) => void }) {
  const sum = rows.reduce((s, r) => s + r.amountCents, 0);
  const setAmount = (i: number, text: string): void => {
    const next = rows.map((r) => ({ ...r }));
    const row = next[i];
    if (!row) return;
    row.amountText = text;
    let cents: number | null = null;
    try {
      cents = parseBRL(text);
    } catch {
      cents = null;
    }
    if (cents !== null && cents > 0) {
      row.amountCents = cents;
      const j = i === next.length - 1 ? 0 : next.length - 1;
      const other = next[j];
      if (other && j !== i) {
        const rest = financedCents - next.reduce((s, r, k) => (k === j ? s : s + r.amountCents), 0);
        if (rest > 0) {
          other.amountCents = rest;
          other.amountText = formatDecimalBR(rest);
        }
      }
    }
    onChange(next);
  };
  const setDue = (i: number, text: string): void => {
    const next = rows.map((r) => ({ ...r }));
    const row = next[i];
    if (!row) return;
    row.dueText = maskDateBR(text);
    try {
      row.dueDate = parseDateBR(row.dueText);
    } catch {
      /* keep the old date until the text is a valid date */
    }
    onChange(next);
  };
  return (
    <div data-testid="plan-editor">
      <table className="data">
        <thead><tr><th>Parcela</th><th>Vencimento</th><th className="num">Valor (R$)</th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-testid="plan-row">
              <td>{i + 1}/{rows.length}</td>
              <td><input aria-label={`Vencimento da parcela ${i + 1}`} value={r.dueText} onChange={(e) => setDue(i, e.target.value)} style={{ width: 130 }} /></td>
              <td className="num"><input aria-label={`Valor da parcela ${i + 1}`} value={r.amountText} onChange={(e) => setAmount(i, e.target.value)} inputMode="decimal" style={{ width: 130, textAlign: 'right' }} /></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><td colSpan={2}><strong>Total parcelado</strong></td><td className={`num ${sum !== financedCents ? 'danger-text' : ''}`}><strong data-testid="plan-sum">{formatBRL(sum)}</strong></td></tr>
        </tfoot>
      </table>
      {sum !== financedCents ? <div className="field-error" role="alert">A soma das parcelas ({formatBRL(sum)}) deve ser {formatBRL(financedCents)}.</div> : null}
    </div>
  );
}
