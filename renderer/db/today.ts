// The shapes of the "Hoje" screen's inputs (read by board-today-inputs.ts) and the key of the
// meta row that keeps the day the régua last ran (written by board-today.ts).
import type { DueActionCustomer } from '@shared/collections/due-actions';
import type { PromiseStatus } from '@shared/collections/promises';
import type { AgreementRow, CollectionRow, ContactRow } from './types';
import type { AppSettings } from './settings-read';

export const LAST_RUN_KEY = 'lastRun';

export interface PromiseDue {
  contact: ContactRow;
  status: PromiseStatus;
  paidCentsSince: number;
}

export interface TodayInputs {
  lastRun: string | null;
  customers: DueActionCustomer[];
  promises: PromiseDue[];
  nextActions: CollectionRow[];
  agreementsAtRisk: AgreementRow[];
  /** Ids of every active agreement. */
  activeAgreementIds: string[];
  settings: AppSettings;
}
