// Pure view model of the collection board: one card per customer with something open, placed
// in a stage column or in the "Em acordo" / "Pausado" lanes, with the legal guards applied.
// Plain data in, plain data out (no React, no Dexie), so it is fast to test and to run on
// 10,000 customers.
import { fineFor, interestFor, lateCharges, type ChargesPolicy } from '@shared/charges/late-charges';
import { toFraction } from '@shared/money/cents';
import { installmentStateOn } from '@shared/ledger/installment-state';
import { eachDue, type Due, type DueEntry } from '../../../db/summary-calc';
import { nextBusinessDay } from '@shared/dates/holidays';
import { addDays, daysBetween } from '@shared/dates/calendar';
import { LANE_AGREEMENT, LANE_PAUSED, type CollectionPolicy } from '@shared/collections/policy';
import { standingOf } from '@shared/collections/stage';
import { promiseStatus } from '@shared/collections/promises';
import { isPrescribed, prescribesOn, prescribesSoon } from '@shared/guards/prescription';
import { juizadoFit, type JuizadoFit } from '@shared/guards/juizado';

/** Everything the board needs about one customer (one row per summary). */
export interface BoardSource {
  customerId: string;
  name: string;
  /** Open dues in due-date order (outstanding principal, with the ledger of a partly paid
   *  installment): packed as the summary row keeps them, or as tuples. */
  openDues: string | readonly Due[];
  manualStageId: string | null;
  overrideReason: string | null;
  pausedUntil: string | null;
  pauseReason: string | null;
  responsible: string | null;
  nextAction: { date: string; text: string } | null;
  activeAgreement: boolean;
  lastContact: { date: string; channel: string; outcome: string } | null;
  /** The newest promise to pay, with the money received since it was made. */
  promise: { promisedOn: string; amountCents: number; paidCentsSince: number } | null;
  /** Date the written notice before negativação (CDC art. 43 §2) was sent, if recorded. */
  noticeSentOn: string | null;
  /** Date of a signed acknowledgment (agreement term) that restarted prescription, if any. */
  acknowledgedOn: string | null;
}

export interface BoardContext {
  policy: CollectionPolicy;
  charges: ChargesPolicy;
  minimumWageCents: number;
  today: string;
  /** The stage whose letter is the prior notice of negativação; stages after it require it. */
  noticeStageId?: string;
  /** Days before prescription when the badge shows (default 180). */
  prescriptionWarnDays?: number;
}

export type ColumnId = string;

export interface BoardCard {
  customerId: string;
  name: string;
  column: ColumnId;
  /** The stage the days late alone would give (also for lanes). */
  computedStageId: string | null;
  manual: boolean;
  /** Moved one stage on because the newest promise to pay was broken. */
  promiseBump: boolean;
  overrideReason: string | null;
  /** Days late of the oldest open installment (negative before it falls due). */
  daysLate: number;
  /** Overdue principal (not prescribed). */
  overduePrincipalCents: number;
  /** Overdue principal + fine + interest as of today (what the card shows). */
  overdueCents: number;
  /** Open principal including what is not due yet. */
  openCents: number;
  /** The next installment not yet due (for "A vencer" cards). */
  nextDue: { date: string; cents: number } | null;
  pausedUntil: string | null;
  pauseReason: string | null;
  responsible: string | null;
  nextAction: { date: string; text: string } | null;
  lastContact: BoardSource['lastContact'];
  promise: { date: string; amountCents: number; broken: boolean; kept: boolean } | null;
  prescribesOn: string | null;
  juizado: JuizadoFit | null;
  /** Held in the notice stage: the later stage needs the written notice first. */
  heldForNotice: string | null;
  noticeSentOn: string | null;
}

export interface BoardResult {
  cards: BoardCard[];
  /** Customers whose every open debt has prescribed: off the board, with a note. */
  prescribed: { customerId: string; name: string; cents: number; since: string }[];
}

/** The columns of the board: the policy's stages, then the two lanes. */
export function boardColumns(policy: CollectionPolicy): { id: ColumnId; name: string; stage: boolean }[] {
  return [
    ...policy.stages.map((s) => ({ id: s.id, name: s.name, stage: true })),
    { id: LANE_AGREEMENT, name: 'Em acordo', stage: false },
    { id: LANE_PAUSED, name: 'Pausado', stage: false },
  ];
}

