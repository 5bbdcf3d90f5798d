// Fiado tabs in the demo: entries through the month, closed on day 10 into one installment due
// ten days later; entries after the last closing stay open on the tab.
import { addMonthsClamped } from '@shared/dates/calendar';
import { addDays } from './days';
import type { InstallmentRow } from '../types';
import type { Book } from './book';

export function simulateTabs(book: Book, customerId: string, start: string, today: string, maxClosings: number, items: readonly string[]): InstallmentRow[] {
  const rng = book.rng;
  const out: InstallmentRow[] = [];
  let closing = addMonthsClamped(`${start.slice(0, 8)}10`, 1);
  let from = start;
  while (from < today && out.length < maxClosings) {
    const open = closing > today;
    const until = open ? addDays(today, -1) : closing;
    const entries = [];
    for (let d = addDays(from, rng.int(0, 6)); d <= until; d = addDays(d, rng.int(3, 9))) {
      const total = rng.int(8, 120) * 100 + rng.pick([0, 50, 90]);
      entries.push(book.sale(customerId, d, { description: rng.pick(items), totalCents: total, planKind: 'tab', tabStatus: 'open' }));
    }
    if (open) return out;
    const newest = entries[entries.length - 1];
    if (newest) {
      const inst = book.installment(newest, 1, 1, addDays(closing, 10), entries.reduce((s, e) => s + e.totalCents, 0), { tabSaleIds: entries.map((e) => e.id) });
      for (const e of entries) Object.assign(e, { tabStatus: 'closed', tabInstallmentId: inst.id });
      out.push(inst);
    }
    from = addDays(closing, 1);
    closing = addMonthsClamped(closing, 1);
  }
  return out;
}
