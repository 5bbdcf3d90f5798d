// Hostile input through the real screens (issue 10): names with HTML show as text and never
// run; damaged, foreign, future, empty and 200 MB backup files chosen in Configurações › Cópias
// de segurança are refused with a clear Portuguese message and the shop's data stays as it was.
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const TODAY = '2026-11-23';

test.describe('hostile text on screen', () => {
  test('a customer named with HTML and script is shown as text and nothing runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const name = '<img src=x onerror="window.__pwned=1">Zé <b>Negrito</b> 😀 שלום';
    await page.goto(`/?hoje=${TODAY}#/clientes/novo`);
    await page.getByTestId('customer-name').fill(name);
    await page.getByTestId('customer-phone-0').fill('11912345678');
    await page.locator('textarea').first().fill('<script>window.__pwned=2</script> =HYPERLINK("http://evil")');
    await page.getByTestId('customer-save').click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.goto(`/?hoje=${TODAY}#/clientes`);
    await expect(page.getByTestId('customer-row')).toHaveCount(1);
    await expect(page.getByTestId('customer-row').first()).toContainText(name);
    await page.getByTestId('customer-search').fill('negrito');
    await expect(page.getByTestId('customer-row')).toHaveCount(1);
    await page.getByTestId('customer-row').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      boldInName: Array.from(document.querySelectorAll('h1 b')).length,
    }));
    expect(state).toEqual({ pwned: undefined, injectedImages: 0, boldInName: 0 });
    expect(dialogs).toEqual([]);
  });
});

async function customerCount(page: Page): Promise<number> {
  await page.goto(`/?hoje=${TODAY}#/clientes`);
  const count = page.getByTestId('customer-count');
  await expect(count).toBeVisible();
  return Number(await count.getAttribute('data-total'));
}

test.describe('bad backup files in the restore screen', () => {
  test('each one is refused with a clear message and the data stays; a good one restores', async ({ page }) => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'caderneta-badfiles-'));
    try {
      await page.goto(`/?hoje=${TODAY}#/configuracoes/sobre`);
      await page.getByTestId('load-demo').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Início' })).toBeVisible({ timeout: 60_000 });
      const before = await customerCount(page);
      expect(before).toBeGreaterThan(40);

      // A real backup of this shop, downloaded from the screen.
      await page.goto(`/?hoje=${TODAY}#/configuracoes/backup`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-now').click()]);
      const goodPath = join(dir, 'good.json.gz');
      await download.saveAs(goodPath);
      const good = readFileSync(goodPath);
      const json = gunzipSync(good).toString('utf8');
      const withChecksum = (edit: (o: Record<string, unknown>) => void): Buffer => {
        const o = JSON.parse(json) as Record<string, unknown>;
        edit(o);
        o.sha256 = createHash('sha256').update(JSON.stringify(o.tables)).digest('hex');
        return gzipSync(JSON.stringify(o));
      };
      const big = join(dir, 'caderneta-enorme.json.gz');
      const fd = openSync(big, 'w');
      ftruncateSync(fd, 200 * 1024 * 1024);
      closeSync(fd);
      const amount = /"amountCents":(\d+)/.exec(json);
      expect(amount).not.toBeNull();

      const bad: [string, Buffer | string, RegExp][] = [
        ['vazio.json.gz', Buffer.alloc(0), /vazio/],
        ['cortado.json.gz', good.subarray(0, Math.floor(good.length / 2)), /incompleto ou corrompido/],
        ['corrompido.json.gz', Buffer.from(good.map((b, i) => (i > 200 && i % 97 === 0 ? b ^ 0x5a : b))), /incompleto ou corrompido|não confere|não é um backup/],
        ['editado.json.gz', gzipSync(json.replace(amount?.[0] ?? '', `"amountCents":${Number(amount?.[1] ?? 0) + 1}`)), /soma de verificação não confere/],
        ['futuro.json.gz', withChecksum((o) => { o.formatVersion = 99; o.appVersion = '9.0.0'; }), /versão mais nova da Caderneta \(9\.0\.0\)/],
        ['planilha.json', Buffer.from('{"clientes":[{"nome":"Maria","saldo":100}]}'), /não é um backup da Caderneta/],
        ['aleatorio.bin', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)), /não é um backup da Caderneta/],
        ['foto.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), /não é um backup da Caderneta/],
        [big, big, /grande demais/],
      ];
      for (const [name, content, message] of bad) {
        await page.goto(`/?hoje=${TODAY}#/configuracoes/backup`);
        const input = page.getByTestId('restore-file');
        if (typeof content === 'string') await input.setInputFiles(content);
        else await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: content });
        const status = page.getByTestId('backup-status');
        await expect(status, name).toContainText(message, { timeout: 30_000 });
        await expect(status, name).toContainText('Seus dados atuais não foram alterados.');
        await expect(page.getByTestId('restore-confirm-button')).toBeHidden();
      }
      expect(await customerCount(page)).toBe(before);

      // The screen is not refusing everything: the genuine file restores over a changed shop.
      await page.goto(`/?hoje=${TODAY}#/clientes/novo`);
      await page.getByTestId('customer-name').fill('Cliente Depois da Cópia');
      await page.getByTestId('customer-save').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Cliente Depois da Cópia' })).toBeVisible();
      expect(await customerCount(page)).toBe(before + 1);
      await page.goto(`/?hoje=${TODAY}#/configuracoes/backup`);
      await page.getByTestId('restore-file').setInputFiles(goodPath);
      await page.getByTestId('restore-confirm-button').click();
      await expect(page.getByTestId('backup-status')).toContainText('Cópia restaurada', { timeout: 60_000 });
      expect(await customerCount(page)).toBe(before);
      writeFileSync(join(dir, 'done'), 'ok');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
