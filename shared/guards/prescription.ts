import { addYearsClamped, assertIsoDate, daysBetween, maxDate, type IsoDate } from '../dates/calendar';

/** Years for a written debt to prescribe (Código Civil art. 206 §5 I). */
export const PRESCRIPTION_YEARS = 5;

/**
 * The last day the debt can still be claimed: 5 years after its due date (same day and month,
 * clamped for 29 Feb). A signed acknowledgment of debt (e.g. a renegotiation term,
 * CC art. 202 VI) restarts the count once from its date.
 */
export function prescribesOn(dueDate: string, interruptedOn?: string | null): IsoDate {
  assertIsoDate(dueDate, 'vencimento');
  const start = interruptedOn ? maxDate(assertIsoDate(interruptedOn, 'data da interrupção'), dueDate) : dueDate;
  return addYearsClamped(start, PRESCRIPTION_YEARS);
}

/** True once the 5-year term has run out (the day after `prescribesOn`). */
export function isPrescribed(dueDate: string, today: string, interruptedOn?: string | null): boolean {
  return today > prescribesOn(dueDate, interruptedOn);
}

/** Not yet prescribed, but will be within `withinDays` days (default 180). */
export function prescribesSoon(dueDate: string, today: string, withinDays = 180, interruptedOn?: string | null): boolean {
  const end = prescribesOn(dueDate, interruptedOn);
  if (today > end) return false;
  return daysBetween(today, end) <= withinDays;
}
