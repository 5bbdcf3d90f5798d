// The one contract between the renderer and the desktop shell.
// The Electron preload implements it (`satisfies DesktopApi`), and so does the browser
// implementation in renderer/desktop/, so the same UI runs in Electron and in plain Chromium.

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveResult {
  /** false when the user cancelled the dialog */
  saved: boolean;
  /** where it went (Electron) or the downloaded file name (browser) */
  location?: string;
}

export interface BackupEntry {
  name: string;
  /** 'auto' = the app's data folder; 'external' = the folder the shop chose */
  place: 'auto' | 'external';
  sizeBytes: number;
  modifiedAt: string;
}

export interface DesktopApi {
  readonly platform: 'electron' | 'browser';
  getVersion(): Promise<string>;
  savePdf(bytes: Uint8Array, suggestedName: string): Promise<SaveResult>;
  printPdf(bytes: Uint8Array): Promise<{ opened: boolean }>;
  saveFile(bytes: Uint8Array, suggestedName: string, filters: FileFilter[]): Promise<SaveResult>;
  /** Only https://wa.me/…, mailto: and tel: links; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
  /** The second backup folder chosen by the shop (USB stick, synced folder), or null. */
  getBackupFolder(): Promise<string | null>;
  /** Opens a folder picker; returns the chosen folder or null when cancelled. */
  chooseBackupFolder(): Promise<string | null>;
  /** Writes a backup file into the app's data folder (rotated: 30 daily, 12 monthly) and
   *  into the chosen folder, if any. Null where the platform keeps no backup folder. */
  writeBackup(bytes: Uint8Array, name: string): Promise<BackupEntry[] | null>;
  listBackups(): Promise<BackupEntry[]>;
  readBackup(name: string, place: BackupEntry['place']): Promise<Uint8Array>;
}

/** IPC channel names, one per DesktopApi member (no generic pass-through). */
export const DESKTOP_CHANNELS = {
  getVersion: 'desktop:get-version',
  savePdf: 'desktop:save-pdf',
  printPdf: 'desktop:print-pdf',
  saveFile: 'desktop:save-file',
  openExternal: 'desktop:open-external',
  getBackupFolder: 'desktop:get-backup-folder',
  chooseBackupFolder: 'desktop:choose-backup-folder',
  writeBackup: 'desktop:write-backup',
  listBackups: 'desktop:list-backups',
  readBackup: 'desktop:read-backup',
} as const satisfies Record<Exclude<keyof DesktopApi, 'platform'>, string>;

export type DesktopChannel = (typeof DESKTOP_CHANNELS)[keyof typeof DESKTOP_CHANNELS];

/** Largest file the renderer may hand to the shell (a 1,000-page batch PDF fits). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * The external links Caderneta may open: WhatsApp click-to-chat, e-mail and phone.
 * Everything else (http, file:, javascript:, other hosts) is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8000) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:') {
    return u.hostname === 'wa.me' && u.port === '' && u.username === '' && u.password === '';
  }
  if (u.protocol === 'mailto:') return /^mailto:[^\s/\\]*@/.test(url) || /^mailto:\?/.test(url);
  if (u.protocol === 'tel:') return /^tel:\+?[0-9()\-\s.]{3,20}$/.test(decodeURIComponent(url));
  return false;
}
