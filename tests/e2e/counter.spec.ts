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

/** F2, then the only customer the search finds, picked by keyboard: the cursor is on the value. */
async function sellToTheOneFound(page: Page, query: string): Promise<void> {
  await page.keyboard.press('F2');
  await expect(page.getByTestId('picker-search')).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByRole('listbox', { name: 'Clientes encontrados' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sale-total')).toBeFocused();
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
    await expect(page.getByTestId('sale-done')).toContainText('Carnê com 3 parcelas');

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
    // Each installment says which purchase it is, and the days late in words.
    await expect(page.getByTestId('open-purchase').first()).toHaveText('23/11/26 · Material de construção');
    await expect(page.getByTestId('open-installments')).toContainText('20 dias');

    // A slip of the finger (an extra zero) is pointed out before confirming.
    await page.getByTestId('pay-amount').fill('5000');
    await expect(page.getByTestId('pay-too-much')).toContainText('mais que o dobro do que o cliente deve');
    await page.getByTestId('pay-amount').fill('50');
    await expect(page.getByTestId('pay-too-much')).toHaveCount(0);
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
    await expect(page.getByTestId('done-remaining')).toContainText(`Ainda fica devendo: ${left}`);

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

  test('a sale by keyboard alone: F2, the customer picked with the arrows, the value, Enter; a second Enter saves nothing more', async ({ page }) => {
    await createCustomer(page, 'Ana Lúcia Ramos', '529.982.247-25');
    await createCustomer(page, 'Ana Paula Ferreira', '111.444.777-35');
    await page.keyboard.press('F2');
    const search = page.getByTestId('picker-search');
    await expect(search).toBeFocused();
    await page.keyboard.type('ana');
    const list = page.getByRole('listbox', { name: 'Clientes encontrados' });
    const options = list.getByRole('option');
    await expect(options).toHaveCount(2);
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    // Down highlights the first, then the second; the focus stays in the search.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await expect(search).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
    await expect(search).toBeFocused();
    // Esc closes the list and keeps the text; Down opens it again at the first, Up wraps to the last.
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(search).toHaveValue('ana');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const name = (await options.nth(1).locator('strong').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('picked-customer')).toContainText(name);

    // The value is next; with the installments shown, Confirm is a few Tabs away and they come after it.
    const total = page.getByTestId('sale-total');
    await expect(total).toBeFocused();
    await page.keyboard.type('300,00');
    await expect(page.getByTestId('plan-row')).toHaveCount(3);
    const confirm = page.getByTestId('sale-confirm');
    let tabs = 0;
    while (tabs < 20 && !(await confirm.evaluate((b) => b === document.activeElement))) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(tabs).toBeLessThanOrEqual(6);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Vencimento da parcela 1')).toBeFocused();
    for (let i = 0; i <= tabs; i += 1) await page.keyboard.press('Shift+Tab');
    await expect(total).toBeFocused();

    // Enter confirms; pressed twice, it records one sale and the second Enter leaves the sale's
    // summary on screen (the focus is on it, not on "Nova venda"); Tab then reaches the carnê.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('sale-done')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('sale-done')).toBeVisible();
    // (This fresh shop has no profile yet: the reminder's link to fill it in comes first, once the
    // shop's settings are read — a moment after the summary shows on a busy machine.)
    await expect(page.getByRole('link', { name: 'Preencher os dados da loja' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Preencher os dados da loja' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('carne-print')).toBeFocused();
    await page.goto('/?hoje=2026-11-23#/clientes');
    await page.getByTestId('customer-search').fill(name);
    await expect(page.getByTestId('customer-row')).toHaveCount(1);
    await expect(page.getByTestId('customer-row')).toContainText('R$ 300,00');
  });

  test('a value typed and confirmed at once is sold with its own plan; "Nova venda" starts the plan over', async ({ page }) => {
    await createCustomer(page, 'Ana Lúcia Ramos', '529.982.247-25');
    await sellToTheOneFound(page, 'ana');
    const total = page.getByTestId('sale-total');
    await page.getByTestId('sale-count').fill('2');
    await page.getByTestId('sale-first-due').fill('10/12/2026');
    await total.focus();
    // A plan for R$ 15,00 on screen, then one more digit and Enter with no pause (a fast hand
    // or a scanner): the sale is of R$ 150,00 in 2 x R$ 75,00, not refused for the plan before.
    await page.keyboard.type('15');
    await expect(page.getByTestId('plan-row')).toHaveCount(2);
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    const done = page.getByTestId('sale-done');
    await expect(done).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Venda registrada' })).toBeVisible();
    await expect(done.locator('tr')).toHaveText([/1\/2\s*10\/12\/2026\s*R\$\s75,00/, /2\/2\s*10\/01\/2027\s*R\$\s75,00/]);
    await page.getByRole('button', { name: 'Nova venda' }).click();
    await expect(page.getByTestId('sale-count')).toHaveValue('3');
    await expect(page.getByTestId('sale-first-due')).toHaveValue('23/12/2026');
    await expect(total).toHaveValue('');
  });

  test('a down payment (entrada) taken with a sale shows among the payments and in what came in that month', async ({ page }) => {
    await createCustomer(page, 'Beatriz Entrada', '529.982.247-25');
    await sellToTheOneFound(page, 'beatriz');
    await expect(page.getByTestId('picked-customer')).toContainText('Beatriz Entrada');
    await page.getByTestId('sale-total').fill('450,00');
    await page.getByTestId('sale-down').fill('50,00');
    await expect(page.getByTestId('plan-row')).toHaveCount(3);
    await page.getByTestId('sale-confirm').click();
    await expect(page.getByTestId('sale-done')).toContainText('entrada de R$ 50,00');
    await page.getByRole('link', { name: 'Ver cliente' }).click();
    await expect(page.getByTestId('down-payment-row')).toContainText('R$ 50,00');
    await expect(page.getByTestId('down-payment-row')).toContainText('Pago na compra');
    await page.goto('/?hoje=2026-11-23#/relatorios');
    const received = page.getByTestId('report-received');
    await expect(received).toContainText('R$ 50,00 de entradas pagas nas vendas');
    // The month's card says where the money came from (no payment yet, only the entrada).
    await expect(page.getByText('0 pagamentos, e R$ 50,00 de entradas nas vendas')).toBeVisible();
  });

  test('Enter in the sale with fields in error names them and goes to the first; a customer created from there is not a sale', async ({ page }) => {
    await page.goto('/?hoje=2026-11-23#/vender');
    const search = page.getByTestId('picker-search');
    await expect(search).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('sale-description')).toBeFocused();
    await page.keyboard.type('Cimento');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Escolha o cliente.')).toBeVisible();
    await expect(page.getByTestId('sale-total')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('sale-description')).toHaveValue('Cimento');
    await expect(search).toBeFocused();
    await expect(search).toHaveAttribute('aria-invalid', 'true');

    // "+ Novo cliente" by keyboard: Enter in its form saves the customer, picks it and goes on to the value.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('customer-name')).toBeFocused();
    await page.keyboard.type('Beto Souza');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('picked-customer')).toContainText('Beto Souza');
    await expect(page.getByText('Escolha o cliente.')).toHaveCount(0);
    await expect(page.getByTestId('sale-total')).toBeFocused();
    await expect(page.getByTestId('sale-done')).toHaveCount(0);
  });

  test('a blocked customer is refused a sale on credit, with the reason', async ({ page }) => {
    await createCustomer(page, 'Carlos Devedor', '390.533.447-05');
    await page.getByTestId('action-block').click();
    await page.getByTestId('reason-input').fill('Cheque devolvido');
    await page.getByTestId('reason-confirm').click();
    await expect(page.getByText('Crédito bloqueado: Cheque devolvido')).toBeVisible();
    await page.getByTestId('action-sell').click();
    // Said as soon as the customer is on the sale, before anything is typed.
    await expect(page.getByTestId('gate-warning')).toContainText('Crédito bloqueado: Cheque devolvido');
    await expect(page.getByTestId('sale-total')).toHaveValue('');
    await page.getByTestId('sale-total').fill('120');
    await page.getByTestId('sale-confirm').click();
    await expect(page.getByTestId('refusal-reasons')).toContainText('Crédito bloqueado: Cheque devolvido');
    await page.keyboard.press('Escape');
    await page.goto('/?hoje=2026-11-23#/clientes');
    await page.getByTestId('customer-search').fill('carlos');
    await expect(page.getByTestId('customer-row')).toContainText('R$ 0,00');
  });
});

test.describe('leaving unsaved work', () => {
  test('F3 or the menu in the middle of a sale asks first; staying keeps what was typed, leaving discards it', async ({ page }) => {
    await page.goto('/?hoje=2026-11-23#/vender');
    await page.getByLabel('Valor total (R$)').fill('250,00');
    await page.keyboard.press('F3');
    const dialog = page.getByTestId('leave-unsaved');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('A venda ainda não foi confirmada.');
    await expect(page.getByTestId('leave-unsaved-stay')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/#\/vender/);
    await expect(page.getByLabel('Valor total (R$)')).toHaveValue('250,00');
    // A link in the page's own text asks too.
    await page.locator('main').getByRole('link', { name: 'Clientes', exact: true }).click();
    await expect(dialog).toBeVisible();
    await page.getByTestId('leave-unsaved-stay').click();
    await expect(page).toHaveURL(/#\/vender/);
    await expect(page.getByLabel('Valor total (R$)')).toHaveValue('250,00');
    await page.getByTestId('nav-clientes').click();
    await expect(dialog).toBeVisible();
    await page.getByTestId('leave-unsaved-go').click();
    await expect(page).toHaveURL(/#\/clientes/);
    // Nothing typed: no question.
    await page.keyboard.press('F2');
    await expect(page).toHaveURL(/#\/vender/);
    await page.keyboard.press('F3');
    await expect(page).toHaveURL(/#\/receber/);
    await expect(dialog).toBeHidden();
  });
});
