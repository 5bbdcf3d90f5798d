import { useEffect, useRef } from 'react';
import { countOf } from '@shared/text';
import { Link } from 'react-router-dom';
import { formatBRL } from '@shared/money/brl';
import { formatDateBR } from '@shared/dates/calendar';
import { PageHeader } from '../../components/ui';
import type { CustomerRow, InstallmentRow, SaleRow } from '../../db/types';
import { SaleDocuments } from './sale-documents';

/** After the sale: what was recorded, and the carnê / receipt to print. */
export function SaleDone({ customer, sale, installments, onAnother }: { customer: CustomerRow; sale: SaleRow; installments: InstallmentRow[]; onAnother: () => void }) {
  // The focus goes to the summary, not to a button: an Enter pressed twice to confirm the sale
  // must not start a new one (and skip the carnê). Tab reaches the print buttons first.
  const done = useRef<HTMLElement>(null);
  useEffect(() => done.current?.focus(), []);
  return (
    <>
      <PageHeader title="Venda registrada" subtitle={`${customer.name} · ${formatBRL(sale.totalCents)}`} />
      <section className="card sale-done" data-testid="sale-done" ref={done} tabIndex={-1} aria-label={`Venda registrada: ${customer.name}, ${formatBRL(sale.totalCents)}`}>
        {installments.length > 0 ? (
          <>
            <p>Carnê com {countOf(installments.length, 'parcela', 'parcelas')}{sale.downPaymentCents > 0 ? `, entrada de ${formatBRL(sale.downPaymentCents)}` : ''}:</p>
            <table className="data">
              <tbody>
                {installments.map((i) => (
                  <tr key={i.id}><td>{i.number}/{i.count}</td><td>{formatDateBR(i.dueDate)}</td><td className="num">{formatBRL(i.amountCents)}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>Compra de {formatBRL(sale.totalCents)} lançada na conta (fiado) do cliente.</p>
        )}
        {sale.overrideReason ? <p className="alert warn">Liberada pelo gerente: {sale.overrideReason}</p> : null}
        <div className="row" style={{ marginTop: 16 }}>
          <SaleDocuments customer={customer} sale={sale} installments={installments} />
          <Link className="btn" to={`/clientes/${customer.id}`}>Ver cliente</Link>
          <button className="btn primary" onClick={onAnother}>Nova venda</button>
        </div>
      </section>
    </>
  );
}
