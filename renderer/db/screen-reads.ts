// The board's and Today's reads on Dexie's own connection (the live re-reads, the daily run and
// tests). The reads themselves (board-data.ts, board-today-inputs.ts) take a native connection
// or transaction and stay free of Dexie, for the opening screen's early read.
import { dueActions, type DueAction } from '@shared/collections/due-actions';
import type { CadernetaDB } from './schema';
import type { SummaryRow } from './types';
import { readBoardData, type BoardData } from './board-data';
import { readTodayInputs, TODAY_INPUT_STORES } from './board-today-inputs';
import { nativeConnection } from './native-connection';
import type { TodayInputs } from './today';

export async function loadBoardData(db: CadernetaDB, today: string): Promise<BoardData> {
  return readBoardData(await nativeConnection(db), today);
}

/** Today's inputs plus the summary rows' own copies of the customers' names (null once anonymised). */
export async function todayInputs(db: CadernetaDB, today: string): Promise<TodayInputs & { summaries: readonly Pick<SummaryRow, 'id' | 'name'>[] }> {
  return readTodayInputs((await nativeConnection(db)).transaction(TODAY_INPUT_STORES, 'readonly'), today);
}

export async function todayDueActions(db: CadernetaDB, today: string): Promise<{ actions: DueAction[]; inputs: TodayInputs }> {
  const inputs = await todayInputs(db, today);
  return { actions: dueActions(inputs.settings.collection, inputs.customers, inputs.lastRun, today), inputs };
}
