// Backup files on disk: the app's data folder (rotated) and the shop's second folder.
import { app, dialog, type BrowserWindow } from 'electron';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../shared/desktop-api';
import { userFile } from './app-paths';
import { DAILY_PATTERN, filesToPrune, KEEP_DAILY, KEEP_MONTHLY, MONTHLY_PATTERN, monthlyName } from './backup-rotation';
import { z } from 'zod';

const SETTINGS = 'backup-settings.json';
const settingsSchema = z.object({ folder: z.string().nullable() });

export function autoBackupDir(): string {
  const dir = join(app.getPath('userData'), 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function getExternalFolder(): string | null {
  try {
    const s = settingsSchema.parse(JSON.parse(readFileSync(userFile(SETTINGS), 'utf8')));
    return s.folder && existsSync(s.folder) ? s.folder : null;
  } catch {
    return null;
  }
}

export async function chooseExternalFolder(win: BrowserWindow | null): Promise<string | null> {
  const opts = { title: 'Pasta para cópias de segurança', properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
  const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
  const folder = res.canceled ? null : (res.filePaths[0] ?? null);
  if (folder) writeFileSync(userFile(SETTINGS), JSON.stringify({ folder }));
  return folder;
}

function entry(dir: string, name: string, place: BackupEntry['place']): BackupEntry {
  const st = statSync(join(dir, name));
  return { name, place, sizeBytes: st.size, modifiedAt: st.mtime.toISOString() };
}

function prune(dir: string): void {
  const names = readdirSync(dir);
  for (const n of [...filesToPrune(names, KEEP_DAILY, DAILY_PATTERN), ...filesToPrune(names, KEEP_MONTHLY, MONTHLY_PATTERN)]) {
    unlinkSync(join(dir, n));
  }
}

export function writeBackupFiles(bytes: Uint8Array, name: string): BackupEntry[] {
  const written: BackupEntry[] = [];
  const dir = autoBackupDir();
  const tmp = join(dir, `${name}.tmp`);
  writeFileSync(tmp, bytes);
  copyFileSync(tmp, join(dir, name));
  unlinkSync(tmp);
  written.push(entry(dir, name, 'auto'));
  const m = /^caderneta-(\d{4}-\d{2}-\d{2})\.json\.gz$/.exec(name);
  if (m?.[1]) {
    const monthly = monthlyName(m[1]);
    writeFileSync(join(dir, monthly), bytes);
  }
  prune(dir);
  const ext = getExternalFolder();
  if (ext) {
    try {
      writeFileSync(join(ext, name), bytes);
      written.push(entry(ext, name, 'external'));
      prune(ext);
    } catch {
      /* the USB stick may be out; the local copy is enough for today */
    }
  }
  return written;
}

export function listBackupFiles(): BackupEntry[] {
  const out: BackupEntry[] = [];
  const dir = autoBackupDir();
  const isBackup = (n: string): boolean => DAILY_PATTERN.test(n) || MONTHLY_PATTERN.test(n) || /^caderneta-[\w.-]+\.(json|json\.gz|cdnt)$/.test(n);
  for (const n of readdirSync(dir).filter(isBackup)) out.push(entry(dir, n, 'auto'));
  const ext = getExternalFolder();
  if (ext) {
    try {
      for (const n of readdirSync(ext).filter(isBackup)) out.push(entry(ext, n, 'external'));
    } catch {
      /* folder gone */
    }
  }
  return out.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

export function readBackupFile(name: string, place: BackupEntry['place']): Uint8Array {
  const dir = place === 'auto' ? autoBackupDir() : getExternalFolder();
  if (!dir) throw new Error('Pasta de cópias de segurança não encontrada');
  return new Uint8Array(readFileSync(join(dir, name)));
}
