// Renegotiation: chosen open installments -> 'renegotiated', an agreement and a new sale whose
// installments (down payment first, due today) sum to the agreed total. Breaking keeps the
// agreement's open installments owed and records why.
import { renegotiate, type Renegotiation } from '@shared/renegotiation';
import { isDomainError } from '@shared/errors';
import type { CadernetaDB } from './schema';
import type { AgreementRow, InstallmentRow, SaleRow } from './types';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { getSettings } from './settings';
import { withLedgers } from './ledger';
import { recomputeSummary } from './summary';
import { newInstallment, SALE_TABLES } from './sales';
import { parseInput, requireReason } from './validation';
import { RepoError, notFound } from './errors';
import { renegotiationSchema, type RenegotiationInput } from './contact-schema';

export type { RenegotiationInput } from './contact-schema';

export interface RenegotiationResult {
  agreement: AgreementRow;
  sale: SaleRow;
  installments: InstallmentRow[];
  terms: Renegotiation;
}

export async function renegotiateDebt(db: CadernetaDB, input: RenegotiationInput, today: string): Promise<RenegotiationResult> {
  const f = parseInput(renegotiationSchema, input);
  return db.transaction('rw', SALE_TABLES(db), async () => {
    if (!(await db.customers.get(f.customerId))) throw notFound('Cliente', f.customerId);
    const [open, payments, settings] = await Promise.all([
      db.installments.where('[customerId+status]').equals([f.customerId, 'open']).toArray(),
      db.payments.where('customerId').equals(f.customerId).toArray(),
      getSettings(db),
    ]);
    let terms: Renegotiation;
    try {
      terms = renegotiate({
        installments: withLedgers(open, payments),
        chosenIds: f.installmentIds,
        today,
        policy: settings.charges,
        discount: f.discount,
        downPaymentCents: f.downPaymentCents,
        count: f.count,
        firstDueDate: f.firstDueDate,
        every: f.every,
      });
    } catch (e) {
      if (isDomainError(e)) throw new RepoError('validation', e.message, { details: { code: e.code } });
      throw e;
    }
    const agreementId = stampNew(db).id;
    const sale: SaleRow = {
      ...stampNew(db),
      customerId: f.customerId,
      date: today,
      description: 'Acordo de renegociação',
      items: [],
      totalCents: terms.newTotalCents,
      downPaymentCents: 0,
      planKind: 'installments',
      tabStatus: 'none',
      tabInstallmentId: null,
      agreementId,
      overrideReason: null,
      status: 'active',
    };
    const rows = [...(terms.downPaymentCents > 0 ? [{ dueDate: today, amountCents: terms.downPaymentCents }] : []), ...terms.plan];
    const installments = rows.map((r, i) => newInstallment(db, { saleId: sale.id, customerId: f.customerId, number: i + 1, count: rows.length, dueDate: r.dueDate, amountCents: r.amountCents, agreementId }));
    const agreement: AgreementRow = {
      ...stampNew(db, agreementId),
      customerId: f.customerId,
      date: today,
      originalInstallmentIds: terms.items.map((x) => x.installmentId),
      originalPrincipalCents: terms.principalCents,
      chargesCents: terms.chargesCents,
      discountCents: terms.discountCents,
      totalCents: terms.newTotalCents,
      saleId: sale.id,
      newInstallmentIds: installments.map((i) => i.id),
      status: 'active',
      statusDate: today,
      statusReason: null,
      notes: f.notes,
    };
    await db.agreements.add(agreement);
    await db.sales.add(sale);
    await db.installments.bulkAdd(installments);
    await appendAudit(db, { table: 'agreements', rowId: agreement.id, action: 'create', after: agreement });
    await appendAudit(db, { table: 'sales', rowId: sale.id, action: 'create', after: sale });
    for (const i of installments) await appendAudit(db, { table: 'installments', rowId: i.id, action: 'create', after: i });
    for (const id of agreement.originalInstallmentIds) {
      await db.installments.update(id, { status: 'renegotiated', renegotiatedBy: agreement.id, ...stampUpdate(db) });
      await appendAudit(db, { table: 'installments', rowId: id, action: 'renegotiate', before: { status: 'open' }, after: { status: 'renegotiated', renegotiatedBy: agreement.id } });
    }
    await recomputeSummary(db, f.customerId, today);
    return { agreement, sale, installments, terms };
  });
}

/** Marks an active agreement broken (reason required); its open installments stay owed. */
export async function breakAgreement(db: CadernetaDB, agreementId: string, reason: string, today: string): Promise<AgreementRow> {
  const why = requireReason(reason, 'o motivo da quebra do acordo');
  return db.transaction('rw', [db.agreements, db.audit], async () => {
    const a = await db.agreements.get(agreementId);
    if (!a) throw notFound('Acordo', agreementId);
    if (a.status !== 'active') throw new RepoError('invalid_state', a.status === 'broken' ? 'Este acordo já foi quebrado.' : 'Este acordo já foi cumprido.');
    const changes = { status: 'broken' as const, statusDate: today, statusReason: why };
    await db.agreements.update(agreementId, { ...changes, ...stampUpdate(db) });
    await appendAudit(db, { table: 'agreements', rowId: agreementId, action: 'update', before: { status: a.status }, after: changes, reason: why });
    return { ...a, ...changes };
  });
}
