// Expected receipts: the outstanding principal falling due in the next days, week by week.
import { addDays } from '../dates/calendar';
import { outstandingAt, type DebtLine } from './debt-lines';

export interface ExpectedWeek {
  from: string;
  to: string;
  amountCents: number;
  installments: number;
}

export interface ExpectedReceipts {
  weeks: ExpectedWeek[];
  totalCents: number;
  /** Already overdue on `asOf` (not in the weeks). */
  overdueCents: number;
}

/** Weeks of 7 days from `asOf` (inclusive) covering `days` days after it. */
export function expectedReceipts(lines: readonly DebtLine[], asOf: string, days = 90): ExpectedReceipts {
  const count = Math.ceil((days + 1) / 7);
  const weeks: ExpectedWeek[] = [];
  for (let k = 0; k < count; k++) {
    const from = addDays(asOf, 7 * k);
    const to = addDays(asOf, Math.min(7 * k + 6, days));
    weeks.push({ from, to, amountCents: 0, installments: 0 });
  }
  const last = addDays(asOf, days);
  let overdueCents = 0;
  for (const line of lines) {
    if (line.dueDate > last) continue;
    const cents = outstandingAt(line, asOf);
    if (cents === 0) continue;
    if (line.dueDate < asOf) {
      overdueCents += cents;
      continue;
    }
    const w = weeks.find((x) => line.dueDate <= x.to);
    if (!w) continue;
    w.amountCents += cents;
    w.installments += 1;
  }
  return { weeks, totalCents: weeks.reduce((s, w) => s + w.amountCents, 0), overdueCents };
}
