// Keeps the per-customer summary in step with the ledger. Call inside the caller's 'rw'
// transaction (which must include customers, installments, sales, payments and summaries).
import type { CadernetaDB } from './schema';
import type { SummaryRow } from './types';
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
  const at = nowIso();
  const row: SummaryRow = {
    id: customerId,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    deviceId: db.device.deviceId,
    ...computeSummary(customerId, installments, sales, payments, today),
    name: customer ? summaryName(customer) : (existing?.name ?? null),
  };
  await db.summaries.put(row);
  return row;
}
