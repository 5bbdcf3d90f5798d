// The renderer's only door to the desktop: window.desktop in Electron, a browser stand-in otherwise.
import type { DesktopApi } from '@shared/desktop-api';
import { createBrowserDesktop } from './browser-desktop';

declare global {
  interface Window {
    desktop?: DesktopApi;
  }
}

export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

let cached: DesktopApi | undefined;

export function desktop(): DesktopApi {
  cached ??= window.desktop ?? createBrowserDesktop(APP_VERSION);
  return cached;
}
