import { useState } from 'react';
import { Link } from 'react-router-dom';
import { amountInWords } from '@shared/money/words';
import { formatBRL } from '@shared/money/brl';
import { PageHeader } from '../../components/ui';
import type { CustomerRow, PaymentRow } from '../../db/types';
import { ReceiptButtons } from './receipt-buttons';

/** After receiving: the receipt number, the change, and the receipt to print. The next
 *  customer's carnê can be scanned at once: the reader's code and Enter start a new receipt. */
export function PaymentDone({ customer, payment, remainingCents = null, onAnother }: { customer: CustomerRow; payment: PaymentRow; remainingCents?: number | null; onAnother: (scanned?: string) => void }) {
  const [next, setNext] = useState('');
  return (
    <>
      <PageHeader title="Pagamento recebido" subtitle={`${customer.name} · recibo ${payment.receiptNumber}`} />
      <section className="card" data-testid="payment-done">
        <p className="big">{formatBRL(payment.amountCents)}</p>
        <p className="muted">({amountInWords(payment.amountCents)})</p>
        {payment.changeCents > 0 ? <p className="big ok-text">Troco: {formatBRL(payment.changeCents)}</p> : null}
        {payment.creditCents > 0 ? <p>Crédito guardado para o cliente: {formatBRL(payment.creditCents)}</p> : null}
        {remainingCents !== null ? <p data-testid="done-remaining">{remainingCents > 0 ? <>Ainda fica devendo: <strong>{formatBRL(remainingCents)}</strong> (com multa e juros de hoje)</> : 'Nada mais em aberto nas parcelas.'}</p> : null}
        <div className="row" style={{ marginTop: 16 }}>
          <ReceiptButtons customer={customer} payment={payment} />
          <Link className="btn" to={`/clientes/${customer.id}`}>Ver cliente</Link>
          <button className="btn primary" onClick={() => onAnother()}>Novo recebimento</button>
        </div>
        <div className="field" style={{ marginTop: 16, maxWidth: 420 }}>
          <label htmlFor="next-scan">Próximo carnê (leitor de código de barras)</label>
          <input
            id="next-scan"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && next.trim() !== '') {
                e.preventDefault();
                onAnother(next.trim());
              }
            }}
            placeholder="Passe o leitor ou digite os 12 números"
            autoFocus
            data-testid="next-scan"
          />
        </div>
      </section>
    </>
  );
}
