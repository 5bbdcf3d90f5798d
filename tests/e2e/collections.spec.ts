// Collections: the board with the demo shop on a fixed day, moving cards with the mouse and
// the keyboard, a WhatsApp message logged, a broken promise moving a card, an agreement that
// keeps the total to the centavo, and Today's actions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const DAY = '2026-11-23';

async function loadDemo(page: Page): Promise<void> {
  await page.goto(`/?hoje=${DAY}#/configuracoes/sobre`);
  await page.getByTestId('load-demo').click();
  await expect(page).toHaveURL(/#\/$/, { timeout: 30_000 });
}

async function openBoard(page: Page, day = DAY): Promise<void> {
  await page.goto(`/?hoje=${day}#/cobranca`);
  await expect(page.getByTestId('board')).toBeVisible();
  // The day's run (régua steps, late agreements broken) writes right after opening: let it end
  // before dragging, so no redraw moves the columns under the pointer.
  await expect(page.locator('.board-page')).toHaveAttribute('data-daily-run', 'done', { timeout: 30_000 });
}

const column = (page: Page, id: string): Locator => page.getByTestId(`board-col-${id}`);
const card = (page: Page, name: string): Locator => page.getByTestId('board-card').filter({ has: page.locator(`.bc-name[title="${name}"]`) });

/** Puts only this customer on the board (the name filter), so its column is in view. */
async function focusOn(page: Page, name: string): Promise<Locator> {
  await page.getByTestId('filter-text').fill(name);
  const c = card(page, name);
  await expect(c).toHaveCount(1);
  return c;
}

async function columnOf(c: Locator): Promise<string | null> {
  return c.getAttribute('data-column');
}

test.describe('collection board', () => {
  test.beforeEach(async ({ page }) => {
    await loadDemo(page);
  });

  test('shows each customer in the stage of the demo shop, with totals and legal badges', async ({ page }) => {
    await openBoard(page);
    // Opened afresh on the board, its cards come from the read begun by the early entry
    // (app/early-read.ts), which the built page loads with a script tag of its own.
    await page.reload();
    await expect(page.getByTestId('board-card').first()).toBeVisible();
    await expect(page.locator('head script[type="module"][async][src*="early-read"]')).toHaveCount(1);
    expect(await page.evaluate(() => ['caderneta:early-read', 'caderneta:early-read-taken'].map((m) => performance.getEntriesByName(m).length))).toEqual([1, 1]);
    await expect(column(page, 'a_vencer').getByTestId('board-card')).toHaveCount(4);
    // At 1366 px the last columns are out of sight: the board says which, and one click shows them.
    const more = page.getByTestId('board-more');
    await expect(more).toContainText('Jurídico');
    await more.click();
    await expect(column(page, 'pausado')).toBeInViewport({ ratio: 0.5 });
    await expect(column(page, 'a_vencer').locator('.bc-name[title="José Almeida Nascimento"]')).toHaveCount(1);
    // A long name keeps its first and last names, the middle ones as initials (the card is narrow).
    await expect(column(page, 'a_vencer').locator('.bc-name[title="José Almeida Nascimento"]')).toHaveText('José A. Nascimento');
    await expect(column(page, 'vencido').locator('.bc-name[title="Mariana Carvalho"]')).toHaveCount(1);
    await expect(column(page, 'cobranca').locator('.bc-name[title="Luiz Gomes"]')).toHaveCount(1);
    await expect(column(page, 'negociacao').locator('.bc-name[title="Lúcia Adriana Pereira Machado"]')).toHaveCount(1);
    await expect(column(page, 'notificacao').locator('.bc-name[title="Roberto Severino Mendes"]')).toHaveCount(1);
    await expect(column(page, 'pausado').locator('.bc-name[title="Mercearia Lima Ltda"]')).toHaveCount(1);
    await expect(column(page, 'pausado').getByTestId('badge-p')).toHaveText('Pausado até 28/11');
    // Past 90 days, but no written notice yet: held in "Crédito suspenso" (CDC art. 43 §2).
    const held = card(page, 'Márcio Dias Moura');
    await expect(held).toHaveAttribute('data-column', 'suspenso');
    await expect(held.getByTestId('badge-n')).toHaveText('Aguarda aviso prévio');
    await expect(column(page, 'juridico').getByTestId('board-card')).toHaveCount(0);
    await expect(column(page, 'vencido').getByTestId('column-total')).toHaveText(/^R\$ \d{1,3}(\.\d{3})*,\d{2}$/);
    await expect(page.getByTestId('board-summary')).toContainText(/\d+ clientes? na régua/);
  });

  test('filters by stage, amount and days late', async ({ page }) => {
    await openBoard(page);
    await page.getByTestId('filter-stage').selectOption('vencido');
    await expect(column(page, 'cobranca').getByTestId('board-card')).toHaveCount(0);
    await expect(column(page, 'vencido').getByTestId('board-card')).toHaveCount(5);
    await page.getByTestId('filter-min-days').fill('5');
    await expect(column(page, 'vencido').getByTestId('board-card')).toHaveCount(2);
    await page.getByTestId('filter-min').fill('1.000,00');
    await expect(column(page, 'vencido').getByTestId('board-card')).toHaveCount(0);
  });

  test('drags a card to another stage with the mouse; the reason is required and logged', async ({ page }) => {
    await openBoard(page);
    const c = await focusOn(page, 'Luiz Gomes');
    expect(await columnOf(c)).toBe('cobranca');
    const from = await c.boundingBox();
    if (!from) throw new Error('no card box');
    await page.mouse.move(from.x + from.width / 2, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 4 });
    // Over the target column, as the board shows it now (measured during the drag), and only
    // let go once dnd-kit marks it as the one under the pointer.
    const target = column(page, 'negociacao');
    await expect(async () => {
      const to = await target.boundingBox();
      if (!to) throw new Error('no column box');
      await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 8 });
      await expect(target).toHaveClass(/\bover\b/, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await page.mouse.up();
    const dialog = page.getByTestId('reason-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('move-stage-select')).toHaveValue('negociacao');
    // dnd-kit swallows clicks for 50 ms after a drop (the click a drag's pointerup may cause);
    // a person cannot click that fast, a test can: click again until the dialog answers.
    await expect(async () => {
      await page.getByTestId('reason-confirm').click();
      await expect(dialog.getByRole('alert')).toContainText('motivo', { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await page.getByTestId('reason-input').fill('Cliente pediu para negociar');
    await page.getByTestId('reason-confirm').click();
    await expect(card(page, 'Luiz Gomes')).toHaveAttribute('data-column', 'negociacao');
    await expect(card(page, 'Luiz Gomes').getByTestId('badge-m')).toHaveText('Etapa manual');
  });

  test('moves a card with the keyboard (M), and refuses a stage that needs the written notice', async ({ page }) => {
    await openBoard(page);
    const c = await focusOn(page, 'Helena Barbosa Rocha');
    await c.focus();
    await page.keyboard.press('m');
    await expect(page.getByTestId('reason-dialog')).toBeVisible();
    await page.getByTestId('move-stage-select').selectOption('juridico');
    await expect(page.getByTestId('move-blocked')).toContainText('"Jurídico" vem depois do aviso prévio de negativação');
    // Nothing to confirm: the button is off, and the reason field shows no error of its own.
    await expect(page.getByTestId('reason-confirm')).toBeDisabled();
    await page.getByTestId('move-stage-select').selectOption('notificacao');
    await expect(page.getByTestId('move-blocked')).toHaveCount(0);
    await page.getByTestId('reason-input').fill('Combinado com a gerência');
    await page.getByTestId('reason-confirm').press('Enter');
    await expect(card(page, 'Helena Barbosa Rocha')).toHaveAttribute('data-column', 'notificacao');
  });

  test('sends a WhatsApp message: the wa.me link is opened and the contact is logged', async ({ page }) => {
    await page.addInitScript(() => {
      const opened: string[] = [];
      (window as unknown as { __opened: string[] }).__opened = opened;
      window.open = ((url?: string | URL) => {
        opened.push(String(url));
        return null;
      }) as typeof window.open;
    });
    await page.goto('about:blank'); // a new document, so the stub above is installed
    await openBoard(page);
    const c = await focusOn(page, 'Mariana Carvalho');
    await c.click();
    await page.getByTestId('panel-send').click();
    await expect(page.getByTestId('send-body')).toHaveValue(/Mariana/);
    await expect(page.getByTestId('send-body')).toHaveValue(/R\$ \d+,\d{2}/);
    await page.getByTestId('send-whatsapp').click();
    await expect(page.getByTestId('send-dialog')).toBeHidden();
    const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/wa\.me\/55\d{10,11}\?text=/);
    expect(decodeURIComponent(opened[0]?.split('?text=')[1] ?? '')).toContain('Mariana');
    await expect(page.getByTestId('contact-history')).toContainText('WhatsApp');
    await page.getByTestId('card-dialog').getByRole('button', { name: 'Fechar' }).click();
    await expect(card(page, 'Mariana Carvalho').getByTestId('card-last-contact')).toContainText('WhatsApp · Mensagem enviada');
  });

  test('a broken promise moves the card one stage on and shows on Today', async ({ page }) => {
    await openBoard(page);
    const c = await focusOn(page, 'Luiz Gomes');
    expect(await columnOf(c)).toBe('cobranca');
    await c.click();
    await page.getByTestId('panel-contact').click();
    await page.getByTestId('contact-outcome').selectOption('prometeu_pagar');
    await page.getByTestId('contact-promised-date').fill('24/11/2026');
    await page.getByTestId('contact-promised-amount').fill('50,00');
    await page.getByTestId('contact-save').click();
    await expect(page.getByTestId('contact-dialog')).toBeHidden();
    await page.getByTestId('card-dialog').getByRole('button', { name: 'Fechar' }).click();
    await expect(card(page, 'Luiz Gomes').getByTestId('card-promise')).toContainText('Prometeu 24/11 · R$ 50,00');
    expect(await columnOf(card(page, 'Luiz Gomes'))).toBe('cobranca');

    // Two days later nothing was paid: still "Cobrança" by days late, but the broken promise moves it on.
    await openBoard(page, '2026-11-25');
    const later = await focusOn(page, 'Luiz Gomes');
    await expect(later.getByTestId('card-promise')).toContainText('Promessa quebrada 24/11');
    expect(await columnOf(later)).toBe('negociacao');
    await page.goto('/?hoje=2026-11-25#/');
    await expect(page.getByTestId('today-section-promessas').getByTestId('today-item').filter({ hasText: 'Luiz Gomes' })).toContainText('Promessa quebrada');
  });

  test('an agreement keeps the total to the centavo and moves the card to "Em acordo"', async ({ page }) => {
    await openBoard(page);
    const c = await focusOn(page, 'Antônio Wellington Alves Monteiro');
    await c.click();
    await page.getByTestId('panel-agreement').click();
    await page.getByTestId('renegotiation-discount-kind').selectOption('charges');
    await page.getByTestId('renegotiation-discount').fill('100%');
    await page.getByTestId('renegotiation-down').fill('33,33');
    await page.getByTestId('renegotiation-count').fill('3');
    const cents = async (id: string): Promise<number> => Number(((await page.getByTestId(id).textContent()) ?? '').replace(/[^\d]/g, ''));
    await expect(page.getByTestId('quote-installment')).toHaveCount(3);
    const gross = await cents('quote-gross');
    const total = await cents('quote-total');
    const down = await cents('quote-down');
    const parts = await page.getByTestId('quote-installment').allTextContents();
    const sum = parts.reduce((s, t) => s + Number(t.replace(/[^\d]/g, '')), 0);
    expect(down).toBe(3333);
    expect(down + sum).toBe(total);
    expect(await cents('quote-sum')).toBe(total);
    expect(total).toBeLessThanOrEqual(gross);
    await page.getByTestId('renegotiation-confirm').click();
    await expect(page.getByTestId('renegotiation-done-total')).toContainText(`Acordo de ${(await page.getByTestId('renegotiation-done-total').textContent())?.match(/R\$ [\d.,]+/)?.[0] ?? ''}`);
    const doneCents = Number(((await page.getByTestId('renegotiation-done-total').textContent())?.match(/R\$ ([\d.,]+)/)?.[1] ?? '').replace(/[^\d]/g, ''));
    expect(doneCents).toBe(total);
    // The term (confissão de dívida) is made and saved; it goes into the documents registry.
    const download = page.waitForEvent('download');
    await page.getByTestId('agreement-term-save').click();
    expect((await download).suggestedFilename()).toMatch(/^termo-de-acordo.*\.pdf$/);
    await expect(page.getByTestId('renegotiation-done').getByRole('status')).toContainText('Termo registrado');
    await page.getByTestId('renegotiation-done').getByRole('button', { name: 'Fechar' }).click();
    await page.getByTestId('card-dialog').getByRole('button', { name: 'Fechar' }).click();
    await expect(card(page, 'Antônio Wellington Alves Monteiro')).toHaveAttribute('data-column', 'em_acordo');
    // The customer list says so too (its agreements are read apart from each keystroke's read).
    await page.goto(`/?hoje=${DAY}#/clientes`);
    await page.getByTestId('customer-search').fill('Antônio Wellington');
    await expect(page.getByTestId('customer-row')).toHaveCount(1);
    await expect(page.getByTestId('customer-row')).toContainText('Em acordo');
  });
});

test.describe('letters', () => {
  test('prints the prior notice for a column; once its ten days have run out the legal stage is unlocked', async ({ page }) => {
    test.setTimeout(120_000);
    await loadDemo(page);
    await openBoard(page);
    await page.getByTestId('filter-text').fill('Márcio Dias Moura');
    await expect(card(page, 'Márcio Dias Moura')).toHaveAttribute('data-column', 'suspenso');
    await page.getByTestId('letters-suspenso').click();
    await expect(page.getByTestId('batch-status')).toContainText('Pronto: 1 carta', { timeout: 60_000 });
    // The letter can be looked at before it is printed or saved.
    await page.getByTestId('batch-preview').click();
    await expect(page.getByTestId('pdf-preview-frame')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pdf-preview-frame')).toHaveCount(0);
    await expect(page.getByTestId('batch-status')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByTestId('batch-save').click();
    await download;
    await expect(page.getByTestId('batch-note')).toContainText('PDF salvo');
    await page.getByTestId('batch-close').click();
    await expect(card(page, 'Márcio Dias Moura').getByTestId('card-last-contact')).toContainText('Carta enviada');
    // The notice (23/11) gives until 03/12 to pay: the card waits, saying so, and goes on on 04/12.
    await openBoard(page, '2026-12-03');
    await focusOn(page, 'Márcio Dias Moura');
    await expect(card(page, 'Márcio Dias Moura')).toHaveAttribute('data-column', 'suspenso');
    await expect(card(page, 'Márcio Dias Moura')).toContainText('Aviso prévio em 23/11');
    await openBoard(page, '2026-12-04');
    await focusOn(page, 'Márcio Dias Moura');
    await expect(card(page, 'Márcio Dias Moura')).toHaveAttribute('data-column', 'juridico');
    await expect(card(page, 'Márcio Dias Moura').getByTestId('badge-j')).toHaveText('Cabe no Juizado sem advogado');
  });
});

test.describe('letter templates', () => {
  test('an edited letter is checked, saved, and printed with its new text', async ({ page }) => {
    test.setTimeout(120_000);
    await loadDemo(page);
    await page.goto(`/?hoje=${DAY}#/configuracoes/cartas`);
    await page.getByTestId('letter-tab-negativacao_previa').click();
    await page.getByTestId('letter-title').fill('Aviso da Mercearia antes do cadastro de inadimplentes');
    await page.getByTestId('letter-body').fill('Prezado(a) {nome_completo}, o total é {valor} e vence em {vencimento}.\n\n{tabela}');
    await expect(page.getByTestId('letter-unknown')).toContainText('{vencimento}');
    await page.getByTestId('letter-save').click();
    await expect(page.getByTestId('letter-saved')).toHaveCount(0);
    await page.getByTestId('letter-body').fill('Prezado(a) {nome_completo}, o total atualizado é {valor}; pague até {prazo}.\n\n{tabela}');
    await expect(page.getByTestId('letter-unknown')).toHaveCount(0);
    await page.getByTestId('letter-save').click();
    await expect(page.getByTestId('letter-saved')).toBeVisible();
    // Kept after a reload.
    await page.reload();
    await page.getByTestId('letter-tab-negativacao_previa').click();
    await expect(page.getByTestId('letter-title')).toHaveValue('Aviso da Mercearia antes do cadastro de inadimplentes');

    // The column's letters now print the shop's text.
    await openBoard(page);
    await page.getByTestId('filter-text').fill('Márcio Dias Moura');
    await page.getByTestId('letters-suspenso').click();
    await expect(page.getByTestId('batch-status')).toContainText('Pronto: 1 carta', { timeout: 60_000 });
    const download = page.waitForEvent('download');
    await page.getByTestId('batch-save').click();
    const dir = mkdtempSync(join(tmpdir(), 'caderneta-letter-'));
    try {
      const file = join(dir, 'carta.pdf');
      await (await download).saveAs(file);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain('AVISO DA MERCEARIA ANTES DO CADASTRO DE INADIMPLENTES'); // titles print in capitals
      expect(text).toContain('Prezado(a) Márcio Dias Moura,');
      expect(text).toMatch(/o total atualizado é R\$ [\d.]+,\d{2}; pague até \d{2}\/\d{2}\/\d{4}/);
      expect(text).not.toContain('{');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('today', () => {
  test('lists the day\'s actions; one is skipped with a reason and another put off', async ({ page }) => {
    await loadDemo(page);
    const items = page.getByTestId('today-item');
    await expect(items.first()).toBeVisible();
    // The day's run adds the régua steps after the first draw: wait until the list settles.
    let before = -1;
    await expect
      .poll(async () => {
        const n = await items.count();
        const settled = n === before;
        before = n;
        return settled;
      }, { intervals: [500, 500, 1000, 1000, 2000] })
      .toBe(true);
    const first = items.first();
    const key = await first.getAttribute('data-customer');
    // A dialog closed with Esc gives the focus back to the button that opened it.
    await first.getByTestId('today-skip').click();
    await expect(page.getByTestId('reason-input')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(first.getByTestId('today-skip')).toBeFocused();
    await first.getByTestId('today-skip').click();
    await page.getByTestId('reason-input').fill('Cliente avisou que passa na loja');
    await page.getByTestId('reason-confirm').click();
    await expect(items).toHaveCount(before - 1);
    await items.first().getByTestId('today-reschedule').click();
    await page.getByTestId('reschedule-date').fill('30/11/2026');
    await page.getByTestId('reason-input').fill('Retorna de viagem dia 30');
    await page.getByTestId('reason-confirm').click();
    await expect(items).toHaveCount(before - 2);
    expect(key).not.toBeNull();
    // "Fazer" opens the channel's dialog (mounted only then, its code loaded on demand): a call
    // is logged and the item is done.
    const call = items.filter({ has: page.getByRole('button', { name: 'Registrar ligação' }) }).first();
    await call.getByTestId('today-do').click();
    await expect(page.getByTestId('contact-dialog')).toBeVisible();
    // A follow-up dated before today is refused next to its field, and nothing is saved.
    await page.getByTestId('contact-next-date').fill('01/01/2020');
    await page.getByTestId('contact-next-text').fill('Ligar de novo');
    await page.getByTestId('contact-save').click();
    await expect(page.getByText('A próxima ação não pode ser no passado.')).toBeVisible();
    await expect(items).toHaveCount(before - 2);
    await page.getByTestId('contact-next-date').fill('');
    await page.getByTestId('contact-next-text').fill('');
    await page.getByTestId('contact-save').click();
    await expect(page.getByTestId('contact-dialog')).toHaveCount(0);
    await expect(items).toHaveCount(before - 3);
  });
});

test.describe('the customer page', () => {
  test('says why the stage is not the one of the days late alone (a broken promise)', async ({ page }) => {
    await loadDemo(page);
    await page.goto(`/?hoje=${DAY}#/clientes`);
    await page.getByTestId('customer-search').fill('Antônio Adriano');
    await page.getByRole('link', { name: 'Antônio Adriano Queiroz' }).click();
    await expect(page.getByTestId('stage-why')).toContainText('Uma etapa adiante: a promessa de pagar até');
    await expect(page.getByTestId('stage-why')).toContainText('não foi cumprida');
  });
});

test.describe('collection settings', () => {
  test('a template with an unknown placeholder is flagged and not saved; a valid one is', async ({ page }) => {
    await loadDemo(page);
    await page.goto(`/?hoje=${DAY}#/configuracoes/mensagens`);
    await page.getByTestId('template-tab-vencido').click();
    const body = page.getByTestId('template-body');
    await body.fill('Olá, {nome}! Sua parcela de {valor} venceu em {vencimento}. {desconto_especial}');
    await expect(page.getByTestId('template-unknown')).toContainText('{desconto_especial}');
    await page.getByTestId('template-save').click();
    await expect(page.getByTestId('template-saved')).toHaveCount(0);
    await body.fill('Olá, {nome}! Sua parcela de {valor} venceu em {vencimento}. Podemos ajudar?');
    await expect(page.getByTestId('template-unknown')).toHaveCount(0);
    await expect(page.getByTestId('template-preview')).toContainText('Olá, Maria! Sua parcela de R$ 153,40 venceu em 10/11/2026.');
    // The example customer writes to the shop's own name.
    await body.fill('Olá, {nome}! Aqui é da {loja}. Sua parcela de {valor} venceu em {vencimento}. Podemos ajudar?');
    await expect(page.getByTestId('template-preview')).toContainText('Aqui é da Boa Compra.');
    await page.getByTestId('template-save').click();
    await expect(page.getByTestId('template-saved')).toBeVisible();
    await page.reload();
    await page.getByTestId('template-tab-vencido').click();
    await expect(page.getByTestId('template-body')).toHaveValue(/Podemos ajudar\?/);
  });
});

test.describe('board search by name', () => {
  test('scrolls to the column where the name is, so the card is never off-screen', async ({ page }) => {
    test.setTimeout(120_000);
    await loadDemo(page);
    await openBoard(page);
    // Márcio is in "Crédito suspenso", past the right edge of a 1366 px screen.
    await page.getByTestId('filter-text').fill('Márcio Dias Moura');
    await expect(card(page, 'Márcio Dias Moura')).toBeInViewport();
    await page.getByTestId('filter-text').fill('Nome que não existe');
    await expect(page.getByTestId('board-no-match')).toBeVisible();
  });
});
