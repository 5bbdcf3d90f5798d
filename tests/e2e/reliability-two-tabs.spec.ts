// Two instances (issue 10): two browser tabs on the same database writing at the same time do
// not corrupt it (IndexedDB serialises the repositories' transactions; receipt numbers stay
// unique; each tab sees the other's writes), and a schema upgrade from another tab makes the
// app close its copy and ask for a reload instead of blocking or writing with an old schema.
import { test, expect, type Page } from '@playwright/test';
import { startReliabilityServer, type ReliabilityServer } from '../reliability/server';

const TODAY = '2026-11-23';

let server: ReliabilityServer;
test.beforeAll(async () => {
  server = await startReliabilityServer();
});
test.afterAll(async () => {
  await server.close();
});

/** Console errors and uncaught exceptions of a page (asserted empty at the end). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function harness(page: Page): Promise<void> {
  await page.goto(`${server.origin}/__reliability/harness.html`);
  await expect(page).toHaveTitle('reliability harness ready');
}

async function addCustomers(page: Page, prefix: string, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await page.goto(`${server.origin}/?db=tabs&hoje=${TODAY}#/clientes/novo`);
    await page.getByTestId('customer-name').fill(`${prefix} ${i}`);
    await page.getByTestId('customer-save').click();
    await expect(page.getByRole('heading', { level: 1, name: `${prefix} ${i}` })).toBeVisible();
  }
}

test('two tabs writing at once: no corruption, unique receipts, each sees the other', async ({ context }) => {
  test.setTimeout(120_000);
  const [a, b, h1, h2] = [await context.newPage(), await context.newPage(), await context.newPage(), await context.newPage()];
  const errors = [a, b].flatMap((p) => [watchErrors(p)]);
  await harness(h1);
  await harness(h2);
  const customers = await h1.evaluate((t) => window.reliability.seedCarnes('tabs', 12, t), TODAY);
  // Two app tabs register customers through the screen while two more tabs receive payments
  // on the same customers, all at the same time.
  const [paid1, paid2] = await Promise.all([
    h1.evaluate(([c, t]) => window.reliability.payMany('tabs', c, 150, t, 1), [customers, TODAY] as const),
    h2.evaluate(([c, t]) => window.reliability.payMany('tabs', c, 150, t, 2), [customers, TODAY] as const),
    addCustomers(a, 'Aline Aba', 4),
    addCustomers(b, 'Bruno Aba', 4),
  ]);
  expect(paid1 + paid2).toBeGreaterThan(100);
  const v = await h1.evaluate(() => window.reliability.verify('tabs'));
  expect(v.violations).toEqual([]);
  expect(v.counts.customers).toBe(12 + 8);
  expect(v.counts.payments).toBe(paid1 + paid2);
  const numbers = await h2.evaluate(() => window.reliability.receiptNumbers('tabs'));
  expect(numbers).toHaveLength(paid1 + paid2);
  expect(new Set(numbers).size, 'a receipt number was given twice').toBe(numbers.length);
  // Each app tab shows the customers the other one created (live across tabs).
  for (const p of [a, b]) {
    await p.goto(`${server.origin}/?db=tabs&hoje=${TODAY}#/clientes`);
    await p.getByTestId('customer-search').fill('aba');
    await expect(p.getByTestId('customer-row')).toHaveCount(8);
  }
  expect(errors.flat()).toEqual([]);
});

test('a newer schema opened in another tab: the app closes its copy and asks for a reload', async ({ context }) => {
  const app = await context.newPage();
  const errors = watchErrors(app);
  await app.goto(`${server.origin}/?db=upgrade&hoje=${TODAY}#/clientes/novo`);
  await app.getByTestId('customer-name').fill('Antes da Atualização');
  await app.getByTestId('customer-save').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Antes da Atualização' })).toBeVisible();

  // Another tab (a newer app version) upgrades the database: it must not be blocked.
  const other = await context.newPage();
  await other.goto(`${server.origin}/__reliability/harness.html`);
  const result = await other.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const probe = indexedDB.open('caderneta-upgrade');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const req = indexedDB.open('caderneta-upgrade', version + 10);
          const timer = setTimeout(() => resolve('blocked'), 8_000);
          req.onupgradeneeded = () => {
            const stores = Array.from(req.result.objectStoreNames);
            if (!stores.includes('customers')) resolve('lost the tables');
          };
          req.onsuccess = () => {
            clearTimeout(timer);
            req.result.close();
            resolve(`upgraded to ${version + 10}`);
          };
          req.onerror = () => resolve(`error ${String(req.error)}`);
        };
      }),
  );
  expect(result).toMatch(/^upgraded to \d+$/);
  await expect(app.getByTestId('db-error')).toContainText('A Caderneta foi atualizada em outra janela');
  await expect(app.getByRole('button', { name: 'Recarregar' })).toBeVisible();
  expect(errors).toEqual([]);
});
