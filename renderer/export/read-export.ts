// Reads what the accountant's workbook needs, for the export worker. When nothing is dated
// after the period (the usual case: a period ending today), every read is known up front, so
// they are all sent at once — each range split by date into a few getAll requests — and the
// database never waits on this thread between them. Otherwise it is the reports' windowed
// read (renderer/db/report-read), which follows later payments back to what they paid.
//
// What this fast path leaves out, and why the workbook is the same without it:
// - installments due before the period that are no longer open (paid or renegotiated): with
//   no payment or agreement after the period, they owe nothing on its last day, and only
//   installments due in the period are listed;
// - open installments due after the period: their open amounts come from the per-customer
//   summaries, as in the reports' read.
import { Dexie } from 'dexie';
import { addDays, daysBetween } from '@shared/dates/calendar';
import type { ExportPeriod } from '@shared/export/context';
import type { RInstallment, RPayment, RSale, ReportData } from '@shared/reports/types';
import { readReportData } from '../db/report-read';
import { toAgreement, toCustomer, toInstallment, toPayment, toSale } from '../db/report-rows';
import type { AgreementRow, CustomerRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from '../db/types';

export interface ExportReadProgress {
  done: number;
  total: number;
}

/** Splits [from, to] into at most `parts` consecutive day ranges (inclusive, no gaps). */
export function splitDays(from: string, to: string, parts: number): [string, string][] {
  if (to < from) return [];
  const days = daysBetween(from, to) + 1;
  const n = Math.max(1, Math.min(parts, days));
  const out: [string, string][] = [];
  let start = from;
  for (let k = 0; k < n; k++) {
    const end = k === n - 1 ? to : addDays(from, Math.floor(((k + 1) * days) / n) - 1);
    out.push([start, end]);
    start = addDays(end, 1);
  }
  return out;
}

/** Open dues after `to` from the summaries, as installment rows (no sale: owed since ever). */
export function futureDues(summaries: readonly Pick<SummaryRow, 'customerId' | 'openDues'>[], to: string): RInstallment[] {
  const out: RInstallment[] = [];
  for (const s of summaries) {
    s.openDues.forEach(([dueDate, cents], k) => {
      if (dueDate <= to || cents === 0) return;
      out.push({ id: `~${s.customerId}:${k}`, saleId: '', customerId: s.customerId, number: 0, count: 0, dueDate, amountCents: cents, status: 'open', paidPrincipalCents: 0, paidDate: null, renegotiatedBy: null, agreementId: null });
    });
  }
  return out;
}

const STATUSES = ['open', 'paid', 'renegotiated', 'cancelled'] as const;
/** getAll requests per date range: enough to keep the database busy while rows are unpacked. */
const PARTS = 6;

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB'));
  });

