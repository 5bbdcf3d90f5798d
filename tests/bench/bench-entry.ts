// The benchmark page: the app's real modules (bulk import, board data, PDF worker, export
// worker) exposed on window.__bench for scripts/bench.mjs. Built by vite.bench.config.ts into
// dist/renderer/bench/, so it shares the app's origin and IndexedDB; the app bundle never
// contains any of this.
import { openDb } from '../../renderer/db/schema';
import { generateDataset, type DatasetSize } from '../../renderer/db/demo/generator';
import { loadDataset, summariesFor, type Dataset } from '../../renderer/db/import';
import { loadBoardData } from '../../renderer/db/screen-reads';
import { readToday } from '../../renderer/features/home/today-read';
import { overdueSummaries, searchCustomers } from '../../renderer/db/queries';
import { LIST_LIMIT } from '../../renderer/features/customers/useCustomerList';
import type { CustomerRow, InstallmentRow } from '../../renderer/db/types';
import { receivePayment } from '../../renderer/db/payments';
import { renderPdf } from '../../renderer/documents/pdf-client';
import { runExport, type ExportTimings } from '../../renderer/export/export-client';
import { SAMPLE_CUSTOMER, SAMPLE_POLICY, SAMPLE_SHOP, sampleBoletoBarcode, sampleInstallments } from '@shared/documents/samples';
import { DEFAULT_LETTER_TEMPLATES } from '@shared/documents/letters/templates';
import type { LetterData, SlipDoc } from '@shared/documents/types';
import type { ExportPeriod } from '@shared/export/context';

/** The app database the screens open with ?db=bench. */
export const APP_DB = 'caderneta-bench';
const RAW_DB = 'bench-raw';

export interface Prepared {
  today: string;
  counts: Record<string, number>;
  /** A period holding the most recent (up to) 100,000 installments by due date. */
  exportPeriod: ExportPeriod;
  exportInstallments: number;
}

export interface BatchResult {
  ms: number;
  longTasks: number;
  longestTaskMs: number;
  items: number;
  bytes: number;
}

export interface SearchStep {
  key: string;
  /** True when this keystroke changes the rows the list shows (so the screen must redraw). */
  changes: boolean;
}

let dataset: Dataset | null = null;
let today = '';

const longTasks: PerformanceEntry[] = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  // longtask entries not supported: counts stay at 0
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

