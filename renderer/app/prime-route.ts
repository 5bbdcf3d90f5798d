// The opening screen's data is read while its code loads and the app's frame renders: the
// early entry's read when it began (early-read.ts), else one on the page's warm-up connection
// when it is open (before Dexie's), else on Dexie's.
import { primeBoard } from '../features/collections/prime';
import { primeToday } from '../features/home/prime';
import { readEarly } from './db-open';
import { takeEarlyRead } from './early-reads';
import { openingRead } from './opening-read';
import type { BoardData } from '../db/board-data';
import type { TodayData } from '../features/home/today-read';

/** `path` is the hash route the app opened on ('/cobranca', '/'); `dbName` the shop's database. */
export function primeRouteData(path: string, dbName: string, today: string): void {
  const opening = openingRead(path);
  if (!opening) {
    takeEarlyRead('board', dbName, today); // none began; none may start now
    return;
  }
  if (opening.screen === 'board') {
    const early = takeEarlyRead<BoardData>('board', dbName, today);
    primeBoard(dbName, today, () => earlyOrOwn(early, (idb) => opening.read(idb, today)));
  } else {
    const early = takeEarlyRead<TodayData>('today', dbName, today);
    primeToday(dbName, today, () => earlyOrOwn(early, (idb) => opening.read(idb, today)));
  }
}

/** The early entry's result, or (none began, or it could not use the warm-up connection) a read
 *  of our own. */
async function earlyOrOwn<T>(early: Promise<T | null> | null, read: (idb: IDBDatabase) => Promise<T>): Promise<T> {
  return (early ? await early : null) ?? readEarly(read);
}
