import { DomainError } from '../errors';
import { assertCents, assertNonNegativeCents, roundHalfUpDiv, type Cents } from '../money/cents';
import { assertIsoDate, daysBetween, type IsoDate } from '../dates/calendar';
import { nextBusinessDay } from '../dates/holidays';
import { fineFor, interestNumerator, lastChargeFreeDay, type ChargesPolicy } from '../charges/late-charges';

/** One installment of a sale or agreement, as far as money is concerned. */
export interface InstallmentRef {
  id: string;
  dueDate: IsoDate;
  amountCents: Cents;
}

/** What one payment did to one installment (the rows `allocatePayment` returns). */
export interface AllocationAmounts {
  fineCents: Cents;
  interestCents: Cents;
  principalCents: Cents;
  waivedFineCents: Cents;
  waivedInterestCents: Cents;
}

/** An allocation as stored in the installment's ledger: amounts plus the payment date. */
export interface LedgerEntry extends Omit<AllocationAmounts, 'waivedFineCents' | 'waivedInterestCents'> {
  on: IsoDate;
  waivedFineCents?: Cents;
  waivedInterestCents?: Cents;
}

export type InstallmentStatus = 'open' | 'overdue' | 'paid';

/** The value of an installment as of one date, replayed from its ledger. */
export interface InstallmentState {
  installmentId: string;
  on: IsoDate;
  dueDate: IsoDate;
  status: InstallmentStatus;
  /** Calendar days since the due date while something is owed and the charge-free day passed; else 0. */
  daysLate: number;
  /** True when fine and interest apply (past the charge-free day with principal overdue). */
  chargesApply: boolean;
  principalCents: Cents;
  principalPaidCents: Cents;
  principalDueCents: Cents;
  fineCents: Cents;
  finePaidCents: Cents;
  fineWaivedCents: Cents;
  fineDueCents: Cents;
  interestCents: Cents;
  interestPaidCents: Cents;
  interestWaivedCents: Cents;
  interestDueCents: Cents;
  /** fineDue + interestDue */
  chargesDueCents: Cents;
  /** principalDue + fineDue + interestDue */
  totalDueCents: Cents;
  /** Money applied so far (fine + interest + principal paid). */
  paidCents: Cents;
  /** Date of the ledger entry that settled the installment, if settled by `on`. */
  settledOn: IsoDate | null;
}

function validateEntry(e: LedgerEntry): void {
  assertIsoDate(e.on, 'data do pagamento');
  assertNonNegativeCents(e.fineCents, 'multa paga');
  assertNonNegativeCents(e.interestCents, 'juros pagos');
  assertNonNegativeCents(e.principalCents, 'principal pago');
  assertNonNegativeCents(e.waivedFineCents ?? 0, 'multa abonada');
  assertNonNegativeCents(e.waivedInterestCents ?? 0, 'juros abonados');
}

/** Ledger entries in date order; entries on the same date keep their given order. */
export function sortLedger<T extends { on: string }>(entries: readonly T[]): T[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.on < b.e.on ? -1 : a.e.on > b.e.on ? 1 : a.i - b.i))
    .map((x) => x.e);
}

/**
 * Replays an installment's ledger up to `on` (inclusive) and tells what it is worth that day.
 *
 * Rules (Código Civil art. 354, CDC art. 52 §1):
 * - Nothing is charged while `on` is on or before the charge-free day (the next business day
 *   after a due date on a weekend/holiday, or the end of the grace period). Money paid by
 *   then reduces principal only.
 * - Once past it, the fine is assessed once on the principal still overdue at that moment.
 * - Interest is simple, pro rata per calendar day (monthly% / 30), accrued from the original
 *   due date on the principal outstanding between events; partial payments only lower the
 *   principal from their date on. Accrued interest is rounded half up once, cumulatively.
 * - Waivers cancel the fine/interest due at that moment; interest on any principal left keeps
 *   accruing afterwards.
 */
