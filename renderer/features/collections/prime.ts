// The board's read started at app start (kept apart from useBoard so the app's first chunk
// does not carry the board model).
import { BOARD_TABLES, loadBoardData } from '../../db/board-data';
import { primeTablesQuery } from '../../db/use-tables-query';
import type { CadernetaDB } from '../../db/schema';

export const boardPrimeKey = (db: CadernetaDB, today: string): string => `board:${db.name}:${today}`;

/** Starts the board's read when the app opens on the board, before the page has rendered. */
export function primeBoard(db: CadernetaDB, today: string): void {
  primeTablesQuery(boardPrimeKey(db, today), db, BOARD_TABLES, () => loadBoardData(db, today));
}
