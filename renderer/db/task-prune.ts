// Which stored Today tasks are spent, so the daily run deletes them (one audit entry counts them
// by kind). Without this every step ever generated would be read again on each opening of
// Today, for years. A resolved task's outcome (done, skipped, put off) is already in the audit
// log from when it was resolved; a pending step carries no decision of the shop's.
import { addDays } from '@shared/dates/calendar';
import type { TaskState } from './task-record';
import { PROMISE_LOOKBACK_DAYS } from './board-today-inputs';

/** A pending or put-off régua step of a debt that changed is kept this long after it fell due:
 *  a reversed payment (or a change of the régua) can make it the customer's debt again, and
 *  the daily run only makes the steps that fall due after its last run. */
export const STALE_STEP_DAYS = 60;

/** What decides whether a task still matters, as read by the day's run. */
export interface TaskContext {
  /** The oldest open due date of each customer in reach of the régua. */
  oldestOpenDue: ReadonlyMap<string, string | null>;
  /** The date of each follow-up scheduled for today or earlier, by customer. */
  nextActionOn: ReadonlyMap<string, string>;
  /** Ids of the agreements still active. */
  activeAgreements: ReadonlySet<string>;
}

const resolved = (t: TaskState): boolean => t.status === 'done' || t.status === 'skipped';

export function isSpentTask(t: TaskState, ctx: TaskContext, today: string): boolean {
  switch (t.kind) {
    case 'stage': {
      // A step belongs to one debt (its oldest open installment). While that is the customer's
      // debt the step may show (or, resolved, hides it).
      if (t.stage && ctx.oldestOpenDue.get(t.customerId) === t.stage.oldestOpenDueDate) return false;
      // Done or skipped, it hides nothing any more: the day's run never makes a step again for
      // a day before its last run. Pending or put off, it could show again if that debt came
      // back, so it goes only once it is old.
      return resolved(t) || !t.stage || t.stage.dueOn < addDays(today, -STALE_STEP_DAYS);
    }
    case 'promise':
      // A promise shows up to PROMISE_LOOKBACK_DAYS after its date, and its task was last
      // touched on or after that date.
      return t.on < addDays(today, -PROMISE_LOOKBACK_DAYS);
    case 'next':
      // "next:<customer>:<date>": spent once the customer's follow-up is another one.
      return ctx.nextActionOn.get(t.customerId) !== t.key.split(':')[2];
    case 'agreement':
      // A broken agreement's notice (with info) is spent once done or skipped. The shop's answer
      // to an agreement at risk (no info) only hides that item while the agreement is active; a
      // fulfilled agreement made active again by a reversed payment shows it anew if it runs late.
      return t.info ? resolved(t) : !ctx.activeAgreements.has(t.key.slice('agreement:'.length));
  }
}
