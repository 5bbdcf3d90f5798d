// Data written in Chromium is still there after a reload and after closing the page.
import { test, expect } from './fixtures';

test('a customer, a carnê sale and a payment survive a reload and a new page', async ({ page, context }) => {
  await page.goto('/?hoje=2026-11-23#/clientes/novo');
  await page.getByTestId('customer-name').fill('Ana Persistente');
  await page.getByTestId('customer-document').fill('11144477735');
  await page.getByTestId('customer-save').click();
  await page.getByTestId('action-sell').click();
  await page.getByTestId('sale-total').fill('90');
  await page.getByTestId('sale-count').fill('3');
  await page.getByTestId('sale-confirm').click();
  await expect(page.getByTestId('sale-done')).toBeVisible();
  await page.getByRole('link', { name: 'Ver cliente' }).click();
  await page.getByTestId('action-receive').click();
  await page.getByTestId('pay-amount').fill('30');
  await page.getByTestId('pay-confirm').click();
  await expect(page.getByTestId('payment-done')).toBeVisible();

  const check = async (p: typeof page): Promise<void> => {
    await p.goto('/?hoje=2026-11-23#/clientes');
    await p.getByTestId('customer-search').fill('persistente');
    await expect(p.getByTestId('customer-row')).toHaveCount(1);
    await expect(p.getByTestId('customer-row')).toContainText('R$ 60,00');
    await p.getByTestId('customer-row').getByRole('link').click();
    await expect(p.getByTestId('installment-row')).toHaveCount(2);
    await expect(p.getByTestId('payment-row')).toHaveCount(1);
  };
  await page.reload();
  await check(page);
  await page.close();
  const again = await context.newPage();
  await check(again);
});
