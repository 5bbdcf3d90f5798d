// The typed handler map: one IPC channel per DesktopApi member, each argument validated.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { openAllowedExternal } from '../external-links';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP_CHANNELS, type DesktopApi } from '../../shared/desktop-api';
import type { DesktopArgs } from '../../shared/desktop-api-schemas';
import { trustedOrigins } from '../app-paths';
import { chooseExternalFolder, getExternalFolder, listBackupFiles, readBackupFile, writeBackupFiles } from '../backup';
import { isTrustedSender, parseArgs } from './validate';

type Api = Omit<DesktopApi, 'platform'>;
type Handlers = {
  [K in keyof Api & keyof DesktopArgs]: (win: BrowserWindow | null, ...args: DesktopArgs[K]) => ReturnType<Api[K]>;
};

async function saveWithDialog(win: BrowserWindow | null, bytes: Uint8Array, name: string, filters: { name: string; extensions: string[] }[]) {
  const opts = { defaultPath: join(app.getPath('documents'), name), filters };
  const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
  if (res.canceled || !res.filePath) return { saved: false };
  writeFileSync(res.filePath, bytes);
  return { saved: true, location: res.filePath };
}

const handlers: Handlers = {
  getVersion: async () => app.getVersion(),
  savePdf: (win, bytes, name) => saveWithDialog(win, bytes, name, [{ name: 'PDF', extensions: ['pdf'] }]),
  saveFile: (win, bytes, name, filters) => saveWithDialog(win, bytes, name, filters),
  printPdf: async (_win, bytes) => {
    // The PDF opens in a sandboxed window with Chromium's viewer; its print button (and
    // Ctrl+P) opens the system print dialog with the right page size.
    const dir = mkdtempSync(join(tmpdir(), 'caderneta-'));
    const file = join(dir, 'documento.pdf');
    writeFileSync(file, bytes);
    const viewer = new BrowserWindow({
      width: 900,
      height: 700,
      title: 'Imprimir — Caderneta',
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
    });
    await viewer.loadFile(file);
    return { opened: true };
  },
  openExternal: (_win, url) => openAllowedExternal(url),
  getBackupFolder: async () => getExternalFolder(),
  chooseBackupFolder: (win) => chooseExternalFolder(win),
  writeBackup: async (_win, bytes, name) => writeBackupFiles(bytes, name),
  listBackups: async () => listBackupFiles(),
  readBackup: async (_win, name, place) => readBackupFile(name, place),
};

export function registerIpc(): void {
  for (const key of Object.keys(handlers) as (keyof Handlers)[]) {
    ipcMain.handle(DESKTOP_CHANNELS[key], (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url, trustedOrigins())) throw new Error('Origem não autorizada');
      const args = parseArgs(key, raw);
      const win = BrowserWindow.fromWebContents(event.sender);
      const fn = handlers[key] as (w: BrowserWindow | null, ...a: unknown[]) => Promise<unknown>;
      return fn(win, ...(args as unknown[]));
    });
  }
}
