// shared/dates results memoised for the generator's millions of date steps (a few thousand
// distinct dates), which keeps generating the large shop fast and light on garbage.
import { fromDayNumber, toDayNumber } from '@shared/dates/calendar';

const num = new Map<string, number>();
const str = new Map<number, string>();

export function dayNumber(date: string): number {
  let n = num.get(date);
  if (n === undefined) {
    n = toDayNumber(date);
    num.set(date, n);
  }
  return n;
}

export function addDays(date: string, days: number): string {
  const k = dayNumber(date) + days;
  let s = str.get(k);
  if (s === undefined) {
    s = fromDayNumber(k);
    str.set(k, s);
  }
  return s;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
