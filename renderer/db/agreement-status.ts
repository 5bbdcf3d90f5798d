// An active agreement is fulfilled once all its installments are paid (and active again if a
// payment is reversed). Runs inside the caller's transaction (agreements, installments, audit).
import type { CadernetaDB } from './schema';
import { appendAudit, stampUpdate } from './audit';

export async function refreshAgreementStatus(db: CadernetaDB, agreementId: string, today: string): Promise<void> {
  const a = await db.agreements.get(agreementId);
  if (!a || a.status === 'broken') return;
  const insts = await db.installments.bulkGet(a.newInstallmentIds);
  const allPaid = insts.every((i) => i?.status === 'paid');
  const status = allPaid ? 'fulfilled' : 'active';
  if (status === a.status) return;
  const changes = { status, statusDate: today, statusReason: allPaid ? 'Todas as parcelas do acordo pagas' : 'Pagamento estornado' } as const;
  await db.agreements.update(agreementId, { ...changes, ...stampUpdate(db) });
  await appendAudit(db, { table: 'agreements', rowId: agreementId, action: 'update', before: { status: a.status }, after: changes });
}
