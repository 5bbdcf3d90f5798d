// The shopkeeper's daily work at the counter, end to end in Chromium (issue 5's journey).
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { lateCharges } from '../../shared/charges/late-charges';
import { formatBRL } from '../../shared/money/brl';

async function createCustomer(page: Page, name: string, cpf: string): Promise<void> {
  await page.goto('/?hoje=2026-11-23#/clientes/novo');
  await page.getByTestId('customer-name').fill(name);
  await page.getByTestId('customer-document').fill(cpf);
  await page.getByTestId('customer-phone-0').fill('11912345678');
  await page.getByTestId('customer-save').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('at the counter', () => {
  test('customer form refuses an invalid CPF next to the field, then saves a valid one', async ({ page }) => {
    await page.goto('/?hoje=2026-11-23#/clientes/novo');
    await page.getByTestId('customer-name').fill('Maria José da Silva');
    await page.getByTestId('customer-document').fill('529.982.247-24');
    await page.getByTestId('customer-save').click();
    await expect(page.getByText('CPF ou CNPJ inválido: confira os números.')).toBeVisible();
    await expect(page.getByTestId('customer-document')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('customer-document').fill('52998224725');
    await expect(page.getByTestId('customer-document')).toHaveValue('529.982.247-25');
    await page.getByTestId('customer-save').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maria José da Silva' })).toBeVisible();
    // Found by accent-free search and by CPF digits.
    await page.goto('/?hoje=2026-11-23#/clientes');
    await page.getByTestId('customer-search').fill('jose');
    await expect(page.getByTestId('customer-row')).toHaveCount(1);
    await page.getByTestId('customer-search').fill('52998');
    await expect(page.getByTestId('customer-row')).toHaveCount(1);
    // Same CPF again is refused with a link to the existing customer.
    await page.goto('/?hoje=2026-11-23#/clientes/novo');
    await page.getByTestId('customer-name').fill('Outra Maria');
    await page.getByTestId('customer-document').fill('52998224725');
    await page.getByTestId('customer-save').click();
    await expect(page.getByTestId('duplicate-link')).toBeVisible();
  });

  test('sale and payment forms: errors next to their fields, gone as soon as the field is fixed', async ({ page }) => {
    await page.goto('/?hoje=2026-11-23#/vender');
    await page.getByTestId('sale-confirm').click();
    await expect(page.getByText('Escolha o cliente.')).toBeVisible();
    await expect(page.getByTestId('sale-total')).toHaveAttribute('aria-invalid', 'true');
    await page.getByTestId('sale-total').fill('300,00');
    await expect(page.getByTestId('sale-total')).toHaveAttribute('aria-invalid', 'false');
    await expect(page.getByText('Escolha o cliente.')).toBeVisible();
    // A negative down payment is named at its field and in place of the plan.
    await page.getByTestId('sale-down').fill('-50');
    await expect(page.getByTestId('sale-down')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('plan-hint')).toHaveText('A entrada não pode ser negativa.');
    await page.getByTestId('sale-down').fill('50');
    await expect(page.getByTestId('sale-down')).toHaveAttribute('aria-invalid', 'false');
    await expect(page.getByTestId('plan-row')).toHaveCount(3);

    // "+ Novo cliente" opens with the name field focused; the corner button closes it.
    await page.getByRole('button', { name: '+ Novo cliente' }).click();
    await expect(page.getByTestId('customer-name')).toBeFocused();
    await page.getByRole('button', { name: 'Fechar', exact: true }).click();
    await expect(page.getByTestId('customer-name')).toHaveCount(0);

    await page.goto('/?hoje=2026-11-23#/receber');
    await page.getByTestId('pay-confirm').click();
    await expect(page.getByTestId('pay-customer-error')).toBeVisible();
    await expect(page.getByTestId('pay-amount-error')).toBeVisible();
    await page.getByTestId('pay-amount').fill('abc');
    await expect(page.getByTestId('pay-amount-error')).toBeVisible();
    await page.getByTestId('pay-amount').fill('50');
    await expect(page.getByTestId('pay-amount-error')).toHaveCount(0);
    await expect(page.getByTestId('pay-customer-error')).toBeVisible();
  });

  test('sell a 3x carnê, pay part of a late installment with fine and interest, then reverse it', async ({ page }) => {
    await createCustomer(page, 'João Pereira', '111.444.777-35');
    await page.getByTestId('action-sell').click();
    await expect(page.getByTestId('picked-customer')).toContainText('João Pereira');
    await page.getByTestId('sale-description').fill('Material de construção');
    await page.getByTestId('sale-total').fill('300,00');
    await page.getByTestId('sale-count').fill('3');
    await page.getByTestId('sale-first-due').fill('23/12/2026');
    await expect(page.getByTestId('plan-row')).toHaveCount(3);
    await expect(page.getByTestId('plan-sum')).toHaveText('R$ 300,00');
    await page.getByTestId('sale-confirm').click();
    await expect(page.getByTestId('sale-done')).toContainText('3 parcela(s)');

    // 20 days after the first due date.
    const on = '2027-01-12';
    const expected = lateCharges({ principalCents: 10000, dueDate: '2026-12-23', on, finePercent: 2, monthlyInterestPercent: 1 });
    expect(expected.daysLate).toBe(20);
    await page.goto(`/?hoje=${on}#/receber`);
    await page.getByTestId('picker-search').fill('joao');
    await page.getByTestId('picker-result').first().click();
    await expect(page.getByTestId('open-fine').first()).toHaveText(formatBRL(expected.fineCents));
    await expect(page.getByTestId('open-interest').first()).toHaveText(formatBRL(expected.interestCents));
    await expect(page.getByTestId('open-total').first()).toHaveText(formatBRL(expected.totalCents));

    await page.getByTestId('pay-amount').fill('50');
    await page.getByTestId('pay-method').selectOption('pix');
    await expect(page.getByTestId('alloc-preview')).toContainText(`Multa: ${formatBRL(expected.fineCents)}`);
    // What is left owed counts the two installments not yet due, also with only the first chosen.
    const left = formatBRL(expected.totalCents + 20000 - 5000);
    await expect(page.getByTestId('remaining')).toHaveText(`Ainda fica devendo: ${left}`);
    await page.getByRole('checkbox', { name: 'Pagar parcela 1/3' }).check();
    await expect(page.getByTestId('remaining')).toHaveText(`Ainda fica devendo, no total: ${left}`);
    await expect(page.getByTestId('alloc-preview')).toContainText(`Nas parcelas escolhidas fica devendo: ${formatBRL(expected.totalCents - 5000)}`);
    await page.getByTestId('pay-confirm').click();
    await expect(page.getByTestId('payment-done')).toContainText('cinquenta reais');

    // Customer page: the first installment now owes principal minus what the payment left for it.
    await page.getByRole('link', { name: 'Ver cliente' }).click();
    const principalPaid = 5000 - expected.fineCents - expected.interestCents;
    await expect(page.getByTestId('inst-fine').first()).toHaveText('R$ 0,00');
    await expect(page.getByTestId('inst-total').first()).toHaveText(formatBRL(10000 - principalPaid));

    // Reverse it: the installment is back to its full value today; both rows stay in history.
    await page.getByTestId('reverse-payment').click();
    await page.getByTestId('reason-input').fill('Pix devolvido pelo banco');
    await page.getByTestId('reason-confirm').click();
    await expect(page.getByTestId('inst-total').first()).toHaveText(formatBRL(expected.totalCents));
    await expect(page.getByTestId('payment-row')).toHaveCount(2);
    await expect(page.getByTestId('payments-table')).toContainText('Pix devolvido pelo banco');
    // A customer who still owes cannot be anonymised, and the page says why before any click.
    await expect(page.getByTestId('action-anonymize')).toBeDisabled();
    await expect(page.getByTestId('anonymize-blocked')).toContainText('ainda tem valores em aberto');
  });

  test('a blocked customer is refused a sale on credit, with the reason', async ({ page }) => {
    await createCustomer(page, 'Carlos Devedor', '390.533.447-05');
    await page.getByTestId('action-block').click();
    await page.getByTestId('reason-input').fill('Cheque devolvido');
    await page.getByTestId('reason-confirm').click();
    await expect(page.getByText('Crédito bloqueado: Cheque devolvido')).toBeVisible();
    await page.getByTestId('action-sell').click();
    await page.getByTestId('sale-total').fill('120');
    await page.getByTestId('sale-confirm').click();
    await expect(page.getByTestId('refusal-reasons')).toContainText('Crédito bloqueado: Cheque devolvido');
    await page.keyboard.press('Escape');
    await page.goto('/?hoje=2026-11-23#/clientes');
    await page.getByTestId('customer-search').fill('carlos');
    await expect(page.getByTestId('customer-row')).toContainText('R$ 0,00');
  });
});
