// Print buttons after a sale (carnê slips, purchase receipt), wired to the documents feature.
import type { CustomerRow, InstallmentRow, SaleRow } from '../../db/types';

export function SaleDocuments(_props: { customer: CustomerRow; sale: SaleRow; installments: InstallmentRow[] }) {
  return null;
}
