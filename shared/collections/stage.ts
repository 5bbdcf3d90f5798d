import { daysBetween, type IsoDate } from '../dates/calendar';
import { checkNegativacao } from '../guards/negativacao';
import {
  DEFAULT_POLICY,
  LANE_AGREEMENT,
  LANE_PAUSED,
  nextStage,
  stageById,
  stageIndex,
  type CollectionPolicy,
  type CollectionStage,
} from './policy';

/** What the board needs to know about a customer to place them. */
export interface CustomerCollectionState {
  /** Due date of the oldest open installment; null when nothing is open. */
  oldestOpenDueDate: IsoDate | null;
  /** Stage chosen by hand (drag on the board); kept until the debt is paid or it is lifted. */
  manualStageId?: string | null;
  /** Collection paused through this date (inclusive). */
  pausedUntil?: IsoDate | null;
  /** An agreement (acordo) is active and not broken. */
  activeAgreement?: boolean;
}

export type BoardLane = 'stage' | typeof LANE_PAUSED | typeof LANE_AGREEMENT | 'em_dia';

export interface StagePlacement {
  /** Where the card goes: a stage column, a special lane, or nowhere ('em_dia'). */
  lane: BoardLane;
  /** The stage column (lane 'stage'); null otherwise. */
  stageId: string | null;
  stage: CollectionStage | null;
  /** The stage the days late alone would give (also for paused / agreement customers). */
  computedStageId: string | null;
  /** Days late of the oldest open installment (negative before its due date); null when nothing is open. */
  daysLate: number | null;
  manual: boolean;
}

/** The stage for a number of days late: the last stage whose fromDay <= daysLate. */
export function stageForDaysLate(policy: CollectionPolicy, daysLate: number): CollectionStage | null {
  let found: CollectionStage | null = null;
  for (const s of policy.stages) if (s.fromDay <= daysLate) found = s;
  return found;
}

/**
 * Places a customer on the board. Priority: nothing open -> 'em_dia' (a manual stage lapses
 * once the debt is paid); paused through a date -> 'pausado'; active agreement ->
 * 'em_acordo'; manual stage; otherwise the stage of the oldest open installment's days late
 * (before the first stage's fromDay -> 'em_dia').
 */
export function stageOf(customer: CustomerCollectionState, policy: CollectionPolicy, today: string): StagePlacement {
  if (!customer.oldestOpenDueDate) {
    return { lane: 'em_dia', stageId: null, stage: null, computedStageId: null, daysLate: null, manual: false };
  }
  const daysLate = daysBetween(customer.oldestOpenDueDate, today);
  const computed = stageForDaysLate(policy, daysLate);
  const base = { computedStageId: computed?.id ?? null, daysLate };
  if (customer.pausedUntil && today <= customer.pausedUntil) {
    return { lane: LANE_PAUSED, stageId: null, stage: null, manual: false, ...base };
  }
  if (customer.activeAgreement) {
    return { lane: LANE_AGREEMENT, stageId: null, stage: null, manual: false, ...base };
  }
  const manual = stageById(policy, customer.manualStageId);
  if (manual) return { lane: 'stage', stageId: manual.id, stage: manual, manual: true, ...base };
  if (!computed) return { lane: 'em_dia', stageId: null, stage: null, manual: false, ...base };
  return { lane: 'stage', stageId: computed.id, stage: computed, manual: false, ...base };
}

/** The stage whose letter is the prior written notice of negativação (CDC art. 43 §2). */
export const NOTICE_STAGE_ID = 'suspenso';

/** Stages after the notice stage: a customer enters them only once the written notice was sent
 *  at least `negativacaoNoticeDays` before. */
export function stagesNeedingNotice(policy: CollectionPolicy, noticeStageId = NOTICE_STAGE_ID): Set<string> {
  const i = stageIndex(policy, noticeStageId);
  return new Set(i < 0 ? [] : policy.stages.slice(i + 1).map((s) => s.id));
}

/** A customer's collection state with what moves them beyond the days late. */
export interface CollectionStanding extends CustomerCollectionState {
  /** The newest promise to pay was broken: one stage on (a stage chosen by hand stays). */
  promiseBroken?: boolean;
  /** Day the prior written notice of negativação was sent, if it was. */
  noticeSentOn?: IsoDate | null;
}

export interface StandingPlacement extends StagePlacement {
  /** Moved one stage on by a broken promise. */
  promiseBump: boolean;
  /** Why the customer is held in the notice stage (a later stage needs the notice first). */
  heldForNotice: string | null;
}

/** The written notice a stage waits for: null when `stageId` needs none (it is not after the
 *  notice stage, or the policy has no notice stage); else the notice stage and the notice's check
 *  (allowed, or why not and from when). */
export function noticeGate(stageId: string, noticeSentOn: IsoDate | null | undefined, policy: CollectionPolicy, today: string, noticeStageId = NOTICE_STAGE_ID): { notice: CollectionStage; check: ReturnType<typeof checkNegativacao> } | null {
  const notice = stageById(policy, noticeStageId);
  if (!notice || !stagesNeedingNotice(policy, noticeStageId).has(stageId)) return null;
  return { notice, check: checkNegativacao(noticeSentOn, today, policy.negativacaoNoticeDays) };
}

/**
 * The one rule for a customer's stage, on every screen (board, customer list and page, credit
 * gate, Today's templates): stageOf, then a broken promise moves an automatic stage one on, and
 * an automatic stage after the notice stage waits in the notice stage until the written notice
 * is old enough (CDC art. 43 §2). A stage chosen by hand is kept as chosen (moving there by hand
 * asks for the notice itself).
 */
export function standingOf(customer: CollectionStanding, policy: CollectionPolicy, today: string, noticeStageId = NOTICE_STAGE_ID): StandingPlacement {
  const place = stageOf(customer, policy, today);
  if (place.lane !== 'stage' || place.manual || !place.stage) return { ...place, promiseBump: false, heldForNotice: null };
  let stage: CollectionStage = place.stage;
  const promiseBump = customer.promiseBroken === true;
  if (promiseBump) stage = nextStage(policy, stage.id) ?? stage;
  let heldForNotice: string | null = null;
  const gate = noticeGate(stage.id, customer.noticeSentOn, policy, today, noticeStageId);
  if (gate && !gate.check.allowed) {
    heldForNotice = gate.check.reason;
    stage = gate.notice;
  }
  return { ...place, stageId: stage.id, stage, promiseBump, heldForNotice };
}

/** True when the stage is 'suspenso' or later in the policy (no new credit sales). */
export function isCreditSuspended(stageId: string | null | undefined, policy: CollectionPolicy = DEFAULT_POLICY): boolean {
  const suspended = stageIndex(policy, 'suspenso');
  const i = stageIndex(policy, stageId);
  return suspended >= 0 && i >= suspended;
}
