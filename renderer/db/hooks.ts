// Live (useLiveQuery) hooks for the screens: thin wrappers over queries.ts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CadernetaDB } from './schema';
import type { CustomerRow } from './types';
import { boardRows, customerDetail, openInstallments, searchCustomers, todayActions, type BoardRow, type CustomerDetail, type InstallmentValue } from './queries';
import { getSettings, type AppSettings } from './settings';

export function useCustomerSearch(db: CadernetaDB, text: string): CustomerRow[] | undefined {
  return useLiveQuery(() => searchCustomers(db, text), [db, text]);
}

/** undefined while loading, null when the customer does not exist. */
export function useCustomerDetail(db: CadernetaDB, id: string, today: string): CustomerDetail | null | undefined {
  return useLiveQuery(() => customerDetail(db, id, today), [db, id, today]);
}

export function useOpenInstallments(db: CadernetaDB, customerId: string, today: string): InstallmentValue[] | undefined {
  return useLiveQuery(() => openInstallments(db, customerId, today), [db, customerId, today]);
}

export function useBoardRows(db: CadernetaDB, today: string): BoardRow[] | undefined {
  return useLiveQuery(() => boardRows(db, today), [db, today]);
}

export function useTodayActions(db: CadernetaDB, today: string): Awaited<ReturnType<typeof todayActions>> | undefined {
  return useLiveQuery(() => todayActions(db, today), [db, today]);
}

export function useSettings(db: CadernetaDB): AppSettings | undefined {
  return useLiveQuery(() => getSettings(db), [db]);
}
