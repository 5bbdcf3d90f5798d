// The breakdown of an agreement before it is confirmed: debt today, discount, plan.
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import type { Renegotiation } from '@shared/renegotiation';

export function RenegotiationQuote({ terms: t }: { terms: Renegotiation }) {
  const planSum = t.plan.reduce((s, p) => s + p.amountCents, 0);
  return (
    <div className="reneg-quote" data-testid="renegotiation-quote">
      <dl className="facts">
        <dt>Principal em aberto</dt>
        <dd className="num">{formatBRL(t.principalCents)}</dd>
        <dt>Multa</dt>
        <dd className="num">{formatBRL(t.fineCents)}</dd>
        <dt>Juros até hoje</dt>
        <dd className="num">{formatBRL(t.interestCents)}</dd>
        <dt>Dívida atualizada</dt>
        <dd className="num" data-testid="quote-gross">{formatBRL(t.grossTotalCents)}</dd>
        <dt>Desconto</dt>
        <dd className="num">{t.discountCents > 0 ? `- ${formatBRL(t.discountCents)}` : formatBRL(0)}</dd>
        <dt>Total do acordo</dt>
        <dd className="num" data-testid="quote-total">{formatBRL(t.newTotalCents)}</dd>
        <dt>Entrada</dt>
        <dd className="num" data-testid="quote-down">{formatBRL(t.downPaymentCents)}</dd>
      </dl>
      <table className="data reneg-plan" aria-label="Novas parcelas">
        <thead>
          <tr>
            <th>Parcela</th>
            <th>Vencimento</th>
            <th className="num">Valor</th>
          </tr>
        </thead>
        <tbody>
          {t.plan.map((p) => (
            <tr key={p.number}>
              <td>{p.number}/{t.plan.length}</td>
              <td>{formatDateBR(p.dueDate)}</td>
              <td className="num" data-testid="quote-installment">{formatBRL(p.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>Entrada + parcelas</th>
            <th className="num" data-testid="quote-sum">{formatBRL(t.downPaymentCents + planSum)}</th>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
