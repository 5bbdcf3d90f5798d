import { test, expect } from './fixtures';

const routes = [
  { hash: '#/', heading: 'Bem-vindo à Caderneta' },
  { hash: '#/vender', heading: 'Vender a prazo' },
  { hash: '#/receber', heading: 'Receber pagamento' },
  { hash: '#/clientes', heading: 'Clientes' },
  { hash: '#/cobranca', heading: 'Cobrança' },
  { hash: '#/documentos', heading: 'Documentos' },
  { hash: '#/relatorios', heading: 'Relatórios' },
  { hash: '#/configuracoes', heading: 'Configurações' },
];

test.describe('app shell', () => {
  for (const r of routes) {
    test(`route ${r.hash} renders its screen`, async ({ page }) => {
      await page.goto(`/${r.hash}`);
      await expect(page.getByRole('heading', { level: 1, name: r.heading })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
      await expect(page.getByTestId('error-boundary')).toHaveCount(0);
    });
  }

  test('keyboard shortcuts F2, F3 and F4 switch screens', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Bem-vindo à Caderneta' })).toBeVisible();
    await page.keyboard.press('F2');
    await expect(page).toHaveURL(/#\/vender$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Vender a prazo' })).toBeVisible();
    await page.keyboard.press('F3');
    await expect(page).toHaveURL(/#\/receber$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Receber pagamento' })).toBeVisible();
    await page.keyboard.press('F4');
    await expect(page).toHaveURL(/#\/clientes$/);
  });

  test('first run: skip the welcome and land on Início', async ({ page }) => {
    await page.goto('/#/');
    await page.getByTestId('skip-first-run').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Início' })).toBeVisible();
  });

  test('first run: load the example shop', async ({ page }) => {
    await page.goto('/?hoje=2026-11-23#/');
    await page.getByTestId('load-demo').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Início' })).toBeVisible({ timeout: 30_000 });
    await page.goto('/?hoje=2026-11-23#/clientes');
    await expect(page.getByTestId('customer-row').first()).toBeVisible();
    expect(await page.getByTestId('customer-row').count()).toBeGreaterThan(40);
  });

  test('browser mode has no Node and a browser desktop API', async ({ page }) => {
    await page.goto('/#/configuracoes/sobre');
    await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+$/);
    const env = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(env).toEqual({ require: 'undefined', process: 'undefined' });
  });

  test('the CSP blocks an injected inline script', async ({ page, consoleErrors }) => {
    await page.goto('/#/');
    const ran = await page.evaluate(async () => {
      (window as unknown as { __pwned?: boolean }).__pwned = false;
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __pwned?: boolean }).__pwned;
    });
    expect(ran).toBe(false);
    // The browser reports the refusal as a console error; that one is expected here.
    expect(consoleErrors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    consoleErrors.length = 0;
  });
});
