// The opening screen's data is read while its code loads and the app's frame renders.
import type { CadernetaDB } from '../db/schema';
import { primeBoard } from '../features/collections/prime';
import { primeToday } from '../features/home/useTodayList';

/** `path` is the hash route the app opened on ('/cobranca', '/'). */
export function primeRouteData(path: string, db: CadernetaDB, today: string): void {
  const route = path.split('?')[0] ?? '';
  if (route === '/cobranca') primeBoard(db, today);
  else if (route === '/' || route === '') primeToday(db, today);
}
