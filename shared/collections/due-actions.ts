import { addDays, assertIsoDate, type IsoDate } from '../dates/calendar';
import { stageById, type CollectionPolicy, type ContactChannel } from './policy';
import type { CustomerCollectionState } from './stage';

export interface DueActionCustomer extends CustomerCollectionState {
  customerId: string;
}

/** One step of the régua that became due for a customer. */
export interface DueAction {
  /** Stable identity of the step (customer, stage, debt): store it to never repeat the step. */
  key: string;
  customerId: string;
  stageId: string;
  stageName: string;
  action: string;
  channel: ContactChannel;
  templateId: string;
  /** The day the step became due. */
  dueOn: IsoDate;
  /** True when it became due before today (a missed day caught up). */
  caughtUp: boolean;
}

/**
 * Every step of the policy that became due in (lastRun, today] — missed days are caught up,
 * each step once. A step is due on oldestOpenDueDate + stage.fromDay. Customers with nothing
 * open, with an active agreement or a manual stage produce no automatic steps; paused ones
 * none while paused — when a pause ended inside the window, only the stage they are in at
 * that moment fires, the day after the pause. With `lastRun` null (first run) each customer
 * gets only the step of the stage they are in today.
 */
export function dueActions(
  policy: CollectionPolicy,
  customers: readonly DueActionCustomer[],
  lastRun: string | null,
  today: string,
): DueAction[] {
  assertIsoDate(today, 'hoje');
  if (lastRun !== null) assertIsoDate(lastRun, 'última execução');
  const out: { a: DueAction; order: number }[] = [];

  for (const c of customers) {
    const oldest = c.oldestOpenDueDate;
    if (!oldest || c.activeAgreement || stageById(policy, c.manualStageId)) continue;
    const paused = c.pausedUntil ?? null;
    if (paused && paused >= today) continue;

    const steps = policy.stages.map((s, order) => ({ s, order, on: addDays(oldest, s.fromDay) })).filter((x) => x.on <= today);
    const push = (x: (typeof steps)[number], dueOn: IsoDate): void => {
      out.push({
        order: x.order,
        a: {
          key: `${c.customerId}:${x.s.id}:${oldest}`,
          customerId: c.customerId,
          stageId: x.s.id,
          stageName: x.s.name,
          action: x.s.action,
          channel: x.s.channel,
          templateId: x.s.templateId,
          dueOn,
          caughtUp: dueOn < today,
        },
      });
    };

    if (lastRun === null) {
      const current = steps[steps.length - 1];
      if (current) push(current, paused && paused >= current.on ? addDays(paused, 1) : current.on);
      continue;
    }
    const pauseEndedInWindow = paused !== null && paused >= lastRun && paused < today;
    if (pauseEndedInWindow) {
      const duringPause = steps.filter((x) => x.on <= paused);
      const current = duringPause[duringPause.length - 1];
      if (current) push(current, addDays(paused, 1));
      for (const x of steps) if (x.on > paused && x.on > lastRun) push(x, x.on);
    } else {
      for (const x of steps) if (x.on > lastRun) push(x, x.on);
    }
  }

  return out
    .sort((p, q) =>
      p.a.dueOn !== q.a.dueOn
        ? p.a.dueOn < q.a.dueOn
          ? -1
          : 1
        : p.order !== q.order
          ? p.order - q.order
          : p.a.customerId < q.a.customerId
            ? -1
            : p.a.customerId > q.a.customerId
              ? 1
              : 0,
    )
    .map((x) => x.a);
}
