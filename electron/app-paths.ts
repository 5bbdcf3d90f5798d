// Where the shell finds the built renderer and keeps its own small files.
import { app } from 'electron';
import { join } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'caderneta';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** In `npm run dev` (unpackaged only) the page comes from the local Vite server. */
export function devServerUrl(): string | null {
  const url = process.env.CADERNETA_DEV_URL;
  return !app.isPackaged && url && /^http:\/\/127\.0\.0\.1:\d+$/.test(url) ? url : null;
}

/** Origins whose pages may navigate inside the window and call the desktop API. */
export function trustedOrigins(): string[] {
  const dev = devServerUrl();
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

/** The built renderer (dist/renderer), packed next to dist-electron in the asar. */
export function rendererRoot(): string {
  return join(app.getAppPath(), 'dist', 'renderer');
}

export function userFile(name: string): string {
  return join(app.getPath('userData'), name);
}
