// The single place where the app hands a link to the operating system. Every caller has
// already checked the URL; it is checked again here, so no path reaches the OS unvalidated.
import { shell } from 'electron';
import { isAllowedExternalUrl } from '../shared/desktop-api';

export async function openAllowedExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url, { activate: true });
  return true;
}
