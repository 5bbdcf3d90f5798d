// Which stored Today tasks are spent: they can no longer show an item nor hide one, whatever
// happens next, so the daily run deletes them (one audit entry counts them; each one's outcome
// is already in the audit log from when it was done, skipped or put off). Without this every
// step ever generated would be read again on each opening of Today, for years.
import { addDays } from '@shared/dates/calendar';
import type { TaskState } from './task-record';
import { PROMISE_LOOKBACK_DAYS } from './board-today-inputs';

/** What decides whether a task still matters, as read by the day's run. */
export interface TaskContext {
  /** The oldest open due date of each customer in reach of the régua. */
  oldestOpenDue: ReadonlyMap<string, string | null>;
  /** The date of each follow-up scheduled for today or earlier, by customer. */
  nextActionOn: ReadonlyMap<string, string>;
  /** Ids of the agreements still active. */
  activeAgreements: ReadonlySet<string>;
}

export function isSpentTask(t: TaskState, ctx: TaskContext, today: string): boolean {
  switch (t.kind) {
    case 'stage':
      // A step belongs to one debt (its oldest open installment): once that changes (paid,
      // renegotiated) the step never shows again. A customer out of reach has no such debt:
      // the reach only moves forward with the days.
      return !t.stage || ctx.oldestOpenDue.get(t.customerId) !== t.stage.oldestOpenDueDate;
    case 'promise':
      // A promise shows up to PROMISE_LOOKBACK_DAYS after its date, and its task was last
      // touched on or after that date.
      return t.on < addDays(today, -PROMISE_LOOKBACK_DAYS);
    case 'next':
      // "next:<customer>:<date>": spent once the customer's follow-up is another one.
      return ctx.nextActionOn.get(t.customerId) !== t.key.split(':')[2];
    case 'agreement':
      // Done or skipped: it only hides the agreement's item while the agreement is active.
      // Pending or put off, it is an item still to show.
      return (t.status === 'done' || t.status === 'skipped') && !ctx.activeAgreements.has(t.key.slice('agreement:'.length));
  }
}
