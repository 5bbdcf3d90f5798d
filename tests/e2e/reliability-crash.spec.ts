// Crash consistency (issue 10): Chromium is killed with SIGKILL at a random moment of a long
// write, then reopened on the same profile (user-data-dir). Every operation must be fully there
// or not at all, every payment reported as saved must still be there, and checkInvariants must
// find nothing. Three long writes:
//   - 1,000 payments received one after the other (the repositories, via the test harness);
//   - a bulk import of 5,000 customers (loadDataset, one transaction);
//   - a restore of a backup file through the real screen, Configurações › Cópias de segurança.
// RELIABILITY_KILLS (default 20) is the total number of kills; CI may run fewer, e.g. 6.
// RELIABILITY_SEED fixes the kill moments (printed in the report).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test, expect, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../browser-path';
import { startReliabilityServer, type ReliabilityServer } from '../reliability/server';
import { sigkillBrowser } from '../reliability/kill';
import type { Verified } from '../reliability/harness/entry';

const KILLS = Math.max(3, Number(process.env.RELIABILITY_KILLS ?? 20));
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_251_123);
const TODAY = '2026-11-23';
const PER = { payments: Math.round((KILLS * 7) / 20), import: Math.round((KILLS * 7) / 20), restore: 0 };
PER.restore = KILLS - PER.payments - PER.import;

test.describe.configure({ mode: 'parallel' });
test.skip(process.platform !== 'linux', 'finds the browser process through /proc');

let server: ReliabilityServer;
test.beforeAll(async () => {
  server = await startReliabilityServer();
});
test.afterAll(async () => {
  await server.close();
});

/** mulberry32: the kill moments, reproducible from the seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Session {
  context: BrowserContext;
  page: Page;
  logs: string[];
  waitLog(prefix: string, timeoutMs?: number): Promise<string>;
}

async function launch(dir: string): Promise<Session> {
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(dir, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const logs: string[] = [];
  const watch = (p: Page): void => {
    p.on('console', (m) => logs.push(m.text()));
    p.on('pageerror', (e) => logs.push(`pageerror ${String(e)}`));
  };
  watch(page);
  context.on('page', watch);
  const waitLog = async (prefix: string, timeoutMs = 60_000): Promise<string> => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const hit = logs.find((l) => l.startsWith(prefix));
      if (hit) return hit;
      if (Date.now() > end) throw new Error(`no "${prefix}" log within ${timeoutMs} ms`);
      await sleep(10);
    }
  };
  return { context, page, logs, waitLog };
}

async function openHarness(page: Page): Promise<void> {
  await page.goto(`${server.origin}/__reliability/harness.html`);
  await expect(page).toHaveTitle('reliability harness ready');
}

async function kill(s: Session, dir: string): Promise<void> {
  await sigkillBrowser(dir);
  await s.context.close().catch(() => undefined);
}

async function verify(page: Page, name: string): Promise<Verified> {
  await openHarness(page);
  return page.evaluate((n) => window.reliability.verify(n), name);
}

/** A line in the report (annotation) and in the console, for the README numbers. */
function note(type: string, description: string): void {
  test.info().annotations.push({ type, description });
  console.log(`[${type}] ${description}`);
}

function profile(label: string): string {
  return mkdtempSync(join(tmpdir(), `caderneta-crash-${label}-`));
}

