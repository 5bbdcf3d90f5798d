// Print a carnê after a sale, read its QR and bar codes like a phone and a counter scanner
// would, and receive the payment by scanning the slip's reference.
import { test, expect } from './fixtures';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePixPayload } from '../../shared/br/pix';

const tools = ['/usr/bin/pdftoppm', '/usr/bin/zbarimg'].every(existsSync);

test('carnê slips: Pix QR with the amount, a reference the counter scans to receive', async ({ page }) => {
  test.skip(!tools, 'needs poppler-utils and zbar-tools (apt-get install poppler-utils zbar-tools)');
  await page.goto('/?hoje=2026-11-23#/configuracoes');
  await page.getByTestId('shop-name').fill('Mercearia Boa Vista Ltda');
  await page.getByTestId('shop-document').fill('11222333000181');
  await page.getByTestId('shop-pix').fill('11222333000181');
  await page.getByTestId('shop-street').fill('Rua das Flores');
  await page.getByTestId('shop-city').fill('São Paulo');
  await page.getByTestId('shop-save').click();
  await expect(page.getByText('Dados da loja salvos.')).toBeVisible();

  await page.goto('/?hoje=2026-11-23#/clientes/novo');
  await page.getByTestId('customer-name').fill('Joana Slip');
  await page.getByTestId('customer-document').fill('52998224725');
  await page.getByTestId('customer-save').click();
  await page.getByTestId('action-sell').click();
  await page.getByTestId('sale-total').fill('150,00');
  await page.getByTestId('sale-count').fill('2');
  await page.getByTestId('sale-confirm').click();
  await expect(page.getByTestId('sale-done')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('carne-save').click();
  const dir = mkdtempSync(join(tmpdir(), 'carne-'));
  const file = join(dir, 'carne.pdf');
  await (await download).saveAs(file);
  execFileSync('pdftoppm', ['-r', '200', '-png', file, join(dir, 'page')]);
  const codes = readdirSync(dir).filter((f) => f.endsWith('.png')).flatMap((png) =>
    execFileSync('zbarimg', ['-q', '--raw', join(dir, png)], { encoding: 'utf8' }).split('\n').filter(Boolean));
  const pix = codes.filter((c) => c.startsWith('000201')).map(decodePixPayload);
  expect(pix).toHaveLength(2);
  expect(pix.map((p) => p.amountCents)).toEqual([7500, 7500]);
  expect(pix[0]?.key).toBe('11222333000181');
  const refs = codes.filter((c) => /^\d{12}$/.test(c));
  expect(refs.length).toBeGreaterThanOrEqual(2);
  expect(pix.map((p) => p.txid)).toEqual(expect.arrayContaining(refs.slice(0, 2).map((r) => `CAD${r}`)));

  // The registry has the carnê.
  await page.goto('/?hoje=2026-11-23#/documentos');
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  // The carnês of a period are registered for the customers they are for.
  await page.getByLabel('Vencimento de').fill('01/12/2026');
  await page.getByLabel('até', { exact: true }).fill('31/01/2027');
  await page.getByTestId('batch-slips').click();
  const batchDownload = page.waitForEvent('download');
  await page.getByTestId('batch-save').click();
  await batchDownload;
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  await expect(page.getByTestId('document-row').filter({ hasText: 'Joana Slip' })).toHaveCount(2);
  await expect(page.getByTestId('documents-table')).not.toContainText('Vários clientes');

  // Scanning a slip's reference at the counter picks exactly that installment; the other slip picks the other one.
  await page.goto('/?hoje=2026-11-23#/receber');
  const boxes = [page.getByRole('checkbox', { name: 'Pagar parcela 1/2' }), page.getByRole('checkbox', { name: 'Pagar parcela 2/2' })];
  const picked: number[] = [];
  for (const p of pix) {
    await page.getByTestId('scan-input').fill(p.txid?.slice(3) ?? '');
    await page.getByTestId('scan-input').press('Enter');
    // The screen clears the field once it has picked the installment.
    await expect(page.getByTestId('scan-input')).toHaveValue('');
    await expect(page.getByTestId('picked-customer')).toContainText('Joana Slip');
    const states = [await boxes[0]!.isChecked(), await boxes[1]!.isChecked()];
    expect(states.filter(Boolean)).toHaveLength(1);
    picked.push(states.indexOf(true));
  }
  expect(picked.sort()).toEqual([0, 1]);

  // At the counter: a payment received, the next slip is scanned straight away (the reader's
  // digits and Enter) and picks its installment in a fresh form; F3 there gives a fresh form too.
  const [first, second] = pix.map((p) => p.txid?.slice(3) ?? '');
  await page.getByTestId('scan-input').fill(first ?? '');
  await page.getByTestId('scan-input').press('Enter');
  await page.getByTestId('pay-amount').fill('10');
  await page.getByTestId('pay-confirm').click();
  await expect(page.getByTestId('payment-done')).toBeVisible();
  await expect(page.getByTestId('next-scan')).toBeFocused();
  await page.keyboard.type(second ?? '');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('picked-customer')).toContainText('Joana Slip');
  await expect(page.getByTestId('pay-amount')).toBeFocused();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await page.keyboard.press('F3');
  await expect(page.getByTestId('picked-customer')).toHaveCount(0);
  await expect(page.getByTestId('scan-input')).toBeFocused();
});
