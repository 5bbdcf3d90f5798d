// The opening screen's data is read while its code loads and the app's frame renders: the
// early entry's read (early-read.ts, on the page's warm-up connection), else one on Dexie's.
import { primeBoard } from '../features/collections/prime';
import { primeToday } from '../features/home/prime';
import { getDb } from './db-open';
import { nativeConnection } from '../db/native-connection';
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

/** The early entry's result, or (none began, or the warm-up connection could not serve it) a
 *  read on Dexie's connection. */
async function earlyOrOwn<T>(early: Promise<T | null> | null, read: (idb: IDBDatabase) => Promise<T>): Promise<T> {
  return (early ? await early : null) ?? read(await nativeConnection(await getDb()));
}