function openNative(name: string, create?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = create ? indexedDB.open(name, 1) : indexedDB.open(name);
    if (create) req.onupgradeneeded = () => create(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function txDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function need(): Dataset {
  if (!dataset) throw new Error('call prepare() first');
  return dataset;
}

/** The shop's today, for a page that did not generate the data set. */
function setToday(day: string): void {
  today = day;
}

/** Generates the data set (untimed) and picks the export period. */
function prepare(size: DatasetSize, day: string): Prepared {
  today = day;
  dataset = generateDataset({ today: day, size });
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(dataset)) if (Array.isArray(v)) counts[k] = v.length;
  const dues = dataset.installments.map((i) => i.dueDate).filter((d) => d <= day).sort();
  const from = dues[Math.max(0, dues.length - 100_000)] ?? day;
  const exportInstallments = dataset.installments.filter((i) => i.dueDate >= from && i.dueDate <= day).length;
  return { today: day, counts, exportPeriod: { from, to: day }, exportInstallments };
}

/** Every row the import writes, per table (summaries computed outside the timing). */
function rowsOf(d: Dataset, deviceId: string): [string, readonly object[]][] {
  return [
    ['customers', d.customers],
    ['sales', d.sales],
    ['installments', d.installments],
    ['payments', d.payments],
    ['contacts', d.contacts],
    ['collection', d.collection],
    ['agreements', d.agreements],
    ['settings', d.settings ?? []],
    ['counters', d.counters ?? []],
    ['summaries', summariesFor(d, today, deviceId)],
  ];
}

/**
 * Baseline: the same rows put with raw IndexedDB into stores with the app's own indexes
 * (read from the Dexie schema), one transaction, same durability as the app.
 */
async function loadRaw(): Promise<number> {
  const d = need();
  const app = await openDb(`${RAW_DB}-schema`);
  const stores = app.tables.map((t) => ({
    name: t.name,
    key: t.schema.primKey.keyPath ?? 'id',
    indexes: t.schema.indexes.map((i) => ({ name: i.name, keyPath: i.keyPath ?? i.name, multiEntry: i.multi })),
  }));
  const rows = rowsOf(d, app.device.deviceId);
  app.close();
  await deleteDb(`${RAW_DB}-schema`);
  await deleteDb(RAW_DB);
  const idb = await openNative(RAW_DB, (db) => {
    for (const s of stores) {
      const store = db.createObjectStore(s.name, { keyPath: s.key });
      for (const i of s.indexes) store.createIndex(i.name, i.keyPath, i.multiEntry === undefined ? {} : { multiEntry: i.multiEntry });
    }
  });
  const t0 = performance.now();
  const tx = idb.transaction(stores.map((s) => s.name), 'readwrite', { durability: 'strict' });
  const done = txDone(tx);
  for (const [table, list] of rows) {
    const store = tx.objectStore(table);
    for (const r of list) store.put(r);
  }
  await done;
  const ms = performance.now() - t0;
  idb.close();
  await deleteDb(RAW_DB);
  return ms;
}

/** The app's own bulk import path into a fresh APP_DB (left filled for the screens). */
async function loadApp(): Promise<number> {
  const d = need();
  await deleteDb(APP_DB);
  const db = await openDb(APP_DB);
  const t0 = performance.now();
  await loadDataset(db, d, today);
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/**
 * The board's per-customer figures (oldest overdue date, open and overdue totals) as the app
 * reads them: overdueSummaries, from the summary table kept in step with every write. Then the
 * whole board read (loadBoardData: names, collection, promises, notices) and Today's for context.
 */
async function boardApp(): Promise<{ ms: number; customers: number; loadMs: number; rows: number; todayMs: number; todayItems: number }> {
  const db = await openDb(APP_DB);
  const t0 = performance.now();
  const summaries = await overdueSummaries(db, today);
  const t1 = performance.now();
  const data = await loadBoardData(db, today);
  const t2 = performance.now();
  // Today's read as the screen does it (readToday, one native transaction), for context.
  const list = await readToday(db.backendDB(), today);
  const t3 = performance.now();
  db.close();
  return { ms: t1 - t0, customers: summaries.length, loadMs: t2 - t1, rows: data.rows.length, todayMs: t3 - t2, todayItems: list.items.length };
}

/** Baseline: getAll of the overdue rows over [status+dueDate], aggregated per customer. */
async function boardRaw(): Promise<{ ms: number; rows: number; customers: number }> {
  const idb = await openNative(APP_DB);
  const t0 = performance.now();
  const index = idb.transaction('installments', 'readonly').objectStore('installments').index('[status+dueDate]');
  const rows = (await request(index.getAll(IDBKeyRange.bound(['open', ''], ['open', today], false, true)))) as InstallmentRow[];
  const per = new Map<string, { oldest: string; openCents: number }>();
  for (const i of rows) {
    const open = i.amountCents - i.paidPrincipalCents;
    const p = per.get(i.customerId);
    if (!p) per.set(i.customerId, { oldest: i.dueDate, openCents: open });
    else {
      p.openCents += open;
      if (i.dueDate < p.oldest) p.oldest = i.dueDate;
    }
  }
  const ms = performance.now() - t0;
  idb.close();
  return { ms, rows: rows.length, customers: per.size };
}

const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * 50+ keystrokes typed into the customer search: first name and the start of the last name of
 * customers spread over the alphabet, then erased. Each step says whether the list changes.
 */
async function searchPlan(timed: number): Promise<SearchStep[]> {
  const db = await openDb(APP_DB);
  const byName = (a: CustomerRow, b: CustomerRow): number => a.sortName.localeCompare(b.sortName);
  const signature = async (text: string): Promise<string> => {
    const rows = await searchCustomers(db, text, LIST_LIMIT); // as useCustomerList reads them
    return rows.sort(byName).map((c) => c.id).join();
  };
  const all = await db.customers.orderBy('sortName').toArray();
  const step = Math.max(1, Math.floor(all.length / 23));
  const words: string[] = [];
  for (let i = 0; i < all.length; i += step) {
    const parts = ascii(all[i]?.name ?? '').split(/\s+/).filter((w) => /^[a-z]+$/.test(w));
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (first && last && parts.length > 1) words.push(`${first} ${last.slice(0, 3)}`);
  }
  const steps: SearchStep[] = [];
  let text = '';
  let sig = await signature(text);
  const press = async (key: string, next: string): Promise<void> => {
    const s = await signature(next);
    steps.push({ key, changes: s !== sig });
    text = next;
    sig = s;
  };
  for (const w of words) {
    for (const ch of w) await press(ch === ' ' ? 'Space' : ch, text + ch);
    while (text.length > 0) await press('Backspace', text.slice(0, -1));
    if (steps.filter((s) => s.changes).length >= timed) break;
  }
  db.close();
  return steps;
}

/** receivePayment alone (R$ 1,00 from a late customer), without the screen. */
async function paymentTx(customerId: string): Promise<number> {
  const db = await openDb(APP_DB);
  const t0 = performance.now();
  await receivePayment(db, { customerId, amountCents: 100, method: 'pix' }, today);
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** The storage floor of any saved payment: one small row put in a 'strict' transaction. */
async function commitFloor(): Promise<number> {
  const idb = await openNative(APP_DB);
  const t0 = performance.now();
  const tx = idb.transaction('meta', 'readwrite', { durability: 'strict' });
  const done = txDone(tx);
  tx.objectStore('meta').put({ id: 'bench:probe', value: t0, createdAt: '', updatedAt: '', deviceId: '' });
  await done;
  const ms = performance.now() - t0;
  idb.close();
  return ms;
}

/** Customers with overdue installments, for the payment runs (?cliente=id). */
async function payees(n: number): Promise<string[]> {
  const db = await openDb(APP_DB);
  const rows = await db.summaries.where('oldestOpenDueDate').below(today).toArray();
  db.close();
  const late = rows.filter((s) => s.overdueCents > 2000).map((s) => s.id);
  const stepBy = Math.max(1, Math.floor(late.length / (n + 1)));
  return late.filter((_, i) => i % stepBy === 0).slice(0, n);
}

async function measureBatch(items: number, run: () => Promise<number>): Promise<BatchResult> {
  const t0 = performance.now();
  const bytes = await run();
  const t1 = performance.now();
  // Long-task entries are delivered after the task ends: give the observer a moment.
  await new Promise((r) => setTimeout(r, 200));
  const during = longTasks.filter((e) => e.startTime + e.duration >= t0 && e.startTime <= t1);
  return { ms: t1 - t0, longTasks: during.length, longestTaskMs: during.reduce((m, e) => Math.max(m, e.duration), 0), items, bytes };
}

function slipData(n: number, day: string): SlipDoc[] {
  const out: SlipDoc[] = [];
  for (let k = 0; k < n; k++) {
    const number = (k % 10) + 1;
    const month = String((k % 12) + 1).padStart(2, '0');
    const dueDate = `${Number(day.slice(0, 4)) + 1}-${month}-10`;
    const amountCents = 4990 + (k % 37) * 1000;
    out.push({
      customer: { ...SAMPLE_CUSTOMER, name: `${SAMPLE_CUSTOMER.name} ${k + 1}` },
      installment: {
        id: `01JBENCH${String(k).padStart(18, '0')}`,
        number,
        count: 10,
        dueDate,
        amountCents,
        openCents: amountCents,
        saleDescription: 'Tecidos, linhas e aviamentos',
        saleDate: day,
        boletoCode: sampleBoletoBarcode(dueDate, amountCents),
      },
    });
  }
  return out;
}

/** n carnê slips (Pix QR, Code 128 reference, boleto barcode) into one PDF, in the PDF worker. */
function slips(n: number, day: string): Promise<BatchResult> {
  const data = { shop: SAMPLE_SHOP, policy: SAMPLE_POLICY, issuedOn: day, slips: slipData(n, day) };
  return measureBatch(n, async () => (await renderPdf('slips', data)).byteLength);
}

/** n prior-notice letters (open installments table, Pix) into one PDF, in the PDF worker. */
function letters(n: number, day: string): Promise<BatchResult> {
  const template = DEFAULT_LETTER_TEMPLATES.negativacao_previa;
  const installments = sampleInstallments(day).filter((i) => i.charges);
  const list: LetterData[] = [];
  for (let k = 0; k < n; k++) {
    list.push({
      shop: SAMPLE_SHOP,
      customer: { ...SAMPLE_CUSTOMER, name: `${SAMPLE_CUSTOMER.name} ${k + 1}` },
      policy: SAMPLE_POLICY,
      installments,
      date: day,
      deadline: day,
      template,
      number: `C1-${String(k + 1).padStart(6, '0')}`,
    });
  }
  return measureBatch(n, async () => (await renderPdf('letters', { letters: list })).byteLength);
}

/** The accountant's XLSX of a period, through the export worker. */
async function xlsx(period: ExportPeriod, day: string): Promise<BatchResult & { rows: number; timings: ExportTimings | null }> {
  const got: { timings: ExportTimings | null } = { timings: null };
  const r = await measureBatch(0, async () => {
    const out = await runExport({ dbName: APP_DB, period, generatedOn: day, format: 'xlsx' });
    got.timings = out.timings;
    return out.bytes.byteLength;
  });
  return { ...r, rows: got.timings?.rows ?? 0, timings: got.timings };
}

/** The raw read floor under the export (tests/bench/raw-read.worker.ts): ms and rows. */
function xlsxRawRead(period: ExportPeriod): Promise<{ ms: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./raw-read.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ ms: number; rows: number } | { error: string }>) => {
      w.terminate();
      if ('error' in e.data) reject(new Error(e.data.error));
      else resolve(e.data);
    };
    w.postMessage({ dbName: APP_DB, from: period.from, to: period.to });
  });
}

/** Frees the generated rows (the screens run with the page closed, but be tidy). */
function release(): void {
  dataset = null;
}

const api = { setToday, prepare, loadRaw, loadApp, boardApp, boardRaw, searchPlan, payees, paymentTx, commitFloor, letters, slips, xlsx, xlsxRawRead, release, ready: true };

declare global {
  interface Window {
    __bench: typeof api;
  }
}

window.__bench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'bench ready';
