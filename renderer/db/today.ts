// The shapes of the "Hoje" screen's inputs (read by board-today-inputs.ts) and the record of
// the day the régua last ran.
import type { DueActionCustomer } from '@shared/collections/due-actions';
import type { PromiseStatus } from '@shared/collections/promises';
import type { CadernetaDB } from './schema';
import type { AgreementRow, CollectionRow, ContactRow } from './types';
import type { AppSettings } from './settings';
import { nowIso } from './ids';

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

export async function markTodayRun(db: CadernetaDB, today: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(LAST_RUN_KEY);
    const at = nowIso();
    await db.meta.put({ id: LAST_RUN_KEY, value: today, createdAt: row?.createdAt ?? at, updatedAt: at, deviceId: db.device.deviceId });
  });
}
