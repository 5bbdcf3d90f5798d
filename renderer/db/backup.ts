// Whole-database backups: one versioned JSON file (gzip), checked (format, checksum, zod,
// references) BEFORE anything is replaced; restore in one transaction; daily automatic copy
// through the desktop API.
import type { DesktopApi } from '@shared/desktop-api';
import { APP_VERSION, desktop } from '../desktop';
import type { CadernetaDB } from './schema';
import { SCHEMA_VERSION, TABLE_NAMES } from './schema';
import type { ContactRow, TableName } from './types';
import { ROW_SCHEMAS } from './backup-schemas';
import { integrityProblem, type BackupTables } from './backup-integrity';
import { sha256Hex } from './hash';
import { gunzipCapped, gzip, isGzip } from './gzip';
import { RepoError } from './errors';
import { DEVICE_KEY } from './device';
import { nowIso } from './ids';
import { newestPromises, withLastPromise } from './last-promise';
import { withDueLedgers, withSummaryNames } from './summary-calc';
import { withCustomerIds } from './document-customers';
import { withOpeningBalances } from './import-reason';

export const BACKUP_FORMAT = 'caderneta-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Larger files are refused before reading (a full shop compresses to a few MB). */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
export const MAX_BACKUP_JSON_BYTES = 512 * 1024 * 1024;
/** Meta rows that belong to this installation and are never exported or restored. */
const LOCAL_META = new Set([DEVICE_KEY, 'lastRestore', 'lastAutoBackup']);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  deviceId: string;
  counts: Record<TableName, number>;
  sha256: string;
}

export interface Backup extends BackupHeader {
  tables: BackupTables;
}

declare const validated: unique symbol;
/** A backup that passed every check of parseBackup. */
export type ValidBackup = Backup & { readonly [validated]: true };

async function readAll(db: CadernetaDB): Promise<BackupTables> {
  return db.transaction('r', TABLE_NAMES.map((t) => db.table(t)), async () => {
    const out = {} as Record<TableName, unknown[]>;
    for (const t of TABLE_NAMES) out[t] = await db.table(t).toArray();
    out.meta = (out.meta as { id: string }[]).filter((m) => !LOCAL_META.has(m.id));
    return out as BackupTables;
  });
}

/** The whole database as a backup file (gzip by default) with a checksum of its tables. */
export async function exportBackup(db: CadernetaDB, opts: { appVersion?: string; gzip?: boolean } = {}): Promise<{ bytes: Uint8Array; backup: Backup }> {
  const tables = await readAll(db);
  const tablesJson = JSON.stringify(tables);
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, tables[t].length])) as Record<TableName, number>;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: opts.appVersion ?? APP_VERSION,
    schemaVersion: SCHEMA_VERSION,
    createdAt: nowIso(),
    deviceId: db.device.deviceId,
    counts,
    sha256: await sha256Hex(tablesJson),
  };
  const text = `${JSON.stringify(header).slice(0, -1)},"tables":${tablesJson}}`;
  const raw = new TextEncoder().encode(text);
  return { bytes: opts.gzip === false ? raw : await gzip(raw), backup: { ...header, tables } };
}

const bad = (message: string): RepoError => new RepoError('bad_backup', message);
const CORRUPT = 'O arquivo de backup está incompleto ou corrompido.';

async function toText(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw bad('O arquivo está vazio (0 bytes): não é um backup.');
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw bad('O arquivo é grande demais para ser um backup da Caderneta.');
  let raw = bytes;
  if (isGzip(bytes)) {
    const out = await gunzipCapped(bytes, MAX_BACKUP_JSON_BYTES);
    if (out === 'too_big') throw bad('O arquivo é grande demais para ser um backup da Caderneta.');
    if (out === 'corrupt') throw bad(CORRUPT);
    raw = out;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw bad('Este arquivo não é um backup da Caderneta.');
  }
}

