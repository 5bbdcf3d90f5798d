// Shop settings: one row per section (id = section key), with defaults for what was never set.
import { z } from 'zod';
import type { CadernetaDB } from './schema';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { parseInput } from './validation';
import { randomHex, sha256Hex } from './hash';
import { RepoError } from './errors';
import { settingsSchemas } from './settings-schemas';
import { getSettings, type AppSettings, type SettingsKey } from './settings-read';

export { DEFAULT_SETTINGS, getSettings, readSettings } from './settings-read';
export type { AppSettings, GeneralSettings, Holiday, NumberingSettings, OverpaymentMode, PinHash, PrinterWidth, SecuritySettings, SettingsKey, ShopProfile } from './settings-read';

/** Updates one section field by field (only the changed fields are written and audited). */
export async function updateSettings<K extends Exclude<SettingsKey, 'security'>>(
  db: CadernetaDB,
  key: K,
  patch: Partial<AppSettings[K]> | AppSettings[K],
): Promise<AppSettings[K]> {
  return db.transaction('rw', db.settings, db.audit, async () => {
    const current = (await getSettings(db))[key];
    const merged = Array.isArray(current) ? patch : { ...(current as object), ...(patch as object) };
    const value = parseInput(settingsSchemas[key] as z.ZodType, merged) as AppSettings[K];
    await writeSection(db, key, current, value);
    return value;
  });
}

async function writeSection(db: CadernetaDB, key: SettingsKey, before: unknown, value: unknown): Promise<void> {
  const row = await db.settings.get(key);
  if (!row) {
    await db.settings.add({ ...stampNew(db, key), value });
    await appendAudit(db, { table: 'settings', rowId: key, action: 'create', before, after: value });
    return;
  }
  if (Array.isArray(value) || typeof value !== 'object' || value === null) {
    await db.settings.update(key, { value, ...stampUpdate(db) });
    await appendAudit(db, { table: 'settings', rowId: key, action: 'update', before, after: value });
    return;
  }
  const changes: Record<string, unknown> = {};
  const was: Record<string, unknown> = {};
  const prev = (before ?? {}) as Record<string, unknown>;
  for (const [field, v] of Object.entries(value)) {
    if (JSON.stringify(prev[field]) !== JSON.stringify(v)) {
      changes[`value.${field}`] = v;
      was[field] = prev[field];
    }
  }
  if (Object.keys(changes).length === 0) return;
  // Rows written before a field existed get the whole value first; so do fields whose names
  // hold a dot ('lembrete.subject'), which an update key path would read as nesting.
  const dotted = Object.keys(was).some((f) => f.includes('.'));
  const update = typeof row.value !== 'object' || row.value === null || dotted ? { value } : changes;
  await db.settings.update(key, { ...update, ...stampUpdate(db) });
  await appendAudit(db, { table: 'settings', rowId: key, action: 'update', before: was, after: Object.fromEntries(Object.keys(was).map((f) => [f, (value as Record<string, unknown>)[f]])) });
}

async function hashPin(pin: string, salt: string): Promise<string> {
  return sha256Hex(`${salt}:${pin}`);
}

const pinSchema = z.string().regex(/^\d{4,8}$/, 'A senha do gerente deve ter de 4 a 8 números.');

/** Sets (or changes, given the current PIN) the manager PIN, stored as a salted SHA-256. */
export async function setManagerPin(db: CadernetaDB, pin: string, currentPin?: string): Promise<void> {
  parseInput(pinSchema, pin);
  const { security } = await getSettings(db);
  if (security.managerPin && !(await verifyManagerPin(db, currentPin ?? ''))) {
    throw new RepoError('validation', 'Senha atual do gerente incorreta.', { fields: { currentPin: 'Senha incorreta.' } });
  }
  const salt = randomHex(16);
  const hash = await hashPin(pin, salt); // computed before the transaction opens
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = (await getSettings(db)).security;
    await writeSection(db, 'security', before, { managerPin: { salt, hash } });
  });
}

/** True when `pin` matches the stored manager PIN (false when none is set). */
export async function verifyManagerPin(db: CadernetaDB, pin: string): Promise<boolean> {
  const { managerPin } = (await getSettings(db)).security;
  if (!managerPin) return false;
  return (await hashPin(pin, managerPin.salt)) === managerPin.hash;
}
