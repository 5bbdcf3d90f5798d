// Per-device number series for receipts and documents ('C1-000153'), kept in `counters`.
// Call inside the caller's transaction (with db.counters and db.settings).
import type { CadernetaDB } from './schema';
import { getSettings, type AppSettings } from './settings';
import { stampNew, stampUpdate } from './audit';

export function formatNumber(prefix: string, n: number, digits: number): string {
  return `${prefix}-${String(n).padStart(digits, '0')}`;
}

export async function nextNumber(db: CadernetaDB, series = 'main', settings?: Pick<AppSettings, 'numbering'>): Promise<string> {
  const { prefix, deviceId } = db.device;
  const id = `${deviceId}:${series}`;
  const [{ digits }, row] = await Promise.all([settings ? Promise.resolve(settings.numbering) : getSettings(db).then((s) => s.numbering), db.counters.get(id)]);
  const n = (row?.last ?? 0) + 1;
  if (row) await db.counters.update(id, { last: n, ...stampUpdate(db) });
  else await db.counters.add({ ...stampNew(db, id), series, prefix, last: n });
  return formatNumber(row?.prefix ?? prefix, n, digits);
}
