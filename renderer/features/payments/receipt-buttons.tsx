// The receipt of a payment (80 mm thermal roll or half A4, as set in Configurações).
import { useCallback } from 'react';
import { useDb } from '../../app/database';
import { DocumentActions } from '../../documents/DocumentActions';
import type { CustomerRow, PaymentRow } from '../../db/types';
import { receiptData } from '../documents/doc-data';
import { recordIssued } from '../documents/record';

export function ReceiptButtons({ customer, payment }: { customer: CustomerRow; payment: PaymentRow }) {
  const db = useDb();
  const data = useCallback(() => receiptData(db, payment.id), [db, payment.id]);
  return (
    <div>
      <strong>Recibo {payment.receiptNumber}</strong>
      <DocumentActions kind="receipt" data={data} fileName={`Recibo ${payment.receiptNumber} ${customer.name}`} testId="receipt"
        onIssued={(pdf) => void recordIssued(db, pdf, { type: 'recibo', date: payment.date, customerId: customer.id, paymentId: payment.id })} />
    </div>
  );
}
