// Drives the real desktop app with Playwright's Electron support where a binary exists.
import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync } from 'node:fs';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const bin: string | null = electronBinary();
const built = existsSync('dist-electron/main.cjs') && existsSync('dist/renderer/index.html');

test.describe('desktop app (Electron)', () => {
  test.skip(!bin, 'no Electron binary on this machine (it is downloaded lazily and this network cannot reach it)');
  test.skip(!built, 'the app is not built (npm run build)');

  test('window opens, window.desktop is present and the renderer has no Node', async () => {
    const app = await electron.launch({ ...(bin ? { executablePath: bin } : {}), args: ['.', '--no-sandbox'] });
    const win = await app.firstWindow();
    await expect(win).toHaveTitle('Caderneta');
    expect(win.url()).toMatch(/^app:\/\/caderneta\//);
    const probe = await win.evaluate(() => ({
      desktop: typeof window.desktop === 'object' && window.desktop !== null ? window.desktop.platform : null,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(probe).toEqual({ desktop: 'electron', require: 'undefined', process: 'undefined' });
    // contextBridge hands over a frozen copy: a page cannot patch the desktop API.
    expect(await win.evaluate(() => Object.isFrozen(window.desktop))).toBe(true);
    expect(await win.evaluate(() => window.desktop?.openExternal('https://example.com').then(() => 'ok', () => 'refused'))).toBe('refused');
    await app.close();
  });
});
