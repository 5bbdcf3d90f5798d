// What came in, month by month (cash basis: a reversal counts, negative, in its own month).
import { monthOf } from './months';
import type { RPayment } from './types';

export interface PaymentFigures {
  principalCents: number;
  fineCents: number;
  interestCents: number;
  /** Charges forgiven (multa + juros abonados). */
  waivedCents: number;
  /** Overpayment kept as store credit. */
  creditCents: number;
  /** Store credit spent. */
  creditUsedCents: number;
  /** Money actually handed over, less change: principal + charges + credit kept - credit used. */
  receivedCents: number;
}

export function paymentFigures(p: RPayment): PaymentFigures {
  let principalCents = 0;
  let fineCents = 0;
  let interestCents = 0;
  let waivedCents = 0;
  for (const a of p.allocations) {
    principalCents += a.principalCents;
    fineCents += a.fineCents;
    interestCents += a.interestCents;
    waivedCents += a.waivedFineCents + a.waivedInterestCents;
  }
  return {
    principalCents,
    fineCents,
    interestCents,
    waivedCents,
    creditCents: p.creditCents,
    creditUsedCents: p.creditUsedCents,
    receivedCents: p.amountCents - p.changeCents,
  };
}

export interface MonthReceived extends PaymentFigures {
  month: string;
  /** Payment rows (reversal rows included). */
  payments: number;
  /** receivedCents by payment method. */
  byMethod: Record<string, number>;
}

function emptyMonth(month: string): MonthReceived {
  return { month, principalCents: 0, fineCents: 0, interestCents: 0, waivedCents: 0, creditCents: 0, creditUsedCents: 0, receivedCents: 0, payments: 0, byMethod: {} };
}

/** Totals per month for `months` (oldest first), counting payments dated up to `asOf`. */
export function receivedByMonth(payments: readonly RPayment[], months: readonly string[], asOf: string): MonthReceived[] {
  const rows = new Map(months.map((m) => [m, emptyMonth(m)]));
  for (const p of payments) {
    if (p.date > asOf) continue;
    const row = rows.get(monthOf(p.date));
    if (!row) continue;
    const f = paymentFigures(p);
    row.principalCents += f.principalCents;
    row.fineCents += f.fineCents;
    row.interestCents += f.interestCents;
    row.waivedCents += f.waivedCents;
    row.creditCents += f.creditCents;
    row.creditUsedCents += f.creditUsedCents;
    row.receivedCents += f.receivedCents;
    row.payments += 1;
    row.byMethod[p.method] = (row.byMethod[p.method] ?? 0) + f.receivedCents;
  }
  return months.map((m) => rows.get(m) ?? emptyMonth(m));
}

/** Sum of several months' figures. */
export function sumReceived(rows: readonly MonthReceived[]): MonthReceived {
  const total = emptyMonth('total');
  for (const r of rows) {
    total.principalCents += r.principalCents;
    total.fineCents += r.fineCents;
    total.interestCents += r.interestCents;
    total.waivedCents += r.waivedCents;
    total.creditCents += r.creditCents;
    total.creditUsedCents += r.creditUsedCents;
    total.receivedCents += r.receivedCents;
    total.payments += r.payments;
    for (const [k, v] of Object.entries(r.byMethod)) total.byMethod[k] = (total.byMethod[k] ?? 0) + v;
  }
  return total;
}
