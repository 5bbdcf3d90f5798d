// Credit sales: carnê (installment plan) and fiado tab entries, behind the credit gate.
import { installmentPlan } from '@shared/plans/installment-plan';
import { addDays, addMonthsClamped } from '@shared/dates/calendar';
import { formatBRL } from '@shared/money/brl';
import { isDomainError } from '@shared/errors';
import type { CadernetaDB } from './schema';
import type { InstallmentRow, SaleRow } from './types';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { creditGate, type GateResult } from './credit-gate';
import { getSettings } from './settings';
import { getCustomer } from './customers';
import { recomputeSummary } from './summary';
import { parseInput, requireReason } from './validation';
import { RepoError, notFound } from './errors';
import { creditSaleSchema, tabEntrySchema, type CreditSaleInput, type ManagerOverride, type TabEntryInput } from './sale-schema';

export type { CreditSaleInput, TabEntryInput, ManagerOverride } from './sale-schema';

/** A sale's transaction: what it writes, and what the credit gate reads (meta and documents: the
 *  prior notice that can hold the customer's stage). */
export const SALE_TABLES = (db: CadernetaDB) => [db.customers, db.sales, db.installments, db.payments, db.summaries, db.collection, db.agreements, db.settings, db.audit, db.meta, db.documents];

export function newInstallment(db: CadernetaDB, f: Pick<InstallmentRow, 'saleId' | 'customerId' | 'number' | 'count' | 'dueDate' | 'amountCents'> & Partial<InstallmentRow>): InstallmentRow {
  return {
    ...stampNew(db),
    status: 'open',
    paidPrincipalCents: 0,
    paidFineCents: 0,
    paidInterestCents: 0,
    waivedFineCents: 0,
    waivedInterestCents: 0,
    paidDate: null,
    boletoCode: null,
    tabSaleIds: [],
    renegotiatedBy: null,
    agreementId: null,
    ...f,
  };
}

/** The credit gate's answer before the sale is confirmed (the sale screen asks as the customer
 *  is picked and the value typed): read-only, from the stored summary. */
export async function checkCredit(db: CadernetaDB, customerId: string, newDebtCents: number, today: string): Promise<GateResult> {
  return db.transaction('r', [db.customers, db.summaries, db.collection, db.settings, db.meta, db.documents], async () => {
    const customer = await getCustomer(db, customerId);
    return creditGate(db, customer, newDebtCents, today, await getSettings(db), true);
  });
}

async function passGate(db: CadernetaDB, saleId: string, customerId: string, debt: number, today: string, override: ManagerOverride | undefined): Promise<string | null> {
  const customer = await getCustomer(db, customerId);
  const gate = await creditGate(db, customer, debt, today, await getSettings(db));
  if (gate.allowed) return null;
  if (!override || !gate.overridable) {
    throw new RepoError('credit_refused', gate.reasons.join(' '), { details: { reasons: gate.reasons, stageId: gate.stageId, overridable: gate.overridable } });
  }
  const reason = requireReason(override.reason, 'o motivo da liberação pelo gerente');
  await appendAudit(db, { table: 'sales', rowId: saleId, action: 'override', before: { refused: gate.reasons }, after: { by: override.by ?? null }, reason });
  return reason;
}

function plannedRows(input: ReturnType<typeof parseCredit>): { dueDate: string; amountCents: number; boletoCode?: string | undefined }[] {
  const financed = input.totalCents - input.downPaymentCents;
  if (financed <= 0) throw new RepoError('validation', 'A entrada cobre o valor total: não fica nada a prazo.', { fields: { downPaymentCents: 'Entrada maior ou igual ao total.' } });
  if (input.plan.kind === 'plan') {
    try {
      return installmentPlan({ totalCents: input.totalCents, downPaymentCents: input.downPaymentCents, count: input.plan.count, firstDueDate: input.plan.firstDueDate, every: input.plan.every });
    } catch (e) {
      if (isDomainError(e)) throw new RepoError('validation', e.message, { fields: { plan: e.message } });
      throw e;
    }
  }
  const sum = input.plan.rows.reduce((s, r) => s + r.amountCents, 0);
  if (sum !== financed) {
    const msg = `A soma das parcelas (${formatBRL(sum)}) deve ser igual ao total menos a entrada (${formatBRL(financed)}).`;
    throw new RepoError('validation', msg, { fields: { plan: msg } });
  }
  return input.plan.rows;
}

