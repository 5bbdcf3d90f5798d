// The shapes of the "Hoje" screen's inputs (read by board-today-inputs.ts) and the record of
// the day the régua last ran.
import type { DueActionCustomer } from '@shared/collections/due-actions';
import type { PromiseStatus } from '@shared/collections/promises';
import type { AgreementRow, CollectionRow, ContactRow } from './types';
import type { AppSettings } from './settings';

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
  settings: AppSettings;
}
