import { daysBetween, type IsoDate } from '../dates/calendar';
import {
  DEFAULT_POLICY,
  LANE_AGREEMENT,
  LANE_PAUSED,
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

/** True when the stage is 'suspenso' or later in the policy (no new credit sales). */
export function isCreditSuspended(stageId: string | null | undefined, policy: CollectionPolicy = DEFAULT_POLICY): boolean {
  const suspended = stageIndex(policy, 'suspenso');
  const i = stageIndex(policy, stageId);
  return suspended >= 0 && i >= suspended;
}
