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
import { futureDues, readReportData } from '../db/report-read';
import { getMany, request } from '../db/native-read';
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

const STATUSES = ['open', 'paid', 'renegotiated', 'cancelled'] as const;
/** getAll requests per date range: enough to keep the database busy while rows are unpacked. */
const PARTS = 6;

/** A read in two parts: everything but the payments, then the payments (still on their way
 *  while the first part is used). */
export interface StagedRead {
  /** ReportData with no payments. */
  data: Promise<ReportData>;
  payments: Promise<RPayment[]>;
}

/**
 * The fast path in two parts, or null when something is dated after the period (then use the
 * windowed read). Without payments after the period every figure is on its last day, where an
 * installment's paid principal is the stored one: the debt lines need no payments, which
 * only the payments sheet and the summary's cash figures use.
 */
export async function startExportRead(db: Dexie, period: ExportPeriod, onProgress?: (p: ExportReadProgress) => void): Promise<StagedRead | null> {
  const { from, to } = period;
  await db.open();
  const idb = db.backendDB();
  const store = (name: string): IDBObjectStore => idb.transaction(name, 'readonly').objectStore(name);
  const [paymentsAfter, salesAfter, agreementRows] = await Promise.all([
    request(store('payments').index('date').count(IDBKeyRange.lowerBound(to, true))),
    request(store('sales').index('date').count(IDBKeyRange.lowerBound(to, true))),
    request(store('agreements').getAll() as IDBRequest<AgreementRow[]>),
  ]);
  // An agreement after the period replaced installments that were still owed on its last
  // day: only the windowed read knows them.
  if (paymentsAfter > 0 || salesAfter > 0 || agreementRows.some((a) => a.date > to)) return null;

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
  const gets = <Row>(table: string, ids: readonly string[]): Promise<Row[]> => {
    if (ids.length === 0) return Promise.resolve([]);
    return counted(getMany<Row>(store(table), ids)).then((rows) => rows.filter((r): r is Row => r !== undefined));
  };

  // The payments are asked for once the first part's requests are all sent, so the database
  // answers those first.
  let askPayments: () => void = () => undefined;
  const paymentsAsked = new Promise<void>((resolve) => {
    askPayments = resolve;
  });
  const payments = paymentsAsked.then(async () => {
    const list = await sliced<PaymentRow, RPayment>('payments', 'date', (d) => d, toPayment);
    const loaded = new Set(list.map((p) => p.id));
    const originals = [...new Set(list.flatMap((p) => (p.reversalOf && !loaded.has(p.reversalOf) ? [p.reversalOf] : [])))];
    for (const p of await gets<PaymentRow>('payments', originals)) list.push(toPayment(p));
    return list;
  });

  const data = (async (): Promise<ReportData> => {
    try {
      const [customers, summaries, periodSales, inPeriod, openBefore] = await Promise.all([
        all<CustomerRow>('customers').then((r) => r.map(toCustomer)),
        all<SummaryRow>('summaries'),
        sliced<SaleRow, RSale>('sales', 'date', (d) => d, toSale),
        Promise.all(STATUSES.map((status) => sliced<InstallmentRow, RInstallment>('installments', '[status+dueDate]', (d) => [status, d], toInstallment))).then((x) => x.flat()),
        counted(request(store('installments').index('[status+dueDate]').getAll(IDBKeyRange.bound(['open', Dexie.minKey], ['open', from], false, true)) as IDBRequest<InstallmentRow[]>)).then((r) => r.map(toInstallment)),
      ]);
      const installments = [...openBefore, ...inPeriod];
      const sales = new Map<string, RSale>(periodSales.map((s) => [s.id, s]));
      const saleIds = new Set<string>();
      for (const i of installments) if (i.saleId && !sales.has(i.saleId)) saleIds.add(i.saleId);
      // Carnê sales whose installments all fall after the period were not read: count them
      // from the index (fiado entries have none of their own).
      const withRows = new Set<string>();
      for (const i of installments) withRows.add(i.saleId);
      const bare = periodSales.filter((s) => s.planKind === 'installments' && !withRows.has(s.id)).map((s) => s.id);
      const more = Promise.all([gets<SaleRow>('sales', [...saleIds]), counted(countInstallments(idb, bare))]);
      askPayments();
      const [moreSales, bareCounts] = await more;
      for (const s of moreSales) sales.set(s.id, toSale(s));
      for (const [id, n] of bareCounts) {
        const s = sales.get(id);
        if (s) s.installmentCount = n;
      }
      for (const i of futureDues(summaries, to)) installments.push(i);
      return { customers, sales: [...sales.values()], installments, payments: [], agreements: agreementRows.map(toAgreement), contacts: [] };
    } finally {
      askPayments();
    }
  })();
  payments.catch(() => undefined);
  data.catch(() => undefined);
  return { data, payments };
}

/** Everything the workbook needs, in one piece. */
export async function readExportData(db: Dexie, period: ExportPeriod, onProgress?: (p: ExportReadProgress) => void): Promise<ReportData> {
  const staged = await startExportRead(db, period, onProgress);
  if (!staged) return windowedRead(db, period, onProgress);
  const [data, payments] = await Promise.all([staged.data, staged.payments]);
  return { ...data, payments };
}

/** Installments per sale, for these sales: one count per sale on the saleId index, all sent at
 *  once (a key scan over their id range walks the other sales' installments too). */
async function countInstallments(idb: IDBDatabase, saleIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (saleIds.length === 0) return counts;
  const index = idb.transaction('installments', 'readonly').objectStore('installments').index('saleId');
  const got = await Promise.all(saleIds.map((id) => request(index.count(IDBKeyRange.only(id)))));
  saleIds.forEach((id, k) => {
    const n = got[k] ?? 0;
    if (n > 0) counts.set(id, n);
  });
  return counts;
}

export function windowedRead(db: Dexie, period: ExportPeriod, onProgress?: (p: ExportReadProgress) => void): Promise<ReportData> {
  return readReportData(db, { from: period.from, to: period.to, contacts: false, futureFromSummaries: true }, (p) => onProgress?.({ done: p.done, total: p.total }));
}
