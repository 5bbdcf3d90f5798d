// A password-protected backup made in the browser restores only with its password.
import { test, expect } from './fixtures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('backup with a password: wrong password refused, right one restores', async ({ page }) => {
  await page.goto('/?hoje=2026-11-23#/clientes/novo');
  await page.getByTestId('customer-name').fill('Cliente da Cópia');
  await page.getByTestId('customer-save').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cliente da Cópia' })).toBeVisible();

  await page.goto('/?hoje=2026-11-23#/configuracoes/backup');
  // "Restaurar de um arquivo…" is reached with Tab, right after "Fazer cópia agora".
  await page.getByTestId('backup-now').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('restore-file')).toBeFocused();
  await page.getByTestId('backup-password').fill('segredo-da-loja');
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-now').click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('caderneta-2026-11-23.cdnt');
  const file = join(mkdtempSync(join(tmpdir(), 'bk-')), d.suggestedFilename());
  await d.saveAs(file);

  await page.getByTestId('restore-file').setInputFiles(file);
  await page.getByTestId('unlock-password').fill('senha-errada');
  await page.getByTestId('unlock-confirm').click();
  // Said in the dialog, next to the password; the dialog stays open for another try (Enter).
  await expect(page.getByTestId('unlock-error')).toContainText('Seus dados atuais não foram alterados');
  await page.getByTestId('unlock-password').fill('segredo-da-loja');
  await page.getByTestId('unlock-password').press('Enter');
  await expect(page.getByTestId('restore-confirm')).toContainText('1 clientes');
  const safety = page.waitForEvent('download');
  await page.getByTestId('restore-confirm-button').click();
  await safety;
  await expect(page.getByTestId('backup-status')).toContainText('Cópia restaurada');
});
