// Reads what the reports and the accountant export need — and no more — in short read
// transactions (a payment at the counter never waits behind a long read), keeping only the
// fields the reports use. Works on the app's CadernetaDB or on a Dexie opened by name in a
// Web Worker.
//
// The window starts at `from`: payments dated from then on, installments open now or touched
// by those payments or by agreements since then, and (for the export) every installment due
// and every sale made in [from, to]. Together with each installment's stored paid principal
// this answers any day from `from` on (see shared/reports/debt-lines).
import { Dexie } from 'dexie';
import { addDays } from '@shared/dates/calendar';
import type { RContact, RCustomer, RInstallment, RPayment, RSale, ReportData } from '@shared/reports/types';
import type { AgreementRow, ContactRow, CustomerRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from './types';
import { toAgreement, toContact, toCustomer, toInstallment, toPayment, toSale } from './report-rows';
import { unpackDues } from './summary-calc';

export const READ_CHUNK = 10_000;

export interface ReadWindow {
  /** First day any figure will be asked for. */
  from: string;
  /** Export only: also every installment due and every sale made in [from, to]. */
  to?: string;
  /** Collection contacts (for recovery per action). */
  contacts: boolean;
  /** Export: when nothing is dated after `to`, take the open installments due after it from
   *  the per-customer summaries (their open dues) instead of reading them. */
  futureFromSummaries?: boolean;
  /** Rows per read (tests use a small one). */
  chunk?: number;
}

/** Open dues after `to` from the summaries, as installment rows (no sale: owed since ever). */
export function futureDues(summaries: readonly Pick<SummaryRow, 'customerId' | 'openDues'>[], to: string): RInstallment[] {
  const out: RInstallment[] = [];
  for (const s of summaries) {
    unpackDues(s.openDues).forEach(([dueDate, cents], k) => {
      if (dueDate <= to || cents === 0) return;
      out.push({ id: `~${s.customerId}:${k}`, saleId: '', customerId: s.customerId, number: 0, count: 0, dueDate, amountCents: cents, status: 'open', paidPrincipalCents: 0, paidDate: null, renegotiatedBy: null, agreementId: null });
    });
  }
  return out;
}

/** Can the summaries stand in for the open installments due after `to`? */
async function nothingAfter(db: Dexie, to: string): Promise<boolean> {
  const [payments, sales] = await Promise.all([db.table('payments').where('date').above(to).count(), db.table('sales').where('date').above(to).count()]);
  return payments === 0 && sales === 0;
}

export interface ReadProgress {
  step: string;
  done: number;
  total: number;
}

type Tick = (step: string, n: number) => void;

/** Rows of an index range, read in key-ordered chunks of READ_CHUNK. */
async function rangeChunked<Row, Out>(db: Dexie, table: string, index: string, lower: unknown, upper: unknown, map: (r: Row) => Out, tick: (n: number) => void, chunk = READ_CHUNK): Promise<Out[]> {
  const t = db.table<Row, string>(table);
  const out: Out[] = [];
  let after: [unknown, string] | null = null;
  for (;;) {
    const coll = after === null ? t.where(index).between(lower, upper, true, true) : t.where(index).between(after[0], upper, false, true);
    const rows: Row[] = await coll.limit(chunk).toArray();
    for (const r of rows) out.push(map(r));
    tick(rows.length);
    if (rows.length < chunk) return out;
    // Resume after the last key; rows sharing that key (ordered by id) are finished first.
    const last = rows[rows.length - 1] as Record<string, unknown> & { id: string };
    const key = index.startsWith('[') ? index.slice(1, -1).split('+').map((k) => last[k]) : last[index];
    const rest = await t.where(index).equals(key as string).filter((r) => (r as { id: string }).id > last.id).toArray();
    for (const r of rest) out.push(map(r));
    after = [key, last.id];
  }
}

async function byIds<Row, Out>(db: Dexie, table: string, ids: readonly string[], map: (r: Row) => Out, tick: (n: number) => void): Promise<Out[]> {
  const out: Out[] = [];
  for (let i = 0; i < ids.length; i += READ_CHUNK) {
    const rows = await db.table<Row, string>(table).bulkGet(ids.slice(i, i + READ_CHUNK));
    for (const r of rows) if (r) out.push(map(r));
    tick(rows.length);
  }
  return out;
}

export async function readReportData(db: Dexie, win: ReadWindow, onProgress?: (p: ReadProgress) => void): Promise<ReportData> {
  const inst = db.table<InstallmentRow, string>('installments');
  const [customerCount, openCount, paymentCount, periodCount] = await Promise.all([
    db.table('customers').count(),
    inst.where('[status+dueDate]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).count(),
    db.table('payments').where('date').aboveOrEqual(win.from).count(),
    win.to ? inst.where('[status+dueDate]').between(['paid', win.from], ['paid', win.to], true, true).count() : Promise.resolve(0),
  ]);
  let done = 0;
  let total = customerCount + openCount + paymentCount + periodCount;
  const tick: Tick = (step, n) => {
    done += n;
    total = Math.max(total, done);
    onProgress?.({ step, done, total });
  };

  // Independent reads run together: the database works on the next chunk while this thread
  // unpacks the last one.
  const range = <Row, Out>(step: string, table: string, index: string, lower: unknown, upper: unknown, map: (r: Row) => Out): Promise<Out[]> =>
    rangeChunked<Row, Out>(db, table, index, lower, upper, map, (n) => tick(step, n), win.chunk);
  const period = win.to ?? null;
  const summariesOnly = period !== null && win.futureFromSummaries === true && (await nothingAfter(db, period));
  const openUpper = summariesOnly && period ? ['open', period] : ['open', Dexie.maxKey];
  const [customers, agreementRows, payments, open, closed, periodSales, contacts] = await Promise.all([
    range<CustomerRow, RCustomer>('clientes', 'customers', 'id', Dexie.minKey, Dexie.maxKey, toCustomer),
    db.table<AgreementRow, string>('agreements').toArray(),
    range<PaymentRow, RPayment>('pagamentos', 'payments', 'date', win.from, Dexie.maxKey, toPayment),
    range<InstallmentRow, RInstallment>('parcelas', 'installments', '[status+dueDate]', ['open', Dexie.minKey], openUpper, toInstallment),
    period
      ? Promise.all((['paid', 'renegotiated', 'cancelled'] as const).map((status) => range<InstallmentRow, RInstallment>('parcelas', 'installments', '[status+dueDate]', [status, win.from], [status, period], toInstallment))).then((x) => x.flat())
      : Promise.resolve([]),
    period ? range<SaleRow, RSale>('vendas', 'sales', 'date', win.from, period, toSale) : Promise.resolve([]),
    win.contacts ? range<ContactRow, RContact>('contatos', 'contacts', 'at', addDays(win.from, -31), Dexie.maxKey, toContact) : Promise.resolve([]),
  ]);
  if (summariesOnly && period) for (const i of futureDues(await db.table<SummaryRow, string>('summaries').toArray(), period)) open.push(i);

  const installments = new Map<string, RInstallment>();
  for (const i of open) installments.set(i.id, i);
  for (const i of closed) installments.set(i.id, i);
  // Installments paid in the window or replaced by an agreement in it, and the originals of
  // reversals in the window (they name the receipt and the collection action).
  const touched = new Set<string>();
  for (const p of payments) for (const a of p.allocations) if (!installments.has(a.installmentId)) touched.add(a.installmentId);
  for (const a of agreementRows) if (a.date >= win.from) for (const id of a.originalInstallmentIds) if (!installments.has(id)) touched.add(id);
  const loaded = new Set(payments.map((p) => p.id));
  const originals = [...new Set(payments.flatMap((p) => (p.reversalOf && !loaded.has(p.reversalOf) ? [p.reversalOf] : [])))];
  const [more, older] = await Promise.all([
    byIds<InstallmentRow, RInstallment>(db, 'installments', [...touched], toInstallment, (n) => tick('parcelas', n)),
    byIds<PaymentRow, RPayment>(db, 'payments', originals, toPayment, (n) => tick('pagamentos', n)),
  ]);
  // With the summaries standing in, an open installment due after `to` is already there.
  for (const i of more) if (!(summariesOnly && period && i.status === 'open' && i.dueDate > period)) installments.set(i.id, i);
  for (const p of older) payments.push(p);

  const sales = new Map<string, RSale>(periodSales.map((s) => [s.id, s]));
  const saleIds = new Set<string>();
  for (const i of installments.values()) if (!sales.has(i.saleId)) saleIds.add(i.saleId);
  saleIds.delete('');
  for (const s of await byIds<SaleRow, RSale>(db, 'sales', [...saleIds], toSale, (n) => tick('vendas', n))) sales.set(s.id, s);
  if (summariesOnly) {
    // Carnê sales whose installments all fall after `to` were not read: count them from the
    // index (fiado entries have none of their own).
    const withRows = new Set<string>();
    for (const i of installments.values()) withRows.add(i.saleId);
    const bare = periodSales.filter((s) => s.planKind === 'installments' && !withRows.has(s.id)).map((s) => s.id);
    if (bare.length > 0) {
      const counts = new Map<string, number>();
      // One key-only scan over the ids' range (ids are time-ordered, so it is the recent tail)
      // beats thousands of anyOf() jumps.
      const want = new Set(bare);
      const lo = bare.reduce((m, x) => (x < m ? x : m));
      const hi = bare.reduce((m, x) => (x > m ? x : m));
      for (const k of (await db.table('installments').where('saleId').between(lo, hi, true, true).keys()) as string[]) if (want.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
      for (const id of bare) {
        const s = sales.get(id);
        const n = counts.get(id);
        if (s && n) s.installmentCount = n;
      }
    }
  }

  return { customers, sales: [...sales.values()], installments: [...installments.values()], payments, agreements: agreementRows.map(toAgreement), contacts };
}
