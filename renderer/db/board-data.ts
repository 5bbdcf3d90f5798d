// Read side of the collection board and of Today: everything from indexes and the small
// per-customer tables (summaries, collection, agreements), never a scan of installments.
// Promises come with the collection rows (each keeps its customer's newest); no contact, no
// payment and no installment is read.
import { addDays } from '@shared/dates/calendar';
import { DEFAULT_POLICY, type CollectionPolicy } from '@shared/collections/policy';
import { promiseStatus } from '@shared/collections/promises';
import type { CollectionStanding } from '@shared/collections/stage';
import type { AgreementRow, CollectionRow, ContactRow, CustomerRow, DocumentRow, LastContact, LastPromise, MetaRow, SummaryRow } from './types';
import { readSettings, type AppSettings } from './settings-read';
import { NOTICE_PREFIX, type NoticeRecord } from './notice-record';
import { getMany, prefixRange, request } from './native-read';
import type { TableSpec } from './use-tables-query';

/** A promise older than this (past its date) no longer moves the card. */
export const PROMISE_WINDOW_DAYS = 60;

/** Document types that are the prior written notice of negativação (CDC art. 43 §2). */
export const NOTICE_DOCUMENT_TYPES = ['aviso_negativacao', 'comunicacao_negativacao', 'carta_suspenso', 'suspenso'];
/** Notes prefix of a letter contact registered by hand as that notice. */
export const NOTICE_NOTE_PREFIX = 'Aviso prévio de negativação';

export interface BoardRawRow {
  summary: SummaryRow;
  name: string;
  collection: CollectionRow | null;
  activeAgreement: AgreementRow | null;
  /** Date of the newest agreement (a signed acknowledgment of the debt). */
  acknowledgedOn: string | null;
  lastContact: LastContact | null;
  promise: { contact: LastPromise; paidCentsSince: number } | null;
  noticeSentOn: string | null;
}

export interface BoardData {
  settings: AppSettings;
  rows: BoardRawRow[];
}

/** Customers whose oldest open installment is within reach of the first stage. */
function boardHorizon(policy: CollectionPolicy, today: string): string {
  const first = policy.stages.reduce((m, s) => Math.min(m, s.fromDay), Number.POSITIVE_INFINITY);
  return addDays(today, Number.isFinite(first) ? -first : 0);
}

const isNoticeContact = (c: Pick<ContactRow, 'channel' | 'notes'>): boolean => c.channel === 'letter' && c.notes.startsWith(NOTICE_NOTE_PREFIX);

/** The newest date the prior written notice of negativação was sent to one customer. */
export function noticeSentOnOf(contacts: readonly Pick<ContactRow, 'channel' | 'notes' | 'date'>[], documents: readonly Pick<DocumentRow, 'type' | 'date'>[]): string | null {
  let out: string | null = null;
  for (const c of contacts) if (isNoticeContact(c) && (out === null || c.date > out)) out = c.date;
  for (const d of documents) if (NOTICE_DOCUMENT_TYPES.includes(d.type) && (out === null || d.date > out)) out = d.date;
  return out;
}

/** Every table readBoardData reads (a commit to any of them redraws the board); of meta, only
 *  the notices (the day's task rows written when the board opens must not redraw it). A new
 *  contact reaches the board through its collection row. */
export const BOARD_TABLES: readonly TableSpec[] = ['settings', 'summaries', 'customers', 'collection', 'agreements', 'documents', `meta:${NOTICE_PREFIX}`];

/** The collection policy last read by the board or Today: the next read's first guess. */
let lastPolicy: CollectionPolicy = DEFAULT_POLICY;

/**
 * The settings and the summaries in reach of the régua (oldest open due on or before
 * `reach(policy)`), read in `tx`. The summaries are asked at once with the last policy read
 * (the default one at app start), and again only if the settings say otherwise: waiting for the
 * settings first cost a round trip through a main thread busy starting the app.
 */