function parseJson(text: string): unknown {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) throw bad('Este arquivo não é um backup da Caderneta.');
  try {
    return JSON.parse(text);
  } catch {
    throw bad(CORRUPT);
  }
}

function checkHeader(o: Record<string, unknown>): void {
  if (o.format !== BACKUP_FORMAT) throw bad('Este arquivo não é um backup da Caderneta.');
  const v = o.formatVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw bad('Este arquivo não é um backup da Caderneta.');
  if (v > BACKUP_FORMAT_VERSION || (typeof o.schemaVersion === 'number' && o.schemaVersion > SCHEMA_VERSION)) {
    throw bad(`Este backup foi feito por uma versão mais nova da Caderneta (${typeof o.appVersion === 'string' ? o.appVersion : `formato ${v}`}). Atualize o aplicativo para restaurá-lo.`);
  }
  const fields = typeof o.sha256 === 'string' && typeof o.appVersion === 'string' && typeof o.createdAt === 'string' && typeof o.deviceId === 'string' && typeof o.schemaVersion === 'number';
  if (!fields || typeof o.tables !== 'object' || o.tables === null || typeof o.counts !== 'object' || o.counts === null) throw bad(CORRUPT);
}

function validateTables(raw: Record<string, unknown>, counts: Record<string, unknown>): BackupTables {
  const out = {} as Record<TableName, unknown[]>;
  for (const t of TABLE_NAMES) {
    const rows = raw[t] ?? [];
    if (!Array.isArray(rows) || counts[t] !== rows.length) throw bad(CORRUPT);
    out[t] = rows.map((row, i) => {
      const r = ROW_SCHEMAS[t].safeParse(row);
      if (!r.success) throw bad(`Backup inválido: o registro ${i + 1} da tabela "${t}" tem dados inválidos (${r.error.issues[0]?.path.join('.') ?? ''}).`);
      return r.data;
    });
  }
  return out as BackupTables;
}

/**
 * Checks a backup file completely (size, gzip, JSON, format and version, SHA-256, zod per row,
 * counts, references). Throws a RepoError('bad_backup') with a Portuguese message.
 */
export async function parseBackup(bytes: Uint8Array): Promise<ValidBackup> {
  const parsed = parseJson(await toText(bytes));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad('Este arquivo não é um backup da Caderneta.');
  const o = parsed as Record<string, unknown>;
  checkHeader(o);
  if ((await sha256Hex(JSON.stringify(o.tables))) !== o.sha256) throw bad('O conteúdo do backup foi alterado ou está corrompido (a soma de verificação não confere).');
  const tables = validateTables(o.tables as Record<string, unknown>, o.counts as Record<string, unknown>);
  if (TABLE_NAMES.every((t) => t === 'meta' || tables[t].length === 0)) throw bad('O backup não tem nenhum registro: nada a restaurar.');
  const problem = integrityProblem(tables);
  if (problem) throw bad(`Backup inconsistente: ${problem}.`);
  const { format: _f, tables: _t, ...header } = o as unknown as Backup;
  return { ...header, format: BACKUP_FORMAT, tables } as ValidBackup;
}

export type SafetyCopyWriter = (bytes: Uint8Array, name: string) => Promise<unknown>;

/** Default safety copy before a restore: the backup folder (Electron) or a download (browser). */
export const safetyCopyViaDesktop: SafetyCopyWriter = async (bytes, name) => {
  const api = desktop();
  const written = await api.writeBackup(bytes, name);
  if (written === null) await api.saveFile(bytes, name, [{ name: 'Backup da Caderneta', extensions: ['gz'] }]);
};

/**
 * Replaces every table with the backup's rows in one transaction. A copy of the current data
 * is exported and handed to `saveSafetyCopy` first (before the transaction). This device's
 * identity stays, and its number series never go backwards.
 */
/** "2026-12-04-22-38-21": the machine's local date and time, as the shop reads its clock (a
 *  UTC stamp named a copy made at 22:38 with the next day). */
