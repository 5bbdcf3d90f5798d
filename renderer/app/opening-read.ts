// What the opening screen reads, by route: the board ('#/cobranca') or Today ('#/' and ''),
// each in one native transaction on a given connection. Free of React and Dexie, for
// app/early-read.ts.
import { readBoardData, type BoardData } from '../db/board-data';
import { readToday, type TodayData } from '../features/home/today-read';

export type OpeningRead =
  | { screen: 'board'; read: (idb: IDBDatabase, today: string) => Promise<BoardData> }
  | { screen: 'today'; read: (idb: IDBDatabase, today: string) => Promise<TodayData> };

/** `path` is the hash route the app opened on ('/cobranca?x=1', '/'). */
export function openingRead(path: string): OpeningRead | null {
  const route = path.split('?')[0] ?? '';
  if (route === '/cobranca') return { screen: 'board', read: readBoardData };
  if (route === '/' || route === '') return { screen: 'today', read: readToday };
  return null;
}