/**
 * Principal + fine + interest of one overdue amount today. Same rules as lateCharges
 * (nothing up to the next business day or within the grace days), with the per-due-date
 * part (holidays, days late) computed once per date: 10,000 customers share few dates.
 * A partly paid installment (its ledger given) is replayed as the customer's page does it
 * (installmentStateOn): the fine paid is not charged again, and the interest accrued on the
 * principal before each payment is kept.
 */
export function chargesCalculator(ctx: Pick<BoardContext, 'charges' | 'today'>): (cents: number, dueDate: string, ledger?: readonly DueEntry[]) => number {
  const c = ctx.charges;
  const byDate = new Map<string, number>();
  // fineFor and interestFor compute in BigInt; the board's amounts fit safe integers, where the
  // same round-half-up division is exact in plain numbers (5,000 cards, each several dues).
  const fine = toFraction(c.finePercent, 'percentual da multa');
  const rate = toFraction(c.monthlyInterestPercent, 'percentual de juros');
  const fineNum = Number(fine.num);
  const fineDen = Number(fine.den) * 100;
  const rateNum = Number(rate.num);
  const rateDen = Number(rate.den) * 100 * 30;
  const fast = (cents: number, days: number): number | null => {
    const f = cents * fineNum;
    const i = cents * days * rateNum;
    if (!(cents >= 0 && f <= SAFE_OPERAND && i <= SAFE_OPERAND && fineDen <= SAFE_OPERAND && rateDen <= SAFE_OPERAND)) return null;
    return cents + roundHalfUpDivSafe(f, fineDen) + roundHalfUpDivSafe(i, rateDen);
  };
  return (cents, dueDate, ledger) => {
    if (ledger && ledger.length > 0) {
      const amountCents = ledger.reduce((sum, e) => sum + e.principalCents, cents);
      return installmentStateOn({ id: dueDate, dueDate, amountCents }, ledger, ctx.today, c).totalDueCents;
    }
    let days = byDate.get(dueDate);
    if (days === undefined) {
      const probe = lateCharges({ principalCents: 0, dueDate, on: ctx.today, finePercent: c.finePercent, monthlyInterestPercent: c.monthlyInterestPercent, graceDays: c.graceDays, extraHolidays: c.extraHolidays });
      const late = ctx.today > nextBusinessDay(dueDate, c.extraHolidays) && probe.daysLate > c.graceDays;
      days = late ? probe.daysLate : 0;
      byDate.set(dueDate, days);
    }
    return days === 0 ? cents : (fast(cents, days) ?? cents + fineFor(cents, c.finePercent) + interestFor(cents, c.monthlyInterestPercent, days));
  };
}

/** Operands up to this keep 2 x num + den a safe integer. */
const SAFE_OPERAND = Math.floor(Number.MAX_SAFE_INTEGER / 4);

/** roundHalfUpDiv for non-negative safe integers num, den (den > 0), in plain numbers. */
export function roundHalfUpDivSafe(num: number, den: number): number {
  const n = 2 * num + den;
  const d = 2 * den;
  let q = Math.floor(n / d);
  // The float division may land one off an exact boundary: settle it with integer products.
  if (q * d > n) q--;
  else if ((q + 1) * d <= n) q++;
  return q;
}

/** Due dates before this one may be near prescription (5 years minus the warning, with margin);
 *  later ones are neither prescribed nor close, so the date math is skipped for them. */
export function prescriptionHorizon(ctx: Pick<BoardContext, 'today' | 'prescriptionWarnDays'>): string {
  return addDays(ctx.today, -(5 * 365 - (ctx.prescriptionWarnDays ?? 180) - 10));
}

