// Taxa de inadimplência over time: overdue principal / total receivable at each month's end.
import { addDays } from '../dates/calendar';
import { outstandingAt, type DebtLine } from './debt-lines';
import { monthEnd } from './months';

export interface DefaultPoint {
  date: string;
  openCents: number;
  overdueCents: number;
  /** Overdue by more than 90 days. */
  overdue90Cents: number;
  /** overdue / open, 0..1 (0 when nothing is owed). */
  rate: number;
}

/** The day of each month's point: the month's last day, or `asOf` for its own month. */
export function seriesDates(months: readonly string[], asOf: string): string[] {
  return months.map((m) => {
    const end = monthEnd(m);
    return end > asOf ? asOf : end;
  });
}

export function defaultRateSeries(lines: readonly DebtLine[], dates: readonly string[]): DefaultPoint[] {
  const points = dates.map((date) => ({ date, openCents: 0, overdueCents: 0, overdue90Cents: 0, rate: 0 }));
  const limit90 = dates.map((d) => addDays(d, -90));
  for (const line of lines) {
    for (let k = 0; k < points.length; k++) {
      const p = points[k];
      if (!p) continue;
      const cents = outstandingAt(line, p.date);
      if (cents === 0) continue;
      p.openCents += cents;
      if (line.dueDate < p.date) {
        p.overdueCents += cents;
        if (line.dueDate < (limit90[k] ?? '')) p.overdue90Cents += cents;
      }
    }
  }
  for (const p of points) p.rate = p.openCents > 0 ? p.overdueCents / p.openCents : 0;
  return points;
}
