// What came in, month by month (cash basis: a reversal counts, negative, in its own month).
import { monthOf } from './months';
import type { RPayment, RSale } from './types';

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
  /** Payments made that month and not reversed (a reversal moves the money back, in its own
   *  month, but is not a payment). */
  payments: number;
  /** Down payments (entradas) taken with the month's sales: in receivedCents and byMethod too. */
  downPaymentCents: number;
  /** receivedCents by payment method. */
  byMethod: Record<string, number>;
}

function emptyMonth(month: string): MonthReceived {
  return { month, principalCents: 0, fineCents: 0, interestCents: 0, waivedCents: 0, creditCents: 0, creditUsedCents: 0, receivedCents: 0, payments: 0, downPaymentCents: 0, byMethod: {} };
}

/** byMethod's key for the down payments taken with sales (their way of payment is not kept). */
export const DOWN_PAYMENT_METHOD = 'entrada';

/** Totals per month for `months` (oldest first), counting payments dated up to `asOf`, and the
 *  down payments (entradas) of the sales made by then (cancelled ones aside). */
export function receivedByMonth(payments: readonly RPayment[], months: readonly string[], asOf: string, sales: readonly Pick<RSale, 'date' | 'downPaymentCents' | 'status'>[] = []): MonthReceived[] {
  const rows = new Map(months.map((m) => [m, emptyMonth(m)]));
  const reversed = new Set(payments.flatMap((p) => (p.reversalOf ? [p.reversalOf] : [])));
  for (const s of sales) {
    if (s.downPaymentCents <= 0 || s.status === 'cancelled' || s.date > asOf) continue;
    const row = rows.get(monthOf(s.date));
    if (!row) continue;
    row.downPaymentCents += s.downPaymentCents;
    row.receivedCents += s.downPaymentCents;
    row.byMethod[DOWN_PAYMENT_METHOD] = (row.byMethod[DOWN_PAYMENT_METHOD] ?? 0) + s.downPaymentCents;
  }
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
    if (!p.reversalOf && !reversed.has(p.id)) row.payments += 1;
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
    total.downPaymentCents += r.downPaymentCents;
    for (const [k, v] of Object.entries(r.byMethod)) total.byMethod[k] = (total.byMethod[k] ?? 0) + v;
  }
  return total;
}