const parseCredit = (input: CreditSaleInput) => parseInput(creditSaleSchema, input);

/** A carnê sale: the sale, its installments, the summary and the audit, all or nothing. */
export async function createCreditSale(db: CadernetaDB, input: CreditSaleInput, today: string): Promise<{ sale: SaleRow; installments: InstallmentRow[] }> {
  const f = parseCredit(input);
  const rows = plannedRows(f);
  return db.transaction('rw', SALE_TABLES(db), async () => {
    const meta = stampNew(db);
    const overrideReason = await passGate(db, meta.id, f.customerId, f.totalCents - f.downPaymentCents, today, f.override);
    const sale: SaleRow = {
      ...meta,
      customerId: f.customerId,
      date: f.date,
      description: f.description,
      items: f.items,
      totalCents: f.totalCents,
      downPaymentCents: f.downPaymentCents,
      planKind: 'installments',
      tabStatus: 'none',
      tabInstallmentId: null,
      agreementId: null,
      overrideReason,
      status: 'active',
    };
    const installments = rows.map((r, i) =>
      newInstallment(db, { saleId: sale.id, customerId: f.customerId, number: i + 1, count: rows.length, dueDate: r.dueDate, amountCents: r.amountCents, boletoCode: r.boletoCode ?? null }),
    );
    await db.sales.add(sale);
    await db.installments.bulkAdd(installments);
    await appendAudit(db, { table: 'sales', rowId: sale.id, action: 'create', after: sale });
    for (const inst of installments) await appendAudit(db, { table: 'installments', rowId: inst.id, action: 'create', after: inst });
    await recomputeSummary(db, f.customerId, today);
    return { sale, installments };
  });
}

/** A fiado entry: goes on the customer's open tab until closeTabs turns it into an installment. */
export async function addTabEntry(db: CadernetaDB, input: TabEntryInput, today: string): Promise<SaleRow> {
  const f = parseInput(tabEntrySchema, input);
  return db.transaction('rw', SALE_TABLES(db), async () => {
    const meta = stampNew(db);
    const overrideReason = await passGate(db, meta.id, f.customerId, f.totalCents, today, f.override);
    const sale: SaleRow = {
      ...meta,
      customerId: f.customerId,
      date: f.date,
      description: f.description,
      items: f.items,
      totalCents: f.totalCents,
      downPaymentCents: 0,
      planKind: 'tab',
      tabStatus: 'open',
      tabInstallmentId: null,
      agreementId: null,
      overrideReason,
      status: 'active',
    };
    await db.sales.add(sale);
    await appendAudit(db, { table: 'sales', rowId: sale.id, action: 'create', after: sale });
    await recomputeSummary(db, f.customerId, today);
    return sale;
  });
}

