// A Today task as stored: meta row "task:<key>" (written by board-today.ts, read by Today's
// list in features/home/today-read.ts).
import type { ContactChannel } from '@shared/collections/policy';

export const TASK_PREFIX = 'task:';

/** The key of the notice item a held régua step shows as on Today (a stage after the notice
 *  waits for it): skipped or put off, that item is; the step keeps its own state. */
export const holdKey = (stepKey: string): string => `hold:${stepKey}`;
/** The step a notice item's key stands for (null when the key is not such an item's). */
export const heldStepKey = (key: string): string | null => (key.startsWith('hold:') ? key.slice('hold:'.length) : null);

export type TaskKind = 'stage' | 'promise' | 'next' | 'agreement';
export type TaskStatus = 'pending' | 'done' | 'skipped' | 'rescheduled';

export interface StageStep {
  stageId: string;
  stageName: string;
  action: string;
  channel: ContactChannel;
  templateId: string;
  dueOn: string;
  /** The debt the step belongs to: when it changes (paid), the step is obsolete. */
  oldestOpenDueDate: string;
}

/** What a task that is not a régua step says (e.g. an agreement broken by the daily run). */
export interface TaskInfo {
  title: string;
  detail: string;
}

export interface TaskState {
  key: string;
  kind: TaskKind;
  customerId: string;
  status: TaskStatus;
  /** When rescheduled: the day it shows again. */
  showOn: string | null;
  reason: string | null;
  /** Day of the last change. */
  on: string;
  stage: StageStep | null;
  info?: TaskInfo | null;
}
