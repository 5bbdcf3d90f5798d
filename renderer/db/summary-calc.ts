// Pure computation of the per-customer collection summary (no Dexie), shared by the
// repositories, the bulk loader and the invariant checker.
import type { CustomerRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from './types';

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

/** An open installment's due date and outstanding principal. */
export type Due = readonly [string, number];

/** A summary's openDues as stored: 'YYYY-MM-DD:cents' in due-date order, joined by ','. One
 *  string per row: the board reads ~5,000 summaries at once, and a string deserialises several
 *  times faster than arrays of pairs. */
export function packDues(dues: readonly Due[]): string {
  return dues.map(([due, cents]) => `${due}:${cents}`).join(',');
}

export function unpackDues(packed: string): [string, number][] {
  const out: [string, number][] = [];
  eachDue(packed, (due, cents) => out.push([due, cents]));
  return out;
}

/** Calls `fn` with each packed due in order, without building the pairs (the board reads
 *  ~20,000 of them on opening). */
export function eachDue(packed: string, fn: (due: string, cents: number) => void): void {
  const n = packed.length;
  let i = 0;
  while (i < n) {
    const due = packed.slice(i, i + 10);
    let cents = 0;
    let j = i + 11;
    for (; j < n; j++) {
      const d = packed.charCodeAt(j) - 48;
      if (d < 0 || d > 9) break; // the ',' before the next one
      cents = cents * 10 + d;
    }
    fn(due, cents);
    i = j + 1;
  }
}

/** The stored form of openDues (rows written before it was packed held the pairs). */
export const PACKED_DUES = /^(?:\d{4}-\d{2}-\d{2}:\d+(?:,\d{4}-\d{2}-\d{2}:\d+)*)?$/;

export function computeSummary(
  customerId: string,
  installments: readonly InstallmentRow[],
  tabSales: readonly SaleRow[],
  payments: readonly PaymentRow[],
  today: string,
): SummaryFigures {
  const openDues: [string, number][] = [];
  for (const i of installments) {
    if (i.status !== 'open') continue;
    openDues.push([i.dueDate, outstandingOf(i)]);
  }
  openDues.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
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
