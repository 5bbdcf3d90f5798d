// Pure computation of the per-customer collection summary (no Dexie), shared by the
// repositories, the bulk loader and the invariant checker.
import type { LedgerEntry } from '@shared/ledger/installment-state';
import type { CustomerRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from './types';
import { ledgerByInstallment } from './ledger';

export type SummaryFigures = Omit<SummaryRow, 'id' | 'createdAt' | 'updatedAt' | 'deviceId' | 'name'>;

export function outstandingOf(i: Pick<InstallmentRow, 'amountCents' | 'paidPrincipalCents'>): number {
  return i.amountCents - i.paidPrincipalCents;
}

/** The name a summary row carries for its customer (null once anonymised). */
export function summaryName(c: Pick<CustomerRow, 'name' | 'anonymizedAt'>): string | null {
  return c.anonymizedAt ? null : c.name;
}

/** Summary rows written before they carried the name (old databases, old backups) get it. */
export function withSummaryNames<T extends { id: string; name?: string | null }>(rows: readonly T[], customers: readonly (Pick<CustomerRow, 'id' | 'name' | 'anonymizedAt'>)[]): T[] {
  if (rows.every((r) => r.name !== undefined)) return [...rows];
  const byId = new Map(customers.map((c) => [c.id, c]));
  return rows.map((r) => {
    const c = byId.get(r.id);
    return r.name !== undefined || !c ? r : { ...r, name: summaryName(c) };
  });
}

/** Overdue figures of `openDues` as of `today` (due before today = overdue). */
export function figuresFromDues(openDues: readonly Due[], today: string) {
  let openCents = 0;
  let overdueCents = 0;
  let overdueCount = 0;
  let oldestOverdueDueDate: string | null = null;
  let nextDueDate: string | null = null;
  for (const [due, cents] of openDues) {
    openCents += cents;
    if (due < today) {
      overdueCents += cents;
      overdueCount++;
      if (oldestOverdueDueDate === null || due < oldestOverdueDueDate) oldestOverdueDueDate = due;
    } else if (nextDueDate === null || due < nextDueDate) nextDueDate = due;
  }
  return { openCents, overdueCents, overdueCount, oldestOverdueDueDate, nextDueDate, openCount: openDues.length };
}

/** The summary row's figures re-derived for another day (same openDues). */
export function summaryAsOf<T extends SummaryFigures>(s: T, today: string): T {
  if (s.asOf === today) return s;
  return { ...s, asOf: today, ...figuresFromDues(unpackDues(s.openDues), today) };
}

/** What one payment did to an installment, as the board needs it to replay the charges: the
 *  date, the principal paid, and the fine and interest paid or waived (each settles its part). */
export type DueEntry = Pick<LedgerEntry, 'on' | 'principalCents' | 'fineCents' | 'interestCents'>;

/** An open installment's due date and outstanding principal, with its ledger when a payment
 *  touched it (the board charges a partly paid installment from its ledger: the fine already
 *  paid is not charged again, and interest accrued on the larger principal before the payment
 *  is kept). */
export type Due = readonly [string, number] | readonly [string, number, readonly DueEntry[]];

/** A summary's openDues as stored: 'YYYY-MM-DD:cents' in due-date order, joined by ','; a
 *  partly paid installment is followed by its ledger, '@YYYY-MM-DD/principal/fine/interest' per
 *  entry. One string per row: the board reads ~5,000 summaries at once, and a string
 *  deserialises several times faster than arrays of pairs. */
export function packDues(dues: readonly Due[]): string {
  return dues.map(([due, cents, ledger]) => `${due}:${cents}${ledger ? ledger.map((e) => `@${e.on}/${e.principalCents}/${e.fineCents}/${e.interestCents}`).join('') : ''}`).join(',');
}

export function unpackDues(packed: string): Due[] {
  const out: Due[] = [];
  eachDue(packed, (due, cents, ledger) => out.push(ledger ? [due, cents, ledger] : [due, cents]));
  return out;
}

/** The entries of a packed ledger ('@date/p/f/i' repeated). */
function unpackLedger(packed: string): DueEntry[] {
  return packed
    .split('@')
    .slice(1)
    .map((e) => {
      const [on = '', p = '0', f = '0', i = '0'] = e.split('/');
      return { on, principalCents: Number(p), fineCents: Number(f), interestCents: Number(i) };
    });
}

/** Calls `fn` with each packed due in order, without building the pairs (the board reads
 *  ~20,000 of them on opening); the ledger only for the few partly paid installments. */
export function eachDue(packed: string, fn: (due: string, cents: number, ledger?: DueEntry[]) => void): void {
  const n = packed.length;
  let i = 0;
  while (i < n) {
    const due = packed.slice(i, i + 10);
    let cents = 0;
    let j = i + 11;
    for (; j < n; j++) {
      const d = packed.charCodeAt(j) - 48;
      if (d < 0 || d > 9) break; // the ',' before the next one, or the '@' of a ledger
      cents = cents * 10 + d;
    }
    if (j < n && packed.charCodeAt(j) === 64 /* @ */) {
      const end = packed.indexOf(',', j);
      const stop = end < 0 ? n : end;
      fn(due, cents, unpackLedger(packed.slice(j, stop)));
      j = stop;
    } else fn(due, cents);
    i = j + 1;
  }
}

/** Each open installment's due and outstanding principal, with its ledger when paid in part,
 *  in due-date order. */
export function openDuesOf(installments: readonly InstallmentRow[], payments: readonly PaymentRow[]): Due[] {
  // Entries in payment-id order, whoever calls (a payment just made comes last in receivePayment's
  // list, first by id on a machine whose clock ran behind): every writer packs the same string.
  const ledgers = payments.length > 0 ? ledgerByInstallment([...payments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) : null;
  const openDues: Due[] = [];
  for (const i of installments) {
    if (i.status !== 'open') continue;
    const entries = ledgers?.get(i.id);
    if (entries && entries.length > 0) {
      const ledger = entries.map((e) => ({ on: e.on, principalCents: e.principalCents, fineCents: e.fineCents + (e.waivedFineCents ?? 0), interestCents: e.interestCents + (e.waivedInterestCents ?? 0) }));
      openDues.push([i.dueDate, outstandingOf(i), ledger]);
    } else openDues.push([i.dueDate, outstandingOf(i)]);
  }
  openDues.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return openDues;
}

/** The stored form of openDues (rows written before it was packed held the pairs). */
const PACKED_DUE = String.raw`\d{4}-\d{2}-\d{2}:\d+(?:@\d{4}-\d{2}-\d{2}/\d+/\d+/\d+)*`;
export const PACKED_DUES = new RegExp(`^(?:${PACKED_DUE}(?:,${PACKED_DUE})*)?$`);

export function computeSummary(
  customerId: string,
  installments: readonly InstallmentRow[],
  tabSales: readonly SaleRow[],
  payments: readonly PaymentRow[],
  today: string,
): SummaryFigures {
  const openDues = openDuesOf(installments, payments);
  let tabOpenCents = 0;
  for (const s of tabSales) if (s.planKind === 'tab' && s.tabStatus === 'open') tabOpenCents += s.totalCents - s.downPaymentCents;
  let creditCents = 0;
  const reversed = new Set<string>();
  for (const p of payments) if (p.reversalOf) reversed.add(p.reversalOf);
  let lastPaymentDate: string | null = null;
  for (const p of payments) {
    creditCents += p.creditCents - p.creditUsedCents;
    if (!p.reversalOf && !reversed.has(p.id) && (lastPaymentDate === null || p.date > lastPaymentDate)) lastPaymentDate = p.date;
  }
  const oldestOpenDueDate = openDues[0]?.[0] ?? null;
  return { customerId, asOf: today, ...figuresFromDues(openDues, today), oldestOpenDueDate, tabOpenCents, lastPaymentDate, creditCents, openDues: packDues(openDues) };
}

/** Same figures? (metadata and asOf aside) */
export function sameSummary(a: SummaryFigures, b: SummaryFigures): boolean {
  const pick = (s: SummaryFigures) => JSON.stringify([s.openCents, s.overdueCents, s.oldestOverdueDueDate, s.oldestOpenDueDate, s.nextDueDate, s.openCount, s.overdueCount, s.tabOpenCents, s.lastPaymentDate, s.creditCents, s.openDues]);
  return pick(a) === pick(b);
}

/** Rows by their customer, in order. */
export function groupByCustomer<T extends { customerId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.customerId);
    if (list) list.push(r);
    else out.set(r.customerId, [r]);
  }
  return out;
}

/**
 * `summaries` with the ledgers of their partly paid open installments in openDues (rows written
 * before openDues carried them: the board charged the fine again on what was left), from the
 * customers' open installments and payments (those not given are left as they are). Rows that
 * do not change are returned as given.
 */
export function withDueLedgers<T extends Pick<SummaryRow, 'id' | 'openDues'>>(summaries: readonly T[], openInstallments: readonly InstallmentRow[], payments: readonly PaymentRow[]): T[] {
  const open = groupByCustomer(openInstallments.filter((i) => i.status === 'open'));
  const paid = groupByCustomer(payments);
  return summaries.map((s) => {
    const installments = open.get(s.id);
    const theirs = paid.get(s.id);
    if (!installments || !theirs) return s;
    const openDues = packDues(openDuesOf(installments, theirs));
    return openDues === s.openDues ? s : { ...s, openDues };
  });
}