/** Builds one card, or a prescription note, or null when the customer is not on the board. */
export function buildCard(
  s: BoardSource,
  ctx: BoardContext,
  chargesOf: (cents: number, dueDate: string, ledger?: readonly DueEntry[]) => number = chargesCalculator(ctx),
  oldEnough: string = prescriptionHorizon(ctx),
): { card: BoardCard } | { prescribed: BoardResult['prescribed'][number] } | null {
  const { today } = ctx;
  let overduePrincipal = 0;
  let overdue = 0;
  let open = 0;
  let prescribedCents = 0;
  // (Assigned in `take` below: typed with `as` so the checks after it are not narrowed to null.)
  let oldestLive = null as string | null;
  let oldestPrescribed = null as string | null;
  let nextDue = null as BoardCard['nextDue'];
  const take = (due: string, cents: number, ledger?: readonly DueEntry[]): void => {
    if (cents <= 0) return;
    if (due < oldEnough && isPrescribed(due, today, s.acknowledgedOn)) {
      prescribedCents += cents;
      oldestPrescribed ??= due;
      return;
    }
    oldestLive ??= due;
    open += cents;
    if (due < today) {
      overduePrincipal += cents;
      overdue += chargesOf(cents, due, ledger);
    } else if (!nextDue) nextDue = { date: due, cents };
  };
  if (typeof s.openDues === 'string') eachDue(s.openDues, take);
  else for (const [due, cents, ledger] of s.openDues) take(due, cents, ledger);
  if (!oldestLive) {
    if (prescribedCents > 0 && oldestPrescribed) {
      return { prescribed: { customerId: s.customerId, name: s.name, cents: prescribedCents, since: prescribesOn(oldestPrescribed, s.acknowledgedOn) } };
    }
    return null;
  }
  const promise = s.promise
    ? (() => {
        const st = promiseStatus({ promisedOn: s.promise.promisedOn, amountCents: s.promise.amountCents }, s.promise.paidCentsSince, today);
        return { date: s.promise.promisedOn, amountCents: s.promise.amountCents, broken: st === 'quebrada', kept: st === 'cumprida' };
      })()
    : null;
  const place = standingOf(
    {
      oldestOpenDueDate: oldestLive,
      manualStageId: s.manualStageId,
      pausedUntil: s.pausedUntil,
      activeAgreement: s.activeAgreement,
      promiseBroken: promise?.broken === true,
      noticeSentOn: s.noticeSentOn,
    },
    ctx.policy,
    today,
    ctx.noticeStageId,
  );
  if (place.lane === 'em_dia') return null;
  const column: ColumnId = place.lane === 'stage' ? (place.stageId ?? '') : place.lane;
  const lastStage = ctx.policy.stages[ctx.policy.stages.length - 1];
  const soon = oldestLive < oldEnough && prescribesSoon(oldestLive, today, ctx.prescriptionWarnDays ?? 180, s.acknowledgedOn);
  return {
    card: {
      customerId: s.customerId,
      name: s.name,
      column,
      computedStageId: place.computedStageId,
      manual: place.manual,
      promiseBump: place.promiseBump,
      overrideReason: place.manual ? s.overrideReason : null,
      daysLate: daysBetween(oldestLive, today),
      overduePrincipalCents: overduePrincipal,
      overdueCents: overdue,
      openCents: open,
      nextDue,
      pausedUntil: place.lane === LANE_PAUSED ? s.pausedUntil : null,
      pauseReason: place.lane === LANE_PAUSED ? s.pauseReason : null,
      responsible: s.responsible,
      nextAction: s.nextAction,
      lastContact: s.lastContact,
      promise,
      prescribesOn: soon ? prescribesOn(oldestLive, s.acknowledgedOn) : null,
      juizado: lastStage && column === lastStage.id ? juizadoFit(overdue, ctx.minimumWageCents).fit : null,
      heldForNotice: place.heldForNotice,
      noticeSentOn: s.noticeSentOn,
    },
  };
}

/** Cards for every source row, most days late first within a column. */
export function buildBoard(sources: readonly BoardSource[], ctx: BoardContext): BoardResult {
  const charges = chargesCalculator(ctx);
  const horizon = prescriptionHorizon(ctx);
  const cards: BoardCard[] = [];
  const prescribed: BoardResult['prescribed'] = [];
  for (const s of sources) {
    const r = buildCard(s, ctx, charges, horizon);
    if (!r) continue;
    if ('card' in r) cards.push(r.card);
    else prescribed.push(r.prescribed);
  }
  cards.sort((a, b) => b.daysLate - a.daysLate || b.overdueCents - a.overdueCents || (a.name < b.name ? -1 : 1));
  return { cards, prescribed };
}
