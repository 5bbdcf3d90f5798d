// Which Chromium the tests drive: Playwright's own if installed, else CHROME_PATH, else Debian's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own browser
  } catch {
    /* not installed */
  }
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=pt-BR'];
