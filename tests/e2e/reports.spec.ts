// Relatórios with the demo shop on a fixed day: charts with their tables, drill-down by age,
// filters, and the accountant's workbook whose totals match the screen to the centavo. Also
// the import screen: a bad file imports nothing; a good one shows up in the reports.
// `SCREENSHOTS=1` saves docs/images/reports.png.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';

const DAY = '2026-11-23';

async function loadDemo(page: Page): Promise<void> {
  await page.goto(`/?hoje=${DAY}#/configuracoes/sobre`);
  await page.getByTestId('load-demo').click();
  await expect(page).toHaveURL(/#\/$/, { timeout: 30_000 });
}

async function openReports(page: Page): Promise<void> {
  await page.goto(`/?hoje=${DAY}#/relatorios`);
  await expect(page.getByTestId('reports-ready')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('reports-loading')).toHaveCount(0);
}

/** 'R$ 1.234,56' -> 123456 */
const cents = (s: string): number => {
  const m = /(-?)R\$\s*([\d.]+),(\d{2})/.exec(s);
  if (!m) throw new Error(`no amount in "${s}"`);
  return (m[1] ? -1 : 1) * (Number((m[2] ?? '').replace(/\./g, '')) * 100 + Number(m[3]));
};

test.describe('reports', () => {
  test('demo shop: every chart has its table, age drill-down and filters work', async ({ page }) => {
    await loadDemo(page);
    await openReports(page);
    const open = cents((await page.getByTestId('kpi-open').textContent()) ?? '');
    expect(open).toBeGreaterThan(0);
    for (const id of ['report-aging', 'report-received', 'report-methods', 'report-default', 'report-expected', 'report-recovery', 'report-top']) {
      const section = page.getByTestId(id);
      await expect(section.locator('figure[role="img"]')).toHaveAttribute('aria-label', /R\$|%/);
      await expect(section.locator('table.data').first()).toBeVisible();
      await expect(section.locator('.recharts-surface').first()).toBeVisible();
    }
    // The aging table adds up to the headline figure.
    const agingTotal = page.getByTestId('report-aging').locator('tfoot td').first();
    expect(cents((await agingTotal.textContent()) ?? '')).toBe(open);

    await page.getByTestId('aging-d1_30').click();
    const list = page.getByTestId('aging-list');
    await expect(list).toBeVisible();
    await expect(list.locator('a[href*="#/clientes/"]').first()).toBeVisible();

    if (process.env.SCREENSHOTS) {
      await page.getByTestId('aging-d1_30').click();
      await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
      await page.screenshot({ path: 'docs/images/reports.png' });
    }

    await page.getByTestId('filter-kind').selectOption('PJ');
    await expect(page.getByTestId('reports-loading')).toHaveCount(0);
    await expect.poll(async () => cents((await page.getByTestId('kpi-open').textContent()) ?? '')).toBeLessThan(open);
    await page.getByTestId('filter-asof').fill('31/08/2026');
    await expect(page.getByRole('heading', { level: 1, name: 'Relatórios' })).toBeVisible();
    await expect(page.getByText('data-base 31/08/2026')).toBeVisible();
    await expect(page.getByTestId('reports-ready')).toBeVisible();
  });

  test('accountant workbook: real dates and money, totals equal to the reports', async ({ page }) => {
    await loadDemo(page);
    await openReports(page);
    const received = page.getByTestId('report-received').locator('tfoot td');
    const principal = cents((await received.nth(0).textContent()) ?? '');
    const open = cents((await page.getByTestId('kpi-open').textContent()) ?? '');

    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByRole('button', { name: 'Últimos 12 meses' }).click();
    const download = page.waitForEvent('download');
    await dialog.getByTestId('export-start').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('caderneta-contador-2025-12-01-a-2026-11-23.xlsx');
    await expect(dialog.getByTestId('export-message')).toContainText('Arquivo salvo');

    const wb = new ExcelJS.Workbook();
    const xlsx = await readFile(await file.path());
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Resumo', 'Vendas a prazo', 'Parcelas', 'Recebimentos', 'Posição em aberto por cliente']);
    const rec = wb.getWorksheet('Recebimentos');
    if (!rec) throw new Error('no Recebimentos');
    expect(rec.getCell('A2').value).toBeInstanceOf(Date);
    expect(rec.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(rec.getCell('G2').numFmt).toBe('"R$" #,##0.00');
    expect(rec.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    let sum = 0;
    rec.eachRow((row, n) => {
      const v = row.getCell(7).value;
      if (n > 1 && typeof v === 'number') sum += Math.round(v * 100);
    });
    expect(sum).toBe(principal);
    const pos = wb.getWorksheet('Posição em aberto por cliente');
    let openSum = 0;
    pos?.eachRow((row, n) => {
      const v = row.getCell(3).value;
      if (n > 1 && typeof v === 'number') openSum += Math.round(v * 100);
    });
    expect(openSum).toBe(open);

    // The same table as CSV for other systems.
    await dialog.getByTestId('export-csv').check();
    await dialog.getByRole('combobox', { name: 'Tabela do CSV' }).selectOption('recebimentos');
    const csvDownload = page.waitForEvent('download');
    await dialog.getByTestId('export-start').click();
    const csv = await readFile(await (await csvDownload).path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Data;Recibo;Cliente;CPF/CNPJ;Forma de pagamento;Valor recebido;Principal;Multa;Juros;Desconto;Crédito gerado;Crédito usado;Observação');
    expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4};/);
  });

  test('import: a file with bad rows imports nothing unless asked to import the correct ones; the fixed file shows up in the reports', async ({ page }) => {
    await page.goto(`/?hoje=${DAY}#/importar`);
    const bad = 'Nome;CPF;Saldo;Vencimento\r\nAna Souza;529.982.247-25;350,00;10/12/2026\r\nBia;111.111.111-11;abc;31/02/2026\r\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'caderneta.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'latin1') });
    await expect(page.getByTestId('import-problem-count')).toHaveText('3');
    await expect(page.getByTestId('import-problems')).toContainText('CPF/CNPJ inválido');
    await expect(page.getByTestId('import-run')).toBeDisabled();
    // Only Ana's row is correct: it may be imported alone, when asked for.
    await page.getByTestId('import-correct-only').check();
    await expect(page.getByTestId('import-run')).toBeEnabled();
    await expect(page.getByTestId('import-run')).toHaveText('Importar 1 cliente');
    await page.getByTestId('import-correct-only').uncheck();
    await expect(page.getByTestId('import-run')).toBeDisabled();

    const good = 'Nome;CPF;Saldo;Vencimento\r\nAna Souza;529.982.247-25;350,00;10/12/2026\r\nBeatriz Conceição;;120,50;01/10/2026\r\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'caderneta.csv', mimeType: 'text/csv', buffer: Buffer.from(good, 'latin1') });
    await expect(page.getByTestId('import-problem-count')).toHaveText('0');
    await expect(page.getByTestId('import-preview')).toContainText('Beatriz Conceição');
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-done')).toContainText('2 clientes novos');

    await openReports(page);
    expect(cents((await page.getByTestId('kpi-open').textContent()) ?? '')).toBe(47050);
    await expect(page.getByTestId('report-aging').locator('tbody tr').nth(2)).toContainText('R$ 120,50'); // 31-60 days late
  });
});
