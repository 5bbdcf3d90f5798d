// A receivable's life on the calendar, rebuilt from the rows so any past day can be asked:
// an installment is owed from its sale's date until it is replaced by a renegotiation, less
// the principal paid by that day. The principal paid by day D is the stored total
// (paidPrincipalCents, kept by every payment and reversal) less the payments dated after D,
// so the payments given must include every payment dated after the earliest day asked —
// a window, not the whole history. Cancelled sales never existed for the reports.
import type { RInstallment, ReportData } from './types';

export interface DebtLine {
  id: string;
  customerId: string;
  saleId: string;
  number: number;
  count: number;
  dueDate: string;
  amountCents: number;
  status: RInstallment['status'];
  /** Day the debt began (the sale or agreement date). */
  start: string;
  /** Day it was replaced by an agreement (no longer owed from then on), or null. */
  end: string | null;
  /** Principal paid to date (all payments and reversals). */
  paidNowCents: number;
  /** Principal of the known payments (negative for reversals) as parallel arrays, date order. */
  paidDates: string[];
  paidCents: number[];
}

const FAR_PAST = '0001-01-01';

/** Builds one line per non-cancelled installment. */
export function buildDebtLines(data: Pick<ReportData, 'sales' | 'installments' | 'payments' | 'agreements'>): DebtLine[] {
  const saleDate = new Map<string, string>();
  for (const s of data.sales) saleDate.set(s.id, s.date);
  const agreementDate = new Map<string, string>();
  for (const a of data.agreements) agreementDate.set(a.id, a.date);

  const events = new Map<string, [string, number][]>();
  for (const p of data.payments) {
    for (const a of p.allocations) {
      if (a.principalCents === 0) continue;
      let list = events.get(a.installmentId);
      if (!list) {
        list = [];
        events.set(a.installmentId, list);
      }
      list.push([p.date, a.principalCents]);
    }
  }

  const lines: DebtLine[] = [];
  for (const i of data.installments) {
    if (i.status === 'cancelled') continue;
    const start = saleDate.get(i.saleId) ?? FAR_PAST;
    let end: string | null = null;
    if (i.status === 'renegotiated') end = (i.renegotiatedBy ? agreementDate.get(i.renegotiatedBy) : undefined) ?? start;
    const ev = events.get(i.id) ?? [];
    if (ev.length > 1) ev.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    lines.push({
      id: i.id,
      customerId: i.customerId,
      saleId: i.saleId,
      number: i.number,
      count: i.count,
      dueDate: i.dueDate,
      amountCents: i.amountCents,
      status: i.status,
      start,
      end,
      paidNowCents: i.paidPrincipalCents,
      paidDates: ev.map((e) => e[0]),
      paidCents: ev.map((e) => e[1]),
    });
  }
  return lines;
}

/** Principal paid on the line up to and including `date`. */
export function paidUpTo(line: DebtLine, date: string): number {
  let later = 0;
  for (let k = line.paidDates.length - 1; k >= 0; k--) {
    if ((line.paidDates[k] ?? '') <= date) break;
    later += line.paidCents[k] ?? 0;
  }
  return line.paidNowCents - later;
}

/** Outstanding principal of the line at the end of `date` (0 when not owed that day). */
export function outstandingAt(line: DebtLine, date: string): number {
  if (line.start > date) return 0;
  if (line.end !== null && line.end <= date) return 0;
  return line.amountCents - paidUpTo(line, date);
}

/** Lines of the customers kept by `keep` (all when keep is null). */
export function filterLines(lines: readonly DebtLine[], keep: ReadonlySet<string> | null): readonly DebtLine[] {
  return keep ? lines.filter((l) => keep.has(l.customerId)) : lines;
}
