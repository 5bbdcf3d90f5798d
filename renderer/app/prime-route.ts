// The opening screen's data is read while its code loads and the app's frame renders.
import { readBoardData } from '../db/board-data';
import { primeBoard } from '../features/collections/prime';
import { primeToday, readToday } from '../features/home/useTodayList';
import { readEarly } from './db-open';

/** `path` is the hash route the app opened on ('/cobranca', '/'); `dbName` the shop's database.
 *  Both read on the page's warm-up connection when it is open (before Dexie's). */
export function primeRouteData(path: string, dbName: string, today: string): void {
  const route = path.split('?')[0] ?? '';
  if (route === '/cobranca') primeBoard(dbName, today, () => readEarly((idb) => readBoardData(idb, today)));
  else if (route === '/' || route === '') primeToday(dbName, today, () => readEarly((idb) => readToday(idb, today)));
}
