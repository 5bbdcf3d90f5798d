// Inputs of Today in a few indexed reads, whatever the shop's size: summaries in reach of the
// régua, the collection rows of those customers, promises of the last days (payments read
// only for those who paid since, in parallel), follow-ups due, and the active agreements' open
// installments in one query. Same shape as today.ts's TodayInputs.
import { dueActions, type DueAction, type DueActionCustomer } from '@shared/collections/due-actions';
import { isAgreementBroken, promiseStatus } from '@shared/collections/promises';
import { addDays } from '@shared/dates/calendar';
import type { CadernetaDB } from './schema';
import type { AgreementRow, SummaryRow } from './types';
import { getSettings } from './settings';
import { effectivePayments } from './ledger';
import { LAST_RUN_KEY, type PromiseDue, type TodayInputs } from './today';

/** Promises made for the last 7 days up to today. */
export const PROMISE_LOOKBACK_DAYS = 7;

/** Today's inputs plus the summary rows' own copies of the customers' names (see summaryNames). */
export async function todayInputs(db: CadernetaDB, today: string): Promise<TodayInputs & { summaries: readonly Pick<SummaryRow, 'id' | 'name'>[] }> {
  const settings = await getSettings(db);
  const minFrom = Math.min(0, ...settings.collection.stages.map((s) => s.fromDay));
  const [summaries, lastRunRow, agreements, nextActions, promised] = await Promise.all([
    db.summaries.where('oldestOpenDueDate').belowOrEqual(addDays(today, -minFrom)).toArray(),
    db.meta.get(LAST_RUN_KEY),
    db.agreements.where('status').equals('active').toArray(),
    db.collection.where('nextAction.date').belowOrEqual(today).toArray(),
    db.contacts.where('promisedDate').between(addDays(today, -PROMISE_LOOKBACK_DAYS), today, true, true).toArray(),
  ]);
  // One read of the whole (per-customer) collection table: thousands of single gets cost more.
  const collection = new Map((await db.collection.toArray()).map((c) => [c.customerId, c]));
  const inAgreement = new Set(agreements.map((a) => a.customerId));
  const customers: DueActionCustomer[] = summaries.map((s) => ({
    customerId: s.id,
    oldestOpenDueDate: s.oldestOpenDueDate,
    manualStageId: collection.get(s.id)?.stageOverride ?? null,
    pausedUntil: collection.get(s.id)?.pausedUntil ?? null,
    activeAgreement: inAgreement.has(s.id),
  }));

  // Payments are read only for customers who paid something since their promise.
  const lastPaid = new Map(summaries.map((s) => [s.id, s.lastPaymentDate]));
  const promisers = [...new Set(promised.filter((c) => (lastPaid.get(c.customerId) ?? '') >= c.date).map((c) => c.customerId))];
  const payments = await Promise.all(promisers.map((id) => db.payments.where('customerId').equals(id).toArray()));
  const byCustomer = new Map(promisers.map((id, i) => [id, effectivePayments(payments[i] ?? [])]));
  const promises: PromiseDue[] = [];
  for (const contact of promised) {
    if (!contact.promisedDate || !contact.promisedCents) continue;
    const until = contact.promisedDate;
    const paid = (byCustomer.get(contact.customerId) ?? []).filter((p) => p.date >= contact.date && p.date <= until).reduce((s, p) => s + p.amountCents - p.changeCents, 0);
    const status = promiseStatus({ promisedOn: until, amountCents: contact.promisedCents }, paid, today);
    if (status !== 'cumprida') promises.push({ contact, status, paidCentsSince: paid });
  }

  const ids = agreements.map((a) => a.id);
  const open = ids.length === 0 ? [] : await db.installments.where('agreementId').anyOf(ids).filter((i) => i.status === 'open').toArray();
  const oldest = new Map<string, string>();
  for (const i of open) {
    if (!i.agreementId) continue;
    const prev = oldest.get(i.agreementId);
    if (!prev || i.dueDate < prev) oldest.set(i.agreementId, i.dueDate);
  }
  const agreementsAtRisk: AgreementRow[] = agreements.filter((a) => isAgreementBroken(oldest.get(a.id) ?? null, today, settings.collection));
  const lastRun = typeof lastRunRow?.value === 'string' ? lastRunRow.value : null;
  return { lastRun, customers, promises, nextActions, agreementsAtRisk, settings, summaries };
}

export async function todayDueActions(db: CadernetaDB, today: string): Promise<{ actions: DueAction[]; inputs: TodayInputs }> {
  const inputs = await todayInputs(db, today);
  return { actions: dueActions(inputs.settings.collection, inputs.customers, inputs.lastRun, today), inputs };
}
