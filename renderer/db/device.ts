// This installation's identity, kept in `meta` (local to the device, never restored over).
import type { CadernetaDB } from './schema';
import { newId, nowIso } from './ids';

export interface DeviceInfo {
  deviceId: string;
  /** Prefix of this device's receipt/document series, e.g. 'C1' -> 'C1-000153'. */
  prefix: string;
}

export const DEVICE_KEY = 'device';

function isDeviceInfo(v: unknown): v is DeviceInfo {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.deviceId === 'string' && typeof o.prefix === 'string';
}

export async function loadDevice(db: CadernetaDB): Promise<DeviceInfo> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(DEVICE_KEY);
    if (row && isDeviceInfo(row.value)) return row.value;
    const deviceId = newId();
    const info: DeviceInfo = { deviceId, prefix: 'C1' };
    const at = nowIso();
    await db.meta.put({ id: DEVICE_KEY, value: info, createdAt: at, updatedAt: at, deviceId });
    return info;
  });
}
