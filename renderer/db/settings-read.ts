// The settings' shapes and defaults, and reading them: what the opening screen's early read needs
// (app/early-read.ts), without the writes, their validation and the audit (settings.ts).
import { DEFAULT_CHARGES_POLICY, type ChargesPolicy } from '@shared/charges/late-charges';
import { DEFAULT_POLICY, type CollectionPolicy } from '@shared/collections/policy';
import type { CadernetaDB } from './schema';
import type { Address, SettingRow } from './types';
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
