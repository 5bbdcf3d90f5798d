// The board's read started at app start (kept apart from useBoard so the app's first chunk
// does not carry the board model).
import { BOARD_TABLES, type BoardData } from '../../db/board-data';
import { primeTablesQuery } from '../../db/use-tables-query';

export const boardPrimeKey = (dbName: string, today: string): string => `board:${dbName}:${today}`;

/** Starts the board's read when the app opens on the board, before the page has rendered. */
export function primeBoard(dbName: string, today: string, read: () => Promise<BoardData>): void {
  primeTablesQuery(boardPrimeKey(dbName, today), dbName, BOARD_TABLES, read);
}
