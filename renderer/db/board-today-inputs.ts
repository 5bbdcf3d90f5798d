// Inputs of Today in a few indexed reads, whatever the shop's size: summaries in reach of the
// régua, the collection rows with a hand-chosen stage or a pause, promises of the last days
// (payments read only for those who paid since, in parallel), follow-ups due, and the active
// agreements' open installments. Same shape as today.ts's TodayInputs.
import type { DueActionCustomer } from '@shared/collections/due-actions';
import { isAgreementBroken, promiseStatus } from '@shared/collections/promises';
import { addDays } from '@shared/dates/calendar';
import type { TableName } from './types';
import type { AgreementRow, CollectionRow, ContactRow, InstallmentRow, MetaRow, PaymentRow, SummaryRow } from './types';
import { settingsAndSummariesInReach } from './board-data';
import { request } from './native-read';
import { effectivePayments } from './ledger';
import { newestPromises } from './last-promise';
import { LAST_RUN_KEY, type PromiseDue, type TodayInputs } from './today';

/** Promises made for the last 7 days up to today. */
export const PROMISE_LOOKBACK_DAYS = 7;

/** The stores readTodayInputs reads. */
export const TODAY_INPUT_STORES: readonly TableName[] = ['settings', 'summaries', 'meta', 'agreements', 'collection', 'contacts', 'payments', 'installments'];

/** Today's inputs (screen-reads.ts todayInputs) in a native read-only transaction over (at
 *  least) TODAY_INPUT_STORES: the requests that need nothing else go out at once, then the
 *  summaries, payments and installments. */
export async function readTodayInputs(tx: IDBTransaction, today: string): Promise<TodayInputs & { summaries: readonly Pick<SummaryRow, 'id' | 'name' | 'lastPaymentDate'>[] }> {
  const store = (name: string): IDBObjectStore => tx.objectStore(name);
  // The summaries in reach of the régua (no earlier than today's).
  const inReach = settingsAndSummariesInReach(tx, (policy) => addDays(today, -Math.min(0, ...policy.stages.map((s) => s.fromDay))));
  const lastRunRead = request(store('meta').get(LAST_RUN_KEY) as IDBRequest<MetaRow | undefined>);
  const agreementsRead = request(store('agreements').index('status').getAll('active') as IDBRequest<AgreementRow[]>);
  const nextActionsRead = request(store('collection').index('nextAction.date').getAll(IDBKeyRange.upperBound(today)) as IDBRequest<CollectionRow[]>);
  // Promises from the look-back days on, later ones included: a newer promise replaces the
  // older ones of its customer, so only each customer's newest counts, and only once it is due.
  const promisedRead = request(store('contacts').index('promisedDate').getAll(IDBKeyRange.lowerBound(addDays(today, -PROMISE_LOOKBACK_DAYS))) as IDBRequest<ContactRow[]>).then(
    (rows) => {
      const newest = new Set([...newestPromises(rows).values()].map((p) => p.id));
      return rows.filter((c) => newest.has(c.id) && (c.promisedDate ?? '') <= today);
    },
  );
  // Of the collection rows only those with a stage chosen by hand or a pause count here: both
  // indexes hold just those rows (a null is not indexed).
  const collectionRead = Promise.all([
    request(store('collection').index('stageOverride').getAll() as IDBRequest<CollectionRow[]>),
    request(store('collection').index('pausedUntil').getAll() as IDBRequest<CollectionRow[]>),
  ]).then(([manual, paused]) => [...manual, ...paused]);
  const [{ settings, summaries }, lastRunRow, agreements, nextActions, promised, collectionRows] = await Promise.all([
    inReach,
    lastRunRead,
    agreementsRead,
    nextActionsRead,
    promisedRead,
    collectionRead,
  ]);
  const collection = new Map(collectionRows.map((c) => [c.customerId, c]));
  const inAgreement = new Set(agreements.map((a) => a.customerId));
  const customers: DueActionCustomer[] = summaries.map((s) => ({
    customerId: s.id,
    oldestOpenDueDate: s.oldestOpenDueDate,
    manualStageId: collection.get(s.id)?.stageOverride ?? null,
    pausedUntil: collection.get(s.id)?.pausedUntil ?? null,
    activeAgreement: inAgreement.has(s.id),
  }));

  // Payments are read only for customers who paid something since their promise; the active
  // agreements' installments at the same time.
  const lastPaid = new Map(summaries.map((s) => [s.id, s.lastPaymentDate]));
  const promisers = [...new Set(promised.filter((c) => (lastPaid.get(c.customerId) ?? '') >= c.date).map((c) => c.customerId))];
  const ids = agreements.map((a) => a.id);
  const paymentsOf = store('payments').index('customerId');
  const installmentsOf = store('installments').index('agreementId');
  const [payments, agreementInstallments] = await Promise.all([
    Promise.all(promisers.map((id) => request(paymentsOf.getAll(id) as IDBRequest<PaymentRow[]>))),
    Promise.all(ids.map((id) => request(installmentsOf.getAll(id) as IDBRequest<InstallmentRow[]>))),
  ]);
  const byCustomer = new Map(promisers.map((id, i) => [id, effectivePayments(payments[i] ?? [])]));
  const promises: PromiseDue[] = [];
  for (const contact of promised) {
    if (!contact.promisedDate || !contact.promisedCents) continue;
    const until = contact.promisedDate;
    const paid = (byCustomer.get(contact.customerId) ?? []).filter((p) => p.date >= contact.date && p.date <= until).reduce((s, p) => s + p.amountCents - p.changeCents, 0);
    const status = promiseStatus({ promisedOn: until, amountCents: contact.promisedCents }, paid, today);
    if (status !== 'cumprida') promises.push({ contact, status, paidCentsSince: paid });
  }

  const oldest = new Map<string, string>();
  for (const i of agreementInstallments.flat()) {
    if (!i.agreementId || i.status !== 'open') continue;
    const prev = oldest.get(i.agreementId);
    if (!prev || i.dueDate < prev) oldest.set(i.agreementId, i.dueDate);
  }
  const agreementsAtRisk: AgreementRow[] = agreements.filter((a) => isAgreementBroken(oldest.get(a.id) ?? null, today, settings.collection));
  const lastRun = typeof lastRunRow?.value === 'string' ? lastRunRow.value : null;
  return { lastRun, customers, promises, nextActions, agreementsAtRisk, activeAgreementIds: ids, settings, summaries };
}