test(`1,000 payments, killed ${PER.payments} times: every saved payment survives, each one whole`, async () => {
  test.setTimeout(120_000 + PER.payments * 20_000);
  const dir = profile('payments');
  const random = rng(SEED);
  const saved = new Set<string>();
  let s = await launch(dir);
  try {
    await openHarness(s.page);
    const customers = await s.page.evaluate((t) => window.reliability.seedCarnes('pay', 40, t), TODAY);
    for (let cycle = 0; cycle < PER.payments; cycle++) {
      const delay = Math.round(200 + random() * 2_500);
      const run = s.page.evaluate(([c, t, seed]) => window.reliability.payMany('pay', c, 1_000, t, seed), [customers, TODAY, SEED + cycle] as const).catch(() => -1);
      await s.waitLog('payments-start');
      await sleep(delay);
      const logged = s.logs.filter((l) => l.startsWith('committed ')).map((l) => l.slice('committed '.length));
      await kill(s, dir);
      await run; // rejected by the kill (caught above)
      for (const id of logged) saved.add(id);
      note('kill', `payments cycle ${cycle}: ${delay} ms after start, ${logged.length} payments reported saved`);
      s = await launch(dir);
      const v = await verify(s.page, 'pay');
      expect(v.violations, `after kill ${cycle}`).toEqual([]);
      const present = new Set(await s.page.evaluate(() => window.reliability.paymentIds('pay')));
      const lost = [...saved].filter((id) => !present.has(id));
      expect(lost, `payments reported saved but gone after kill ${cycle}`).toEqual([]);
    }
    expect(saved.size, 'no payment was saved before any kill: the test did not test anything').toBeGreaterThan(0);
  } finally {
    await s.context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`import of 5,000 customers, killed ${PER.import} times: all of it or nothing`, async () => {
  test.setTimeout(120_000 + PER.import * 25_000);
  const dir = profile('import');
  const random = rng(SEED + 1);
  const spec = { customers: 5_000, installments: 5_000 };
  let s = await launch(dir);
  const outcomes = { whole: 0, none: 0 };
  try {
    await openHarness(s.page);
    const expected = await s.page.evaluate(([sp, t]) => window.reliability.datasetCounts(sp, t, 5), [spec, TODAY] as const);
    // Calibration: one import left alone, to learn how long the write takes on this machine.
    const full = await s.page.evaluate(([sp, t]) => window.reliability.loadShop('imp-cal', sp, t, 5), [spec, TODAY] as const);
    const duration = full.importMs;
    expect(full.counts.customers).toBe(5_000);
    note('calibration', `import of 5,000 customers: ${duration} ms (generated in ${full.generateMs} ms)`);
    for (let cycle = 1; cycle <= PER.import; cycle++) {
      const name = `imp-${cycle}`;
      s.logs.length = 0;
      const run = s.page.evaluate(([n, sp, t]) => window.reliability.loadShop(n, sp, t, 5), [name, spec, TODAY] as const).catch(() => null);
      await s.waitLog('import-start');
      const delay = Math.round(random() * duration * 1.1);
      await sleep(delay);
      const finished = s.logs.some((l) => l.startsWith('import-done'));
      await kill(s, dir);
      await run; // rejected by the kill (caught above)
      const t0 = Date.now();
      s = await launch(dir);
      const v = await verify(s.page, name);
      console.log(`relaunch + verify: ${Date.now() - t0} ms`);
      expect(v.violations, `after kill ${cycle}`).toEqual([]);
      const whole = v.counts.customers === expected.customers;
      for (const t of ['customers', 'sales', 'installments', 'payments', 'contacts', 'agreements'] as const) {
        expect(v.counts[t], `${t} after kill ${cycle} (${delay} ms): partly imported`).toBe(whole ? expected[t] : 0);
      }
      if (finished) expect(whole, 'an import reported done was lost').toBe(true);
      outcomes[whole ? 'whole' : 'none']++;
      note('kill', `import cycle ${cycle}: ${delay} ms after start -> ${whole ? 'all 5,000 customers' : 'nothing'}`);
    }
    note('outcomes', `import: ${outcomes.whole} whole, ${outcomes.none} not at all`);
  } finally {
    await s.context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`restore through the Cópias de segurança screen, killed ${PER.restore} times: old data or the backup, never a mix`, async () => {
  test.setTimeout(150_000 + PER.restore * 30_000);
  const dir = profile('restore');
  const files = mkdtempSync(join(tmpdir(), 'caderneta-crash-files-'));
  const random = rng(SEED + 2);
  const spec = { customers: 500, installments: 5_000 };
  let s = await launch(dir);
  try {
    await openHarness(s.page);
    const backups = [];
    for (const seed of [31, 32]) {
      const b = await s.page.evaluate(([sp, t, sd]) => window.reliability.backupOf(sp, t, sd), [spec, TODAY, seed] as const);
      const path = join(files, `caderneta-${seed}.json.gz`);
      writeFileSync(path, Buffer.from(b.base64, 'base64'));
      backups.push({ path, fingerprint: b.fingerprint });
    }
    // The shop starts with its own small book.
    await s.page.evaluate((t) => window.reliability.loadShop('rst', { customers: 30, installments: 200 }, t, 7), TODAY);

    const app = async (): Promise<{ harness: Page; before: string }> => {
      await s.page.goto(`${server.origin}/?db=rst&hoje=${TODAY}#/configuracoes/backup`);
      await expect(s.page.getByTestId('backup-panel')).toBeVisible();
      await sleep(300); // start-up work (fiado closing) settles
      const harness = await s.context.newPage();
      const before = (await verify(harness, 'rst')).fingerprint;
      return { harness, before };
    };
    /** Chooses the file and confirms; resolves when the safety copy of the current data has been
     *  handed to the browser as a download, i.e. when the replacing transaction begins. */
    const startRestore = async (path: string): Promise<number> => {
      await s.page.getByTestId('restore-file').setInputFiles(path);
      await expect(s.page.getByTestId('restore-confirm')).toBeVisible({ timeout: 30_000 });
      const safetyCopy = s.page.waitForEvent('download', { timeout: 60_000 });
      await s.page.getByTestId('restore-confirm-button').click();
      await safetyCopy;
      return Date.now();
    };

    // Calibration: two restores left alone (the first over the small book, the second, timed
    // from the safety copy to "Cópia restaurada", over a shop of the backups' size, as in the
    // cycles below).
    let duration = 0;
    for (const b of backups) {
      const { harness } = await app();
      await harness.close();
      const started = await startRestore(b.path);
      await expect(s.page.getByTestId('backup-status')).toContainText('Cópia restaurada', { timeout: 90_000 });
      duration = Date.now() - started;
    }
    note('calibration', `restore of ${spec.customers} customers over as many, through the screen: ${duration} ms from the safety copy to done`);
    const outcomes = { backup: 0, old: 0 };
    for (let cycle = 0; cycle < PER.restore; cycle++) {
      const { harness, before } = await app();
      await harness.close();
      // Restore the backup the shop is not on now, so both outcomes can be told apart.
      const target = backups.find((b) => b.fingerprint !== before);
      if (!target) throw new Error('no backup differs from the current data');
      await startRestore(target.path);
      // The kill lands inside the replacing transaction or just after it.
      const delay = Math.round(random() * duration * 1.2);
      await sleep(delay);
      await kill(s, dir);
      s = await launch(dir);
      const v = await verify(s.page, 'rst');
      expect(v.violations, `after kill ${cycle}`).toEqual([]);
      expect([before, target.fingerprint], `after kill ${cycle} (${delay} ms): neither the old data nor the backup`).toContain(v.fingerprint);
      const restored = v.fingerprint === target.fingerprint;
      outcomes[restored ? 'backup' : 'old']++;
      note('kill', `restore cycle ${cycle}: ${delay} ms after the safety copy -> ${restored ? 'the backup' : 'the old data'}`);
    }
    note('outcomes', `restore: ${outcomes.backup} restored, ${outcomes.old} old data kept`);
    // The app itself opens on what survived, without an error screen.
    await s.page.goto(`${server.origin}/?db=rst&hoje=${TODAY}#/clientes`);
    await expect(s.page.getByTestId('customer-row').first()).toBeVisible();
    await expect(s.page.getByTestId('db-error')).toHaveCount(0);
  } finally {
    await s.context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
});
