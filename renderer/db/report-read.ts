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
import type { RContact, RInstallment, RPayment, RSale, ReportData } from '@shared/reports/types';
import type { AgreementRow, ContactRow, CustomerRow, InstallmentRow, PaymentRow, SaleRow } from './types';
import { toAgreement, toContact, toCustomer, toInstallment, toPayment, toSale } from './report-rows';

export const READ_CHUNK = 10_000;

export interface ReadWindow {
  /** First day any figure will be asked for. */
  from: string;
  /** Export only: also every installment due and every sale made in [from, to]. */
  to?: string;
  /** Collection contacts (for recovery per action). */
  contacts: boolean;
  /** Rows per read (tests use a small one). */
  chunk?: number;
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

  const customers = await rangeChunked<CustomerRow, ReturnType<typeof toCustomer>>(db, 'customers', 'id', Dexie.minKey, Dexie.maxKey, toCustomer, (n) => tick('clientes', n));
  const agreementRows = await db.table<AgreementRow, string>('agreements').toArray();
  const payments: RPayment[] = await rangeChunked<PaymentRow, RPayment>(db, 'payments', 'date', win.from, Dexie.maxKey, toPayment, (n) => tick('pagamentos', n), win.chunk);
  // The originals of reversals in the window (they name the receipt and the collection action).
  const loaded = new Set(payments.map((p) => p.id));
  const originals = [...new Set(payments.flatMap((p) => (p.reversalOf && !loaded.has(p.reversalOf) ? [p.reversalOf] : [])))];
  payments.push(...(await byIds<PaymentRow, RPayment>(db, 'payments', originals, toPayment, (n) => tick('pagamentos', n))));

  const installments = new Map<string, RInstallment>();
  const keep = (list: readonly RInstallment[]): void => {
    for (const i of list) installments.set(i.id, i);
  };
  keep(await rangeChunked<InstallmentRow, RInstallment>(db, 'installments', '[status+dueDate]', ['open', Dexie.minKey], ['open', Dexie.maxKey], toInstallment, (n) => tick('parcelas', n), win.chunk));
  if (win.to) {
    for (const status of ['paid', 'renegotiated', 'cancelled'] as const) {
      keep(await rangeChunked<InstallmentRow, RInstallment>(db, 'installments', '[status+dueDate]', [status, win.from], [status, win.to], toInstallment, (n) => tick('parcelas', n), win.chunk));
    }
  }
  const touched = new Set<string>();
  for (const p of payments) for (const a of p.allocations) touched.add(a.installmentId);
  for (const a of agreementRows) if (a.date >= win.from) for (const id of a.originalInstallmentIds) touched.add(id);
  keep(await byIds<InstallmentRow, RInstallment>(db, 'installments', [...touched].filter((id) => !installments.has(id)), toInstallment, (n) => tick('parcelas', n)));

  const sales = new Map<string, RSale>();
  if (win.to) for (const s of await rangeChunked<SaleRow, RSale>(db, 'sales', 'date', win.from, win.to, toSale, (n) => tick('vendas', n), win.chunk)) sales.set(s.id, s);
  const saleIds = new Set<string>();
  for (const i of installments.values()) if (!sales.has(i.saleId)) saleIds.add(i.saleId);
  for (const s of await byIds<SaleRow, RSale>(db, 'sales', [...saleIds], toSale, (n) => tick('vendas', n))) sales.set(s.id, s);

  let contacts: RContact[] = [];
  if (win.contacts) contacts = await rangeChunked<ContactRow, RContact>(db, 'contacts', 'at', addDays(win.from, -31), Dexie.maxKey, toContact, (n) => tick('contatos', n), win.chunk);

  return { customers, sales: [...sales.values()], installments: [...installments.values()], payments, agreements: agreementRows.map(toAgreement), contacts };
}