/** The last closing date on or before `today` for a closing day of month (1-28). */
export function lastClosingDate(today: string, closingDay: number): string {
  const day = Math.min(28, Math.max(1, Math.trunc(closingDay)));
  const thisMonth = `${today.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return thisMonth <= today ? thisMonth : addMonthsClamped(thisMonth, -1);
}

/**
 * Closes the fiado tabs: each customer's open entries dated on or before the last closing date
 * become one installment due `tabDueDays` after it. Idempotent for a given day.
 */
export async function closeTabs(db: CadernetaDB, today: string, closingDay?: number): Promise<InstallmentRow[]> {
  // Looked up read-only first: on most openings nothing is due, and a read-write transaction
  // over the sale tables would hold the opening screen's reads back until it ends.
  const dueOn = lastClosingDate(today, closingDay ?? (await getSettings(db)).general.closingDay);
  const anyDue = await db.sales.where('[planKind+tabStatus]').equals(['tab', 'open']).filter((s) => s.date <= dueOn).first();
  if (!anyDue) return [];
  return db.transaction('rw', SALE_TABLES(db), async () => {
    const settings = await getSettings(db);
    const closing = lastClosingDate(today, closingDay ?? settings.general.closingDay);
    const open = await db.sales.where('[planKind+tabStatus]').equals(['tab', 'open']).filter((s) => s.date <= closing).toArray();
    const byCustomer = new Map<string, SaleRow[]>();
    for (const s of open) byCustomer.set(s.customerId, [...(byCustomer.get(s.customerId) ?? []), s]);
    const created: InstallmentRow[] = [];
    for (const [customerId, entries] of byCustomer) {
      entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
      const newest = entries[entries.length - 1];
      if (!newest) continue;
      const inst = newInstallment(db, {
        saleId: newest.id,
        customerId,
        number: 1,
        count: 1,
        dueDate: addDays(closing, settings.general.tabDueDays),
        amountCents: entries.reduce((s, e) => s + e.totalCents - e.downPaymentCents, 0),
        tabSaleIds: entries.map((e) => e.id),
      });
      await db.installments.add(inst);
      await appendAudit(db, { table: 'installments', rowId: inst.id, action: 'create', after: inst, reason: `Fechamento do fiado em ${closing}` });
      for (const e of entries) {
        const changes = { tabStatus: 'closed' as const, tabInstallmentId: inst.id };
        await db.sales.update(e.id, { ...changes, ...stampUpdate(db) });
        await appendAudit(db, { table: 'sales', rowId: e.id, action: 'close', before: { tabStatus: 'open', tabInstallmentId: null }, after: changes });
      }
      await recomputeSummary(db, customerId, today);
      created.push(inst);
    }
    return created;
  });
}

/** Cancels a sale nobody has paid anything on: its installments become 'cancelled'. */
export async function cancelSale(db: CadernetaDB, saleId: string, reason: string, today: string): Promise<void> {
  const why = requireReason(reason, 'o motivo do cancelamento');
  await db.transaction('rw', SALE_TABLES(db), async () => {
    const sale = await db.sales.get(saleId);
    if (!sale) throw notFound('Venda', saleId);
    if (sale.status === 'cancelled') throw new RepoError('invalid_state', 'Esta venda já foi cancelada.');
    if (sale.agreementId) throw new RepoError('invalid_state', 'Parcelas de acordo não se cancelam: registre a quebra do acordo.');
    if (sale.planKind === 'tab' && sale.tabStatus !== 'open') throw new RepoError('invalid_state', 'Este lançamento do fiado já foi fechado em uma parcela.');
    const insts = await db.installments.where('saleId').equals(saleId).toArray();
    if (insts.some((i) => i.status !== 'open' || i.paidPrincipalCents + i.paidFineCents + i.paidInterestCents > 0)) {
      throw new RepoError('invalid_state', 'Há pagamentos nesta venda: estorne-os antes de cancelar.');
    }
    for (const i of insts) {
      await db.installments.update(i.id, { status: 'cancelled', ...stampUpdate(db) });
      await appendAudit(db, { table: 'installments', rowId: i.id, action: 'update', before: { status: i.status }, after: { status: 'cancelled' }, reason: why });
    }
    const changes = sale.planKind === 'tab' ? { status: 'cancelled' as const, tabStatus: 'none' as const } : { status: 'cancelled' as const };
    await db.sales.update(saleId, { ...changes, ...stampUpdate(db) });
    await appendAudit(db, { table: 'sales', rowId: saleId, action: 'update', before: { status: sale.status, tabStatus: sale.tabStatus }, after: changes, reason: why });
    await recomputeSummary(db, sale.customerId, today);
  });
}