export async function settingsAndSummariesInReach(tx: IDBTransaction, reach: (policy: CollectionPolicy) => string): Promise<{ settings: AppSettings; summaries: SummaryRow[] }> {
  const index = tx.objectStore('summaries').index('oldestOpenDueDate');
  const upTo = (day: string) => request(index.getAll(IDBKeyRange.upperBound(day)) as IDBRequest<SummaryRow[]>);
  const settingsRead = readSettings(tx);
  const guess = reach(lastPolicy);
  const guessed = upTo(guess);
  const settings = await settingsRead;
  lastPolicy = settings.collection;
  const horizon = reach(settings.collection);
  if (horizon === guess) return { settings, summaries: await guessed };
  guessed.catch(() => undefined); // not needed after all
  return { settings, summaries: await upTo(horizon) };
}

/** The stores readBoardData reads (BOARD_TABLES without the key prefixes). */
const BOARD_STORES = [...new Set(BOARD_TABLES.map((t) => t.split(':')[0] ?? t))];

/**
 * The board's rows, read in one native read-only transaction on `idb` (Dexie's connection or
 * the page's warm-up one, see native-read.ts): the settings, and at the same time everything
 * that does not depend on them; then the summaries in reach of the régua.
 */
export async function readBoardData(idb: IDBDatabase, today: string): Promise<BoardData> {
  const tx = idb.transaction(BOARD_STORES, 'readonly');
  const store = (name: string): IDBObjectStore => tx.objectStore(name);
  const inReach = settingsAndSummariesInReach(tx, (policy) => boardHorizon(policy, today));
  const collectionRead = request(store('collection').getAll() as IDBRequest<CollectionRow[]>);
  const agreementsRead = request(store('agreements').getAll() as IDBRequest<AgreementRow[]>);
  const [{ settings, summaries: inRange }, collection, agreements, noticeOn] = await Promise.all([
    inReach,
    collectionRead,
    agreementsRead,
    readNoticeDates(tx),
  ]);
  const byId = new Map<string, SummaryRow>();
  for (const s of inRange) byId.set(s.id, s);

  const active = new Map<string, AgreementRow>();
  const acknowledged = new Map<string, string>();
  for (const a of agreements) {
    if (a.status === 'active') active.set(a.customerId, a);
    keepLatest(acknowledged, a.customerId, a.date);
  }
  const coll = new Map<string, CollectionRow>();
  for (const c of collection) coll.set(c.customerId, c);

  // Agreement, paused and hand-placed customers show even before their debt is in range.
  const extra = new Set<string>();
  for (const id of active.keys()) if (!byId.has(id)) extra.add(id);
  for (const c of collection) if ((c.stageOverride || c.pausedUntil) && !byId.has(c.customerId)) extra.add(c.customerId);
  if (extra.size > 0) {
    for (const s of await getMany<SummaryRow>(store('summaries'), [...extra])) if (s && s.openCount > 0) byId.set(s.id, s);
  }


  const names = await namesOf(store('customers'), byId.keys(), (id) => byId.get(id)?.name);

  const rows: BoardRawRow[] = [];
  for (const [id, summary] of byId) {
    const name = names.get(id);
    if (name === undefined) continue;
    const col = coll.get(id) ?? null;
    rows.push({
      summary,
      name,
      collection: col,
      activeAgreement: active.get(id) ?? null,
      acknowledgedOn: acknowledged.get(id) ?? null,
      lastContact: col?.lastContact ?? null,
      promise: weighedPromise(col?.lastPromise, summary.lastPaymentDate, today),
      noticeSentOn: noticeOn.get(id) ?? null,
    });
  }
  return { settings, rows };
}

/**
 * Display names of `ids`: the one each summary read carries (`carried`: null once anonymised),
 * and from `customers` for the others (rows written before summaries carried it, or not read).
 * Anonymised customers are left out.
 */
