// Inputs of the "Hoje" screen: the régua steps due (shared dueActions), promises falling due,
// next actions scheduled, agreements at risk. All by index; the summary table stands in for
// the installments.
import { dueActions, type DueAction, type DueActionCustomer } from '@shared/collections/due-actions';
import { promiseStatus, isAgreementBroken, type PromiseStatus } from '@shared/collections/promises';
import { addDays } from '@shared/dates/calendar';
import type { CadernetaDB } from './schema';
import type { AgreementRow, CollectionRow, ContactRow } from './types';
import { getSettings, type AppSettings } from './settings';
import { effectivePayments } from './ledger';
import { nowIso } from './ids';

export const LAST_RUN_KEY = 'lastRun';

export interface PromiseDue {
  contact: ContactRow;
  status: PromiseStatus;
  paidCentsSince: number;
}

export interface TodayInputs {
  lastRun: string | null;
  customers: DueActionCustomer[];
  promises: PromiseDue[];
  nextActions: CollectionRow[];
  agreementsAtRisk: AgreementRow[];
  settings: AppSettings;
}

async function promisesDue(db: CadernetaDB, today: string): Promise<PromiseDue[]> {
  const contacts = await db.contacts.where('promisedDate').between(addDays(today, -7), today, true, true).toArray();
  const out: PromiseDue[] = [];
  for (const contact of contacts) {
    if (!contact.promisedDate || !contact.promisedCents) continue;
    const payments = effectivePayments(await db.payments.where('customerId').equals(contact.customerId).toArray());
    const paid = payments.filter((p) => p.date >= contact.date && p.date <= (contact.promisedDate ?? today)).reduce((s, p) => s + p.amountCents - p.changeCents, 0);
    const status = promiseStatus({ promisedOn: contact.promisedDate, amountCents: contact.promisedCents }, paid, today);
    if (status !== 'cumprida') out.push({ contact, status, paidCentsSince: paid });
  }
  return out;
}

export async function todayActionInputs(db: CadernetaDB, today: string): Promise<TodayInputs> {
  const settings = await getSettings(db);
  const minFrom = Math.min(0, ...settings.collection.stages.map((s) => s.fromDay));
  const [summaries, lastRunRow, agreements, nextActions, promises] = await Promise.all([
    db.summaries.where('oldestOpenDueDate').belowOrEqual(addDays(today, -minFrom)).toArray(),
    db.meta.get(LAST_RUN_KEY),
    db.agreements.where('status').equals('active').toArray(),
    db.collection.where('nextAction.date').belowOrEqual(today).toArray(),
    promisesDue(db, today),
  ]);
  const ids = summaries.map((s) => s.id);
  const collection = await db.collection.bulkGet(ids);
  const inAgreement = new Set(agreements.map((a) => a.customerId));
  const customers: DueActionCustomer[] = summaries.map((s, i) => ({
    customerId: s.id,
    oldestOpenDueDate: s.oldestOpenDueDate,
    manualStageId: collection[i]?.stageOverride ?? null,
    pausedUntil: collection[i]?.pausedUntil ?? null,
    activeAgreement: inAgreement.has(s.id),
  }));
  const atRisk: AgreementRow[] = [];
  for (const a of agreements) {
    const open = (await db.installments.bulkGet(a.newInstallmentIds)).filter((i) => i?.status === 'open');
    const oldest = open.reduce<string | null>((m, i) => (i && (m === null || i.dueDate < m) ? i.dueDate : m), null);
    if (isAgreementBroken(oldest, today, settings.collection)) atRisk.push(a);
  }
  const lastRun = typeof lastRunRow?.value === 'string' ? lastRunRow.value : null;
  return { lastRun, customers, promises, nextActions, agreementsAtRisk: atRisk, settings };
}

/** The régua steps due since the last run (missed days caught up). */
export async function todayActions(db: CadernetaDB, today: string): Promise<{ actions: DueAction[]; inputs: TodayInputs }> {
  const inputs = await todayActionInputs(db, today);
  return { actions: dueActions(inputs.settings.collection, inputs.customers, inputs.lastRun, today), inputs };
}

/** Records that today's steps were generated (so tomorrow catches up from here). */
export async function markTodayRun(db: CadernetaDB, today: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(LAST_RUN_KEY);
    const at = nowIso();
    await db.meta.put({ id: LAST_RUN_KEY, value: today, createdAt: row?.createdAt ?? at, updatedAt: at, deviceId: db.device.deviceId });
  });
}
