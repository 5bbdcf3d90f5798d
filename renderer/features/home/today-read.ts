// Today's list read in one native transaction: no React and no Dexie here, so the opening
// screen's early read (app/early-read.ts) can run it before the app's code has loaded.
import { noticeGate, standingOf, type CollectionStanding } from '@shared/collections/stage';
import { TASK_PREFIX, type TaskState } from '../../db/task-record';
import { readTodayInputs, TODAY_INPUT_STORES } from '../../db/board-today-inputs';
import { isPromiseBroken, namesOf, readNoticeDates, weighedPromise } from '../../db/board-data';
import { getMany, prefixRange, request } from '../../db/native-read';
import type { CollectionRow, LastPromise, MetaRow, TableName } from '../../db/types';
import { buildToday, type NoticeHold, type TodayItem } from './model/today-model';

export interface TodayData {
  items: TodayItem[];
  lastRun: string | null;
  stageIds: string[];
}

/** Today's list read in one native transaction on `idb` (Dexie's connection, or the page's
 *  warm-up one at app start: see app/early-read.ts). */
export async function readToday(idb: IDBDatabase, today: string): Promise<TodayData> {
  const tx = idb.transaction(TODAY_STORES, 'readonly');
  const taskRows = request(tx.objectStore('meta').getAll(prefixRange(TASK_PREFIX)) as IDBRequest<MetaRow[]>);
  const [rows, inputs, notices] = await Promise.all([taskRows, readTodayInputs(tx, today), readNoticeDates(tx)]);
  const tasks = rows.map((r) => r.value as TaskState);
  const ids = new Set<string>();
  for (const t of tasks) ids.add(t.customerId);
  for (const p of inputs.promises) ids.add(p.contact.customerId);
  for (const n of inputs.nextActions) ids.add(n.customerId);
  for (const a of inputs.agreementsAtRisk) ids.add(a.customerId);
  const policy = inputs.settings.collection;
  const byCustomer = new Map(inputs.customers.map((c) => [c.customerId, c]));
  // The newest promise of each customer whose stage picks a message template here (promise
  // follow-ups, scheduled returns, broken agreements): a follow-up's collection row keeps it; a
  // due promise is the newest Today read for its customer; the collection rows of the few others
  // are read with the names. A customer in an agreement has no stage.
  const newestPromise = new Map<string, LastPromise | null>();
  for (const n of inputs.nextActions) newestPromise.set(n.customerId, n.lastPromise);
  for (const p of inputs.promises) if (!newestPromise.has(p.contact.customerId)) newestPromise.set(p.contact.customerId, p.contact);
  const templated = new Set([...newestPromise.keys(), ...tasks.filter((t) => t.kind === 'agreement').map((t) => t.customerId)]);
  const unread = [...templated].filter((id) => byCustomer.has(id) && !newestPromise.has(id) && byCustomer.get(id)?.activeAgreement !== true);
  // Names from the summaries already read; the customers table only for the others.
  const read = new Map(inputs.summaries.map((s) => [s.id, s.name]));
  const [names, collection] = await Promise.all([
    namesOf(tx.objectStore('customers'), ids, (id) => read.get(id)),
    getMany<CollectionRow>(tx.objectStore('collection'), unread),
  ]);
  for (const c of collection) if (c) newestPromise.set(c.customerId, c.lastPromise);
  // Each customer's stage by the rule every screen applies (standingOf): a broken promise (as
  // every screen weighs it) moves it on, a stage after the notice waits for the written notice.
  const lastPaid = new Map(inputs.summaries.map((s) => [s.id, s.lastPaymentDate]));
  const broken = new Set([...templated].filter((id) => isPromiseBroken(weighedPromise(newestPromise.get(id), lastPaid.get(id), today), today)));
  const standing = (id: string): CollectionStanding | null => {
    const c = byCustomer.get(id);
    return c ? { ...c, promiseBroken: broken.has(id), noticeSentOn: notices.get(id) ?? null } : null;
  };
  const stageTemplate = (id: string): string | null => {
    const st = standing(id);
    return st ? (standingOf(st, policy, today).stage?.templateId ?? null) : null;
  };
  // A régua step of a stage that waits for the notice: held (shown as the notice's step) or,
  // once allowed, due from the day it was released — the board's rule (noticeGate).
  const gate = (id: string, stageId: string) => noticeGate(stageId, notices.get(id) ?? null, policy, today);
  const noticeHold = (id: string, stageId: string): NoticeHold | null => {
    const g = gate(id, stageId);
    return g && !g.check.allowed ? { stage: g.notice, waitUntil: g.check.allowedFrom } : null;
  };
  const releasedOn = (id: string, stageId: string): string | null => {
    const g = gate(id, stageId);
    return g?.check.allowed ? g.check.allowedFrom : null;
  };
  const items = buildToday(
    { tasks, customers: inputs.customers, promises: inputs.promises, nextActions: inputs.nextActions, agreementsAtRisk: inputs.agreementsAtRisk, names, stageTemplate, noticeHold, releasedOn },
    today,
  ).filter((i) => names.has(i.customerId));
  return { items, lastRun: inputs.lastRun, stageIds: inputs.settings.collection.stages.map((s) => s.id) };
}

/** The stores readToday reads: a commit to any of them reads Today again. */
export const TODAY_STORES: readonly TableName[] = [...TODAY_INPUT_STORES, 'customers', 'documents'];

export const todayPrimeKey = (dbName: string, today: string): string => `today:${dbName}:${today}`;
