import { DomainError } from '../errors';
import { assertNonNegativeCents, roundHalfUpDiv, toFraction, type Cents } from '../money/cents';
import { addDays, assertIsoDate, daysBetween, maxDate, type IsoDate } from '../dates/calendar';
import { nextBusinessDay } from '../dates/holidays';

/** How a shop charges for late payment. */
export interface ChargesPolicy {
  /** Late fine (multa), percent of the overdue principal, charged once. */
  finePercent: number;
  /** Late interest (juros de mora), percent a month, pro rata per calendar day (month = 30 days). */
  monthlyInterestPercent: number;
  /** Days after the due date during which nothing is charged (tolerância). */
  graceDays: number;
  /** The shop's own (municipal) holidays, 'YYYY-MM-DD'. */
  extraHolidays: readonly string[];
}

export const DEFAULT_CHARGES_POLICY: ChargesPolicy = {
  finePercent: 2,
  monthlyInterestPercent: 1,
  graceDays: 0,
  extraHolidays: [],
};

export interface LateChargesInput {
  principalCents: number;
  dueDate: string;
  on: string;
  finePercent: number;
  monthlyInterestPercent: number;
  graceDays?: number;
  extraHolidays?: readonly string[];
}

export interface LateCharges {
  daysLate: number;
  fineCents: Cents;
  interestCents: Cents;
  totalCents: Cents;
}

export function assertChargesPolicy(p: Pick<ChargesPolicy, 'finePercent' | 'monthlyInterestPercent'> & { graceDays?: number }): void {
  toFraction(p.finePercent, 'percentual da multa');
  toFraction(p.monthlyInterestPercent, 'percentual de juros');
  if (p.graceDays !== undefined && (!Number.isSafeInteger(p.graceDays) || p.graceDays < 0)) {
    throw new DomainError('invalid_policy', 'Os dias de tolerância devem ser um número inteiro maior ou igual a zero.', {
      graceDays: p.graceDays,
    });
  }
}

/**
 * The last day an installment due on `dueDate` can be paid without charges: the next
 * business day when it falls on a weekend or holiday, or the end of the grace period,
 * whichever is later.
 */
export function lastChargeFreeDay(dueDate: string, graceDays = 0, extraHolidays: readonly string[] = []): IsoDate {
  return maxDate(nextBusinessDay(dueDate, extraHolidays), addDays(dueDate, graceDays));
}

/** Fine: round-half-up(principal x finePercent / 100). */
export function fineFor(principalCents: number, finePercent: number): Cents {
  const p = toFraction(finePercent, 'percentual da multa');
  return roundHalfUpDiv(BigInt(principalCents) * p.num, p.den * 100n);
}

/**
 * Exact interest numerator for `principalDays` (sum of principal x days), as a fraction
 * over `interestDenominator`; callers round once at the end.
 */
export function interestNumerator(principalDays: bigint, monthlyInterestPercent: number): { num: bigint; den: bigint } {
  const r = toFraction(monthlyInterestPercent, 'percentual de juros');
  return { num: principalDays * r.num, den: r.den * 100n * 30n };
}

/** Simple daily interest: round-half-up(principal x monthly% / 100 / 30 x days). */
export function interestFor(principalCents: number, monthlyInterestPercent: number, days: number): Cents {
  const f = interestNumerator(BigInt(principalCents) * BigInt(days), monthlyInterestPercent);
  return roundHalfUpDiv(f.num, f.den);
}

/** Late charges for one installment paid (or valued) on `on`. */
export function lateCharges(i: LateChargesInput): LateCharges {
  assertNonNegativeCents(i.principalCents, 'valor da parcela');
  assertIsoDate(i.dueDate, 'vencimento');
  assertIsoDate(i.on, 'data de referência');
  const graceDays = i.graceDays ?? 0;
  assertChargesPolicy({ finePercent: i.finePercent, monthlyInterestPercent: i.monthlyInterestPercent, graceDays });
  const extra = i.extraHolidays ?? [];
  const none = { fineCents: 0, interestCents: 0, totalCents: i.principalCents };
  if (i.on <= nextBusinessDay(i.dueDate, extra)) return { daysLate: 0, ...none };
  const daysLate = daysBetween(i.dueDate, i.on);
  if (daysLate <= graceDays) return { daysLate, ...none };
  const fineCents = fineFor(i.principalCents, i.finePercent);
  const interestCents = interestFor(i.principalCents, i.monthlyInterestPercent, daysLate);
  return { daysLate, fineCents, interestCents, totalCents: i.principalCents + fineCents + interestCents };
}
