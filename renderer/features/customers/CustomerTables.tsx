// The customer page's tables: installments valued today, payments (with estorno), contacts, documents.
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import type { ContactRow, DocumentRow, PaymentRow, SaleRow } from '../../db/types';
import type { InstallmentValue } from '../../db/queries';
import { channelLabel, contactOutcome, outcomeLabel } from '../collections/labels';
import { localStamp } from '../../app/clock';
import { docTypeLabel } from '../documents/doc-types';

const STATUS: Record<string, string> = { open: 'Em aberto', paid: 'Paga', renegotiated: 'Renegociada', cancelled: 'Cancelada' };
export const METHOD_LABELS: Record<string, string> = { dinheiro: 'Dinheiro', pix: 'Pix', debito: 'Débito', credito: 'Crédito', transferencia: 'Transferência', outro: 'Outro' };

export function InstallmentsTable({ items, showClosed }: { items: InstallmentValue[]; showClosed: boolean }) {
  const list = showClosed ? items : items.filter((i) => i.row.status === 'open');
  if (list.length === 0) return <p className="muted">Nenhuma parcela {showClosed ? '' : 'em aberto'}.</p>;
  return (
    <table className="data" data-testid="installments-table">
      <thead>
        <tr><th>Parcela</th><th>Vencimento</th><th className="num">Valor</th><th className="num">Principal devido</th><th className="num">Multa</th><th className="num">Juros</th><th className="num">Total hoje</th><th>Situação</th></tr>
      </thead>
      <tbody>
        {list.map(({ row, state }) => (
          <tr key={row.id} data-testid="installment-row">
            <td>{row.number}/{row.count}</td>
            <td>{formatDateBR(row.dueDate)}</td>
            <td className="num">{formatBRL(row.amountCents)}</td>
            <td className="num">{state ? formatBRL(state.principalDueCents) : '—'}</td>
            <td className="num" data-testid="inst-fine">{state ? formatBRL(state.fineDueCents) : '—'}</td>
            <td className="num" data-testid="inst-interest">{state ? formatBRL(state.interestDueCents) : '—'}</td>
            <td className="num" data-testid="inst-total"><strong>{state ? formatBRL(state.totalDueCents) : '—'}</strong></td>
            <td>
              {state && state.daysLate > 0 ? <span className="badge danger">{state.daysLate} dias de atraso</span> : STATUS[row.status]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Payments newest first, with the down payments (entradas) paid with the sales among them. */
export function PaymentsTable({ payments, sales = [], onReverse, onReceipt }: { payments: PaymentRow[]; sales?: readonly SaleRow[]; onReverse: (p: PaymentRow) => void; onReceipt?: (p: PaymentRow) => void }) {
  const downs = sales.filter((x) => x.downPaymentCents > 0);
  if (payments.length === 0 && downs.length === 0) return <p className="muted">Nenhum pagamento recebido.</p>;
  const reversed = new Set(payments.filter((p) => p.reversalOf).map((p) => p.reversalOf));
  const rows: ({ down: SaleRow } | { payment: PaymentRow })[] = [...payments.map((payment) => ({ payment })), ...downs.map((down) => ({ down }))];
  const dateOf = (r: (typeof rows)[number]): string => ('down' in r ? r.down.date : r.payment.date);
  rows.sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0));
  return (
    <table className="data" data-testid="payments-table">
      <thead>
        <tr><th>Data</th><th>Recibo</th><th>Forma</th><th className="num">Valor</th><th className="num">Multa + juros</th><th>Situação</th><th /></tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          if ('down' in r) {
            const x = r.down;
            return (
              <tr key={`entrada-${x.id}`} data-testid="down-payment-row">
                <td>{formatDateBR(x.date)}</td>
                <td>—</td>
                <td>Entrada da compra{x.description ? `: ${x.description}` : ''}</td>
                <td className="num">{formatBRL(x.downPaymentCents)}</td>
                <td className="num">{formatBRL(0)}</td>
                <td>{x.status === 'cancelled' ? <span className="badge warn">Venda cancelada</span> : 'Pago na compra'}</td>
                <td />
              </tr>
            );
          }
          const p = r.payment;
          const charges = p.allocations.reduce((s, a) => s + a.fineCents + a.interestCents, 0);
          const isReversed = reversed.has(p.id);
          return (
            <tr key={p.id} data-testid="payment-row">
              <td>{formatDateBR(p.date)}</td>
              <td>{p.receiptNumber}</td>
              <td>{METHOD_LABELS[p.method] ?? p.method}</td>
              <td className="num">{formatBRL(p.amountCents)}</td>
              <td className="num">{formatBRL(charges)}</td>
              <td>{p.reversalOf ? <span className="badge warn">Estorno: {p.reason}</span> : isReversed ? <span className="badge warn">Estornado</span> : 'Recebido'}</td>
              <td className="num">
                {!p.reversalOf && !isReversed ? (
                  <span className="row" style={{ justifyContent: 'flex-end' }}>
                    {onReceipt ? <button className="btn small" onClick={() => onReceipt(p)}>Recibo</button> : null}
                    <button className="btn small" onClick={() => onReverse(p)} data-testid="reverse-payment">Estornar</button>
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ContactsTable({ contacts }: { contacts: ContactRow[] }) {
  if (contacts.length === 0) return <p className="muted">Nenhum contato de cobrança registrado.</p>;
  return (
    <table className="data" data-testid="contacts-table">
      <thead><tr><th>Quando</th><th>Canal</th><th>Resultado</th><th>Promessa</th><th>Anotações</th></tr></thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id}>
            <td>{formatDateBR(c.date)} {localStamp(c.at).time}</td>
            <td>{channelLabel(c.channel)}</td>
            <td>{outcomeLabel(contactOutcome(c))}</td>
            <td>{c.promisedDate ? `${formatDateBR(c.promisedDate)}${c.promisedCents ? ` · ${formatBRL(c.promisedCents)}` : ''}` : '—'}</td>
            <td>{c.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}


export function DocumentsTable({ documents }: { documents: DocumentRow[] }) {
  if (documents.length === 0) return <p className="muted">Nenhum documento emitido.</p>;
  return (
    <table className="data">
      <thead><tr><th>Número</th><th>Tipo</th><th>Data</th><th>Arquivo</th></tr></thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}><td>{d.number}</td><td>{docTypeLabel(d.type)}</td><td>{formatDateBR(d.date)}</td><td>{d.fileName}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