export async function namesOf(customers: IDBObjectStore, ids: Iterable<string>, carried: (id: string) => string | null | undefined): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unnamed: string[] = [];
  for (const id of ids) {
    const n = carried(id);
    if (n === undefined) unnamed.push(id);
    else if (n !== null) names.set(id, n);
  }
  if (unnamed.length > 0) {
    for (const c of await getMany<CustomerRow>(customers, unnamed)) if (c && !c.anonymizedAt) names.set(c.id, c.name);
  }
  return names;
}

function keepLatest(m: Map<string, string>, key: string, date: string): void {
  const prev = m.get(key);
  if (!prev || date > prev) m.set(key, date);
}

/** A customer's newest promise with the money received since it was made. */
export interface WeighedPromise {
  contact: LastPromise;
  paidCentsSince: number;
}

/**
 * The newest promise as every screen weighs it for the stage (the collection row keeps it):
 * none once its date is more than PROMISE_WINDOW_DAYS past. A customer whose last payment is
 * older than the promise paid nothing since (a broken promise once its date passed); one who
 * paid anything since is given the benefit of the doubt (the exact amount is checked on Today
 * and on the customer's page). No payment is read.
 */
export function weighedPromise(p: LastPromise | null | undefined, lastPaymentDate: string | null | undefined, today: string): WeighedPromise | null {
  if (!p?.promisedDate || p.promisedDate < addDays(today, -PROMISE_WINDOW_DAYS)) return null;
  return { contact: p, paidCentsSince: lastPaymentDate && lastPaymentDate >= p.date ? (p.promisedCents ?? 0) : 0 };
}

/** True when a weighed promise was broken (its date passed without the money). */
export function isPromiseBroken(w: WeighedPromise | null, today: string): boolean {
  if (!w?.contact.promisedDate) return false;
  return promiseStatus({ promisedOn: w.contact.promisedDate, amountCents: w.contact.promisedCents ?? 0 }, w.paidCentsSince, today) === 'quebrada';
}

/** A customer's standing for standingOf from the rows every screen has: the summary, the
 *  collection row (hand-chosen stage, pause, newest promise) and whether an agreement is active. */
export function standingFrom(
  summary: Pick<SummaryRow, 'oldestOpenDueDate' | 'lastPaymentDate'> | null | undefined,
  col: Pick<CollectionRow, 'stageOverride' | 'pausedUntil' | 'lastPromise'> | null | undefined,
  activeAgreement: boolean,
  today: string,
  noticeSentOn: string | null = null,
): CollectionStanding {
  return {
    oldestOpenDueDate: summary?.oldestOpenDueDate ?? null,
    manualStageId: col?.stageOverride ?? null,
    pausedUntil: col?.pausedUntil ?? null,
    activeAgreement,
    promiseBroken: isPromiseBroken(weighedPromise(col?.lastPromise, summary?.lastPaymentDate, today), today),
    noticeSentOn,
  };
}

/** Every customer's newest notice date, read in `tx` (meta and documents): the meta rows the
 *  notice contacts keep ("notice:<customerId>") and the notice documents, each for every
 *  customer it names. A few small reads: notices are few. */
export async function readNoticeDates(tx: IDBTransaction): Promise<Map<string, string>> {
  const [rows, docs] = await Promise.all([
    request(tx.objectStore('meta').getAll(prefixRange(NOTICE_PREFIX)) as IDBRequest<MetaRow[]>),
    Promise.all(NOTICE_DOCUMENT_TYPES.map((t) => request(tx.objectStore('documents').index('type').getAll(t) as IDBRequest<DocumentRow[]>))),
  ]);
  const out = new Map<string, string>();
  for (const r of rows) {
    const v = r.value as NoticeRecord;
    keepLatest(out, v.customerId, v.date);
  }
  for (const d of docs.flat()) for (const id of d.customerIds) keepLatest(out, id, d.date);
  return out;
}