export async function readExportData(db: Dexie, period: ExportPeriod, onProgress?: (p: ExportReadProgress) => void): Promise<ReportData> {
  const { from, to } = period;
  await db.open();
  const idb = db.backendDB();
  const store = (name: string): IDBObjectStore => idb.transaction(name, 'readonly').objectStore(name);
  const [paymentsAfter, salesAfter] = await Promise.all([
    request(store('payments').index('date').count(IDBKeyRange.lowerBound(to, true))),
    request(store('sales').index('date').count(IDBKeyRange.lowerBound(to, true))),
  ]);
  if (paymentsAfter > 0 || salesAfter > 0) return windowedRead(db, period, onProgress);

  let done = 0;
  let total = 0;
  const counted = <T>(p: Promise<T>): Promise<T> => {
    total++;
    return p.then((v) => {
      done++;
      onProgress?.({ done, total });
      return v;
    });
  };
  /** getAll over each day slice of [from, to], in one transaction per range. */
  const sliced = <Row, Out>(table: string, index: string, key: (day: string) => IDBValidKey, map: (r: Row) => Out): Promise<Out[]> => {
    const s = store(table).index(index);
    return Promise.all(
      splitDays(from, to, PARTS).map(([a, b]) =>
        counted(request(s.getAll(IDBKeyRange.bound(key(a), key(b))) as IDBRequest<Row[]>)).then((rows) => {
          const out = new Array<Out>(rows.length);
          for (let k = 0; k < rows.length; k++) out[k] = map(rows[k] as Row);
          return out;
        }),
      ),
    ).then((parts) => parts.flat());
  };
  const all = <Row>(table: string): Promise<Row[]> => counted(request(store(table).getAll() as IDBRequest<Row[]>));

  const [customers, agreementRows, summaries, payments, periodSales, inPeriod, openBefore] = await Promise.all([
    all<CustomerRow>('customers').then((r) => r.map(toCustomer)),
    all<AgreementRow>('agreements'),
    all<SummaryRow>('summaries'),
    sliced<PaymentRow, RPayment>('payments', 'date', (d) => d, toPayment),
    sliced<SaleRow, RSale>('sales', 'date', (d) => d, toSale),
    Promise.all(STATUSES.map((status) => sliced<InstallmentRow, RInstallment>('installments', '[status+dueDate]', (d) => [status, d], toInstallment))).then((x) => x.flat()),
    counted(request(store('installments').index('[status+dueDate]').getAll(IDBKeyRange.bound(['open', Dexie.minKey], ['open', from], false, true)) as IDBRequest<InstallmentRow[]>)).then((r) => r.map(toInstallment)),
  ]);
  // An agreement after the period replaced installments that were still owed on its last
  // day: only the windowed read knows them.
  if (agreementRows.some((a) => a.date > to)) return windowedRead(db, period, onProgress);

  const installments = [...openBefore, ...inPeriod];
  const sales = new Map<string, RSale>(periodSales.map((s) => [s.id, s]));
  const loaded = new Set(payments.map((p) => p.id));
  const originals = [...new Set(payments.flatMap((p) => (p.reversalOf && !loaded.has(p.reversalOf) ? [p.reversalOf] : [])))];
  const saleIds = new Set<string>();
  for (const i of installments) if (i.saleId && !sales.has(i.saleId)) saleIds.add(i.saleId);
  // Carnê sales whose installments all fall after the period were not read: count them
  // from the index (fiado entries have none of their own).
  const withRows = new Set<string>();
  for (const i of installments) withRows.add(i.saleId);
  const bare = periodSales.filter((s) => s.planKind === 'installments' && !withRows.has(s.id)).map((s) => s.id);

  const gets = <Row>(table: string, ids: readonly string[]): Promise<Row[]> => {
    if (ids.length === 0) return Promise.resolve([]);
    const s = store(table);
    return counted(Promise.all(ids.map((id) => request(s.get(id) as IDBRequest<Row | undefined>)))).then((rows) => rows.filter((r): r is Awaited<Row> => r !== undefined));
  };
  const [moreSales, older, bareCounts] = await Promise.all([gets<SaleRow>('sales', [...saleIds]), gets<PaymentRow>('payments', originals), counted(countInstallments(db, bare))]);
  for (const s of moreSales) sales.set(s.id, toSale(s));
  for (const p of older) payments.push(toPayment(p));
  for (const [id, n] of bareCounts) {
    const s = sales.get(id);
    if (s) s.installmentCount = n;
  }
  for (const i of futureDues(summaries, to)) installments.push(i);
  return { customers, sales: [...sales.values()], installments, payments, agreements: agreementRows.map(toAgreement), contacts: [] };
}

/** Installments per sale, for these sales: one key-only scan over their id range of the
 *  saleId index (ids are time-ordered, so for recent sales it is the recent tail). */
async function countInstallments(db: Dexie, saleIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (saleIds.length === 0) return counts;
  const lo = saleIds.reduce((m, x) => (x < m ? x : m));
  const hi = saleIds.reduce((m, x) => (x > m ? x : m));
  const want = new Set(saleIds);
  for (const k of (await db.table('installments').where('saleId').between(lo, hi, true, true).keys()) as string[]) if (want.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function windowedRead(db: Dexie, period: ExportPeriod, onProgress?: (p: ExportReadProgress) => void): Promise<ReportData> {
  return readReportData(db, { from: period.from, to: period.to, contacts: false, futureFromSummaries: true }, (p) => onProgress?.({ done: p.done, total: p.total }));
}
