// Screenshots of every screen with the example shop, at 1366x768 in Chromium, for the README.
// Usage: npm run build:renderer && node scripts/screenshots.mjs [outDir] (serves dist/renderer itself)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'docs/images';
const port = 4199;
const today = '2026-11-23';
mkdirSync(out, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'pt-BR', timezoneId: 'America/Sao_Paulo' });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
const base = `http://127.0.0.1:${port}/?hoje=${today}`;
await page.goto(`${base}#/configuracoes/sobre`);
await page.getByTestId('load-demo').click();
await page.waitForURL(/#\/$/);
const shots = [
  ['home', '#/'],
  ['board', '#/cobranca'],
  ['customers', '#/clientes'],
  ['sell', '#/vender'],
  ['receive', '#/receber'],
  ['reports', '#/relatorios'],
  ['documents', '#/documentos'],
  ['settings', '#/configuracoes'],
  ['settings-letters', '#/configuracoes/cartas'],
];
for (const [name, hash] of shots) {
  await page.goto(`${base}${hash}`);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}
// A customer with overdue installments.
await page.goto(`${base}#/clientes`);
await page.getByTestId('only-overdue').check();
await page.getByTestId('customer-row').first().getByRole('link').click();
await page.waitForTimeout(800);
await page.screenshot({ path: `${out}/customer.png` });
console.log(`${out}/customer.png`);
await page.goto(`${base}#/receber`);
await page.getByTestId('picker-search').fill('a');
await page.getByTestId('picker-result').first().click();
await page.getByTestId('pay-amount').fill('50');
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/receive.png` });
await browser.close();
server.kill();
if (errors.length) console.log(`console errors:\n- ${errors.join('\n- ')}`);
