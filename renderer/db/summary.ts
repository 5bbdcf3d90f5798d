// Keeps the per-customer summary in step with the ledger. Call inside the caller's 'rw'
// transaction (which must include customers, installments, sales, payments and summaries).
import type { CadernetaDB } from './schema';
import type { CustomerRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from './types';
import { computeSummary, summaryName } from './summary-calc';
import { nowIso } from './ids';

export async function recomputeSummary(db: CadernetaDB, customerId: string, today: string): Promise<SummaryRow> {
  const [installments, sales, payments, existing, customer] = await Promise.all([
    db.installments.where('[customerId+status]').equals([customerId, 'open']).toArray(),
    db.sales.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
    db.summaries.get(customerId),
    db.customers.get(customerId),
  ]);
  const row = summaryRowFrom(db, customerId, { installments, sales, payments, existing, customer }, today);
  await db.summaries.put(row);
  return row;
}

/** What a customer's ledger says now, as the row to put: for a caller that already holds the
 *  customer's installments (those still open, at least), sales and payments as they will be
 *  committed, with the stored summary and customer (receivePayment). */
export function summaryRowFrom(
  db: CadernetaDB,
  customerId: string,
  held: { installments: readonly InstallmentRow[]; sales: readonly SaleRow[]; payments: readonly PaymentRow[]; existing: SummaryRow | undefined; customer: CustomerRow | undefined },
  today: string,
): SummaryRow {
  const at = nowIso();
  return {
    id: customerId,
    createdAt: held.existing?.createdAt ?? at,
    updatedAt: at,
    deviceId: db.device.deviceId,
    ...computeSummary(customerId, held.installments, held.sales, held.payments, today),
    name: held.customer ? summaryName(held.customer) : (held.existing?.name ?? null),
  };
}
