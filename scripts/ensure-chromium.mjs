// Makes sure a Chromium exists for the e2e tests: Playwright's own, CHROME_PATH, Debian's
// /usr/bin/chromium — and, as root on Debian with none of them, installs `chromium` with apt-get.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

function playwrightOwn() {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const found = playwrightOwn() ?? [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (found) {
  console.log(`chromium: ${found}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('chromium: not found, installing Debian chromium with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (!existsSync('/usr/bin/chromium')) process.exit(1);
} else {
  console.error('Nenhum Chromium encontrado: instale o Chromium (apt-get install chromium) ou defina CHROME_PATH.');
  process.exit(1);
}