export function localFileStamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}-${p(d.getMinutes())}-${p(d.getSeconds())}`;
}

export async function restoreBackup(db: CadernetaDB, backup: ValidBackup, saveSafetyCopy: SafetyCopyWriter | null): Promise<void> {
  if (saveSafetyCopy && (await db.customers.count()) > 0) {
    const { bytes } = await exportBackup(db);
    await saveSafetyCopy(bytes, `caderneta-antes-de-restaurar-${localFileStamp(new Date())}.json.gz`);
  }
  await db.transaction('rw', TABLE_NAMES.map((t) => db.table(t)), async () => {
    const counters = new Map((await db.counters.toArray()).map((c) => [c.id, c]));
    const keepMeta = (await db.meta.toArray()).filter((m) => LOCAL_META.has(m.id) && m.id !== 'lastRestore');
    for (const t of TABLE_NAMES) {
      await db.table(t).clear();
      let rows: unknown[] = backup.tables[t];
      if (t === 'counters') rows = backup.tables.counters.map((c) => ({ ...c, last: Math.max(c.last, counters.get(c.id)?.last ?? 0) }));
      if (t === 'meta') rows = [...backup.tables.meta.filter((m) => !LOCAL_META.has(m.id)), ...keepMeta];
      // Backups written before these caches existed: filled from the backup's own rows.
      if (t === 'collection' && backup.tables.collection.some((r) => r.lastPromise === undefined)) rows = withLastPromise(backup.tables.collection, newestPromises(backup.tables.contacts as ContactRow[]));
      if (t === 'summaries') rows = withDueLedgers(withSummaryNames(backup.tables.summaries, backup.tables.customers), backup.tables.installments, backup.tables.payments);
      if (t === 'documents') rows = withCustomerIds(backup.tables.documents, backup.tables.contacts);
      if (t === 'sales') rows = withOpeningBalances(backup.tables.sales, backup.tables.audit);
      await db.table(t).bulkAdd(rows);
    }
    for (const c of counters.values()) if (!backup.tables.counters.some((b) => b.id === c.id)) await db.counters.add(c);
    const at = nowIso();
    await db.meta.put({ id: 'lastRestore', value: { at, backupCreatedAt: backup.createdAt, counts: backup.counts }, createdAt: at, updatedAt: at, deviceId: db.device.deviceId });
  });
}

export type AutoBackupResult = { status: 'written'; name: string; places: number } | { status: 'skipped' } | { status: 'unsupported' };

/**
 * Once per day (or at every start with force): writes `caderneta-YYYY-MM-DD.json.gz` through
 * the desktop API, which rotates the copies. Browser mode has no backup folder: no-op.
 */
export async function autoBackup(
  db: CadernetaDB,
  today: string,
  api: Pick<DesktopApi, 'writeBackup' | 'getVersion'> & Partial<Pick<DesktopApi, 'platform'>> = desktop(),
  opts: { force?: boolean } = {},
): Promise<AutoBackupResult> {
  // Checked before reading anything: exporting a large shop holds every table for seconds.
  if (api.platform === 'browser') return { status: 'unsupported' };
  const last = await db.meta.get('lastAutoBackup');
  if (!opts.force && last?.value === today) return { status: 'skipped' };
  const { bytes } = await exportBackup(db, { appVersion: await api.getVersion() });
  const name = `caderneta-${today}.json.gz`;
  const entries = await api.writeBackup(bytes, name);
  if (entries === null) return { status: 'unsupported' };
  await db.transaction('rw', db.meta, async () => {
    const at = nowIso();
    await db.meta.put({ id: 'lastAutoBackup', value: today, createdAt: last?.createdAt ?? at, updatedAt: at, deviceId: db.device.deviceId });
  });
  return { status: 'written', name, places: entries.length };
}

/** Asks the browser to keep IndexedDB under storage pressure; true when granted. */
export async function requestPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
