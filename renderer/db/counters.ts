// Per-device number series for receipts and documents ('C1-000153'), kept in `counters`.
// Call inside the caller's transaction (with db.counters and db.settings).
import type { CadernetaDB } from './schema';
import { getSettings, type AppSettings } from './settings-read';
import { stampNew, stampUpdate } from './audit';
import type { CounterRow } from './types';

export function formatNumber(prefix: string, n: number, digits: number): string {
  return `${prefix}-${String(n).padStart(digits, '0')}`;
}

export async function nextNumber(db: CadernetaDB, series = 'main'): Promise<string> {
  const [settings, row] = await Promise.all([getSettings(db), db.counters.get(counterId(db, series))]);
  const next = takeNumber(db, series, row, settings.numbering);
  await db.counters.put(next.row);
  return next.number;
}

/** The counters row of this device's `series`. */
export function counterId(db: CadernetaDB, series = 'main'): string {
  return `${db.device.deviceId}:${series}`;
}

/** The number after `row` (the series' stored counter, read in the caller's transaction) and the
 *  row to put back, for a caller that reads and writes in its own batches (receivePayment). */
export function takeNumber(db: CadernetaDB, series: string, row: CounterRow | undefined, numbering: AppSettings['numbering']): { number: string; row: CounterRow } {
  const { prefix } = db.device;
  const last = (row?.last ?? 0) + 1;
  const next: CounterRow = row ? { ...row, last, ...stampUpdate(db) } : { ...stampNew(db, counterId(db, series)), series, prefix, last };
  return { number: formatNumber(next.prefix, last, numbering.digits), row: next };
}
