// Receipt printing after a payment, wired to the documents feature.
import type { CustomerRow, PaymentRow } from '../../db/types';

export function ReceiptButtons(_props: { customer: CustomerRow; payment: PaymentRow }) {
  return null;
}
