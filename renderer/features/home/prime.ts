// Today's read started at app start (kept apart from useTodayList so the app's first chunk does
// not carry the screen's hooks).
import { primeTablesQuery } from '../../db/use-tables-query';
import { TODAY_STORES, todayPrimeKey, type TodayData } from './today-read';

/** Starts Today's read at app start when the app opens on Início. */
export function primeToday(dbName: string, today: string, read: () => Promise<TodayData>): void {
  primeTablesQuery(todayPrimeKey(dbName, today), dbName, TODAY_STORES, read);
}
