// Calendar months as 'YYYY-MM' keys, for the monthly series.
import { addMonthsClamped, fromDayNumber, toDayNumber } from '../dates/calendar';

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The `count` months ending with the month of `asOf`, oldest first. */
export function lastMonths(asOf: string, count: number): string[] {
  const first = `${monthOf(asOf)}-01`;
  const out: string[] = [];
  for (let k = count - 1; k >= 0; k--) out.push(monthOf(addMonthsClamped(first, -k)));
  return out;
}

export function monthStart(month: string): string {
  return `${month}-01`;
}

export function monthEnd(month: string): string {
  return fromDayNumber(toDayNumber(addMonthsClamped(monthStart(month), 1)) - 1);
}

const NAMES = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];

/** '2026-03' -> 'mar/2026' */
export function monthLabel(month: string): string {
  const m = Number(month.slice(5, 7));
  return `${NAMES[m - 1] ?? month.slice(5, 7)}/${month.slice(0, 4)}`;
}
