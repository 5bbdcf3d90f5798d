// DesktopApi for plain Chromium ("modo navegador"): downloads instead of save dialogs, the
// browser's PDF viewer for printing, window.open for the allowed external links.
import { isAllowedExternalUrl, type BackupEntry, type DesktopApi } from '@shared/desktop-api';

function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  gz: 'application/gzip',
};

function mimeOf(name: string): string {
  return MIME[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

export function createBrowserDesktop(version: string): DesktopApi {
  return {
    platform: 'browser',
    getVersion: async () => version,
    savePdf: async (bytes, name) => {
      download(bytes, name, 'application/pdf');
      return { saved: true, location: name };
    },
    printPdf: async (bytes) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const w = window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 120_000);
      return { opened: w !== null || true };
    },
    saveFile: async (bytes, name) => {
      download(bytes, name, mimeOf(name));
      return { saved: true, location: name };
    },
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    getBackupFolder: async () => null,
    chooseBackupFolder: async () => null,
    writeBackup: async () => null,
    listBackups: async (): Promise<BackupEntry[]> => [],
    readBackup: async () => {
      throw new Error('No modo navegador, restaure a partir de um arquivo baixado.');
    },
  };
}
