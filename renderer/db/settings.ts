// Shop settings: one row per section (id = section key), with defaults for what was never set.
import { z } from 'zod';
import { DEFAULT_CHARGES_POLICY, type ChargesPolicy } from '@shared/charges/late-charges';
import { DEFAULT_POLICY, type CollectionPolicy } from '@shared/collections/policy';
import type { CadernetaDB } from './schema';
import type { Address, SettingRow } from './types';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { parseInput } from './validation';
import { randomHex, sha256Hex } from './hash';
import { RepoError } from './errors';
import { settingsSchemas } from './settings-schemas';
import { request } from './native-read';

export interface ShopProfile {
  name: string;
  tradeName: string;
  document: string;
  address: Address | null;
  phone: string;
  email: string;
  pixKey: string;
  logoDataUrl: string | null;
}

export type OverpaymentMode = 'credit' | 'refuse';
export type PrinterWidth = '58mm' | '80mm' | 'a4';

export interface GeneralSettings {
  minimumWageCents: number;
  overpaymentMode: OverpaymentMode;
  /** Day of month when fiado tabs are closed into one installment (1-28). */
  closingDay: number;
  /** Days after the closing date the tab installment falls due. */
  tabDueDays: number;
  printerWidth: PrinterWidth;
  timeZone: string;
}

export interface Holiday {
  date: string;
  name: string;
}

export interface NumberingSettings {
  digits: number;
}

export interface PinHash {
  salt: string;
  hash: string;
}

export interface SecuritySettings {
  managerPin: PinHash | null;
}

export interface AppSettings {
  shop: ShopProfile;
  charges: ChargesPolicy;
  collection: CollectionPolicy;
  general: GeneralSettings;
  holidays: Holiday[];
  numbering: NumberingSettings;
  templates: Record<string, string>;
  /** Edited collection letters: '<kind>.title' / '<kind>.body' (empty = the default text). */
  letters: Record<string, string>;
  security: SecuritySettings;
}

export type SettingsKey = keyof AppSettings;

export const DEFAULT_SETTINGS: AppSettings = {
  shop: { name: '', tradeName: '', document: '', address: null, phone: '', email: '', pixKey: '', logoDataUrl: null },
  charges: { ...DEFAULT_CHARGES_POLICY, extraHolidays: [] },
  collection: DEFAULT_POLICY,
  general: {
    minimumWageCents: 162_100,
    overpaymentMode: 'credit',
    closingDay: 10,
    tabDueDays: 10,
    printerWidth: '80mm',
    timeZone: 'America/Sao_Paulo',
  },
  holidays: [],
  numbering: { digits: 6 },
  templates: {
    lembrete: 'Olá, {nome}! Lembramos que a parcela de {valor} vence em {vencimento}. Obrigado!',
    atraso: 'Olá, {nome}. A parcela de {valor}, vencida em {vencimento}, está em aberto. Podemos ajudar?',
  },
  letters: {},
  security: { managerPin: null },
};

export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingsKey[];

/** Sections that are flat records of texts keyed by name ('lembrete', 'lembrete.subject'). */
const TEXT_SECTIONS = ['templates', 'letters'] as const satisfies readonly SettingsKey[];

/** All settings, each section merged over its defaults. Usable inside a transaction. */
export async function getSettings(db: CadernetaDB): Promise<AppSettings> {
  return settingsFromRows(await db.settings.bulkGet(SETTINGS_KEYS));
}

/** All settings, read in a native transaction that covers 'settings' (see native-read.ts). */
export async function readSettings(tx: IDBTransaction): Promise<AppSettings> {
  return settingsFromRows(await request(tx.objectStore('settings').getAll() as IDBRequest<SettingRow[]>));
}

/** All settings from the stored rows (any order, any subset; unknown ids are ignored). */
export function settingsFromRows(stored: readonly (Pick<SettingRow, 'id' | 'value'> | undefined)[]): AppSettings {
  const byKey = new Map<string, unknown>();
  for (const r of stored) if (r) byKey.set(r.id, r.value);
  const out: Record<string, unknown> = {};
  SETTINGS_KEYS.forEach((key) => {
    const def = DEFAULT_SETTINGS[key];
    const stored = byKey.get(key);
    out[key] = Array.isArray(def) ? (stored ?? def) : { ...(def as object), ...((stored as object | undefined) ?? {}) };
  });
  // Text sections are flat records of strings (an older write could nest an object in them).
  for (const key of TEXT_SECTIONS) out[key] = Object.fromEntries(Object.entries(out[key] as Record<string, unknown>).filter(([, v]) => typeof v === 'string'));
  const s = out as unknown as AppSettings;
  // Shop holidays also count as charge-free days.
  s.charges = { ...s.charges, extraHolidays: [...new Set([...s.charges.extraHolidays, ...s.holidays.map((h) => h.date)])] };
  return s;
}

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