export function installmentStateOn(
  inst: InstallmentRef,
  allocations: readonly LedgerEntry[],
  on: string,
  policy: ChargesPolicy,
): InstallmentState {
  assertIsoDate(on, 'data de referência');
  assertIsoDate(inst.dueDate, 'vencimento');
  assertNonNegativeCents(inst.amountCents, 'valor da parcela');
  if (inst.id === '') throw new DomainError('invalid_argument', 'Parcela sem identificador.');
  allocations.forEach(validateEntry);

  const extra = policy.extraHolidays;
  const freeUntil = lastChargeFreeDay(inst.dueDate, policy.graceDays, extra);
  const entries = sortLedger(allocations.filter((e) => e.on <= on));

  let principalPaid = 0;
  let finePaid = 0;
  let fineWaived = 0;
  let interestPaid = 0;
  let interestWaived = 0;
  const apply = (e: LedgerEntry): void => {
    principalPaid += e.principalCents;
    finePaid += e.fineCents;
    interestPaid += e.interestCents;
    fineWaived += e.waivedFineCents ?? 0;
    interestWaived += e.waivedInterestCents ?? 0;
  };

  // Phase 1: entries on or before the charge-free day only lower the principal.
  const early = entries.filter((e) => e.on <= freeUntil);
  const late = entries.filter((e) => e.on > freeUntil);
  early.forEach(apply);
  const overdueBase = Math.max(0, inst.amountCents - principalPaid);
  const chargesApply = on > freeUntil && overdueBase > 0;

  let fine = 0;
  let interest = 0;
  if (chargesApply) {
    fine = fineFor(overdueBase, policy.finePercent);
    // Phase 2: accrue principal x days from the due date, changing principal at each entry.
    let principalDays = 0n;
    let from = inst.dueDate;
    for (const e of late) {
      principalDays += BigInt(Math.max(0, inst.amountCents - principalPaid)) * BigInt(daysBetween(from, e.on));
      from = e.on;
      apply(e);
    }
    principalDays += BigInt(Math.max(0, inst.amountCents - principalPaid)) * BigInt(daysBetween(from, on));
    const f = interestNumerator(principalDays, policy.monthlyInterestPercent);
    interest = roundHalfUpDiv(f.num, f.den);
  } else {
    late.forEach(apply);
  }

  const principalDue = Math.max(0, inst.amountCents - principalPaid);
  const fineDue = Math.max(0, fine - finePaid - fineWaived);
  const interestDue = Math.max(0, interest - interestPaid - interestWaived);
  const totalDue = principalDue + fineDue + interestDue;
  const lastEntry = entries[entries.length - 1];
  const settledOn = totalDue === 0 && lastEntry ? lastEntry.on : null;
  const pastDue = on > nextBusinessDay(inst.dueDate, extra);
  const status: InstallmentStatus = totalDue === 0 ? 'paid' : pastDue ? 'overdue' : 'open';

  return {
    installmentId: inst.id,
    on,
    dueDate: inst.dueDate,
    status,
    daysLate: totalDue > 0 && pastDue ? daysBetween(inst.dueDate, on) : 0,
    chargesApply,
    principalCents: inst.amountCents,
    principalPaidCents: principalPaid,
    principalDueCents: principalDue,
    fineCents: fine,
    finePaidCents: finePaid,
    fineWaivedCents: fineWaived,
    fineDueCents: fineDue,
    interestCents: interest,
    interestPaidCents: interestPaid,
    interestWaivedCents: interestWaived,
    interestDueCents: interestDue,
    chargesDueCents: fineDue + interestDue,
    totalDueCents: totalDue,
    paidCents: principalPaid + finePaid + interestPaid,
    settledOn,
  };
}

/** Sum of what is owed on `on` over several installments. */
export function totalDueOn(
  items: readonly (InstallmentRef & { allocations: readonly LedgerEntry[] })[],
  on: string,
  policy: ChargesPolicy,
): { principalCents: Cents; fineCents: Cents; interestCents: Cents; totalCents: Cents } {
  let principalCents = 0;
  let fineCents = 0;
  let interestCents = 0;
  for (const it of items) {
    const s = installmentStateOn(it, it.allocations, on, policy);
    principalCents += s.principalDueCents;
    fineCents += s.fineDueCents;
    interestCents += s.interestDueCents;
  }
  assertCents(principalCents + fineCents + interestCents);
  return { principalCents, fineCents, interestCents, totalCents: principalCents + fineCents + interestCents };
}
