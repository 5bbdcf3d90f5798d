// Live board data: re-read when the database changes, rebuilt into cards for today.
import { useMemo } from 'react';
import { useDb } from '../../app/database';
import { localStamp } from '../../app/clock';
import { BOARD_TABLES, type BoardData, type BoardRawRow } from '../../db/board-data';
import { loadBoardData } from '../../db/screen-reads';
import { useTablesQuery } from '../../db/use-tables-query';
import { boardPrimeKey } from './prime';
import { buildBoard, type BoardContext, type BoardResult, type BoardSource } from './model/board-model';
import { contactOutcome } from './labels';

export function toSource(r: BoardRawRow): BoardSource {
  const c = r.collection;
  const p = r.promise;
  return {
    customerId: r.summary.customerId,
    name: r.name,
    openDues: r.summary.openDues,
    manualStageId: c?.stageOverride ?? null,
    overrideReason: c?.overrideReason ?? null,
    pausedUntil: c?.pausedUntil ?? null,
    pauseReason: c?.pauseReason ?? null,
    responsible: c?.responsible ?? null,
    nextAction: c?.nextAction ?? null,
    activeAgreement: r.activeAgreement !== null,
    lastContact: r.lastContact ? { date: localStamp(r.lastContact.at).date, channel: r.lastContact.channel, outcome: contactOutcome(r.lastContact) } : null,
    promise:
      p && p.contact.promisedDate
        ? { promisedOn: p.contact.promisedDate, amountCents: p.contact.promisedCents ?? 0, paidCentsSince: p.paidCentsSince }
        : null,
    noticeSentOn: r.noticeSentOn,
    acknowledgedOn: r.acknowledgedOn,
  };
}

export function contextOf(data: BoardData, today: string): BoardContext {
  return {
    policy: data.settings.collection,
    charges: data.settings.charges,
    minimumWageCents: data.settings.general.minimumWageCents,
    today,
  };
}

export interface BoardState {
  data: BoardData;
  ctx: BoardContext;
  board: BoardResult;
}

/** undefined while loading. */
export function useBoard(today: string): BoardState | undefined {
  const db = useDb();
  const data = useTablesQuery(db, BOARD_TABLES, () => loadBoardData(db, today), [today], boardPrimeKey(db.name, today));
  return useMemo(() => {
    if (!data) return undefined;
    const ctx = contextOf(data, today);
    return { data, ctx, board: buildBoard(data.rows.map(toSource), ctx) };
  }, [data, today]);
}
