// Live (useLiveQuery) hooks for the screens: thin wrappers over queries.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CadernetaDB } from './schema';
import { customerDetail, openInstallments, type CustomerDetail, type InstallmentValue } from './queries';
import { getSettings, type AppSettings } from './settings';

/** undefined while loading, null when the customer does not exist. */
export function useCustomerDetail(db: CadernetaDB, id: string, today: string): CustomerDetail | null | undefined {
  return useLiveQuery(() => customerDetail(db, id, today), [db, id, today]);
}

export function useOpenInstallments(db: CadernetaDB, customerId: string, today: string): InstallmentValue[] | undefined {
  return useLiveQuery(() => openInstallments(db, customerId, today), [db, customerId, today]);
}

export function useSettings(db: CadernetaDB): AppSettings | undefined {
  return useLiveQuery(() => getSettings(db), [db]);
}
