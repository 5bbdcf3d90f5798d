import { describe, expect, it } from 'vitest';
import { InvalidIpcArgument, isTrustedSender, parseArgs } from './validate';
import { MAX_FILE_BYTES } from '../../shared/desktop-api';

const pdf = new Uint8Array([37, 80, 68, 70]);

describe('IPC argument validation', () => {
  it('accepts well-formed calls', () => {
    expect(parseArgs('savePdf', [pdf, 'carne-maria.pdf'])[1]).toBe('carne-maria.pdf');
    expect(parseArgs('saveFile', [pdf, 'contador.xlsx', [{ name: 'Planilha', extensions: ['xlsx'] }]])).toHaveLength(3);
    expect(parseArgs('openExternal', ['https://wa.me/5511999998888?text=oi'])[0]).toContain('wa.me');
    expect(parseArgs('readBackup', ['caderneta-2026-11-23.json.gz', 'auto'])[1]).toBe('auto');
    expect(parseArgs('getVersion', [])).toEqual([]);
  });

  const bad: [string, keyof typeof cases][] = [];
  const cases = {
    savePdf: [
      ['not bytes', 'a.pdf'],
      [pdf, '../../etc/passwd.pdf'],
      [pdf, 'C:\\Windows\\evil.pdf'],
      [pdf, 'relatorio.exe'],
      [new Uint8Array(0), 'vazio.pdf'],
      [pdf],
      [pdf, 'a.pdf', 'extra'],
      [pdf, 'x'.repeat(500) + '.pdf'],
      [pdf, '.hidden.pdf'],
      [pdf, 'nul\u0000.pdf'],
    ],
    printPdf: [[null], [[1, 2, 3]], [{ length: 3 }]],
    saveFile: [
      [pdf, 'a.csv', 'csv'],
      [pdf, 'a.csv', [{ name: 'x', extensions: ['../x'] }]],
      [pdf, 'a.csv', [{ name: 'x', extensions: ['csv'], evil: true }]],
    ],
    openExternal: [['https://example.com'], ['file:///etc/passwd'], ['javascript:alert(1)'], [42], []],
    readBackup: [['../../.ssh/id_rsa', 'auto'], ['caderneta-1.json', 'elsewhere'], ['notes.txt', 'auto']],
    writeBackup: [[pdf, '/tmp/caderneta-x.json'], ['text', 'caderneta-x.json']],
    getVersion: [[1]],
  } as const;
  for (const key of Object.keys(cases) as (keyof typeof cases)[]) bad.push(...cases[key].map(() => ['', key] as [string, keyof typeof cases]));

  for (const [name, list] of Object.entries(cases)) {
    it.each(list.map((args, i) => [i, args] as const))(`rejects bad ${name} call #%i`, (_i, args) => {
      expect(() => parseArgs(name as keyof typeof cases, args as unknown as unknown[])).toThrow(InvalidIpcArgument);
    });
  }

  it('rejects a file larger than the limit without copying it', () => {
    const huge = new Uint8Array(new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(() => parseArgs('printPdf', [huge])).toThrow(/grande demais/);
  });

  it('answers only the app origin', () => {
    expect(isTrustedSender('app://caderneta/index.html', ['app://caderneta'])).toBe(true);
    expect(isTrustedSender('https://wa.me/', ['app://caderneta'])).toBe(false);
    expect(isTrustedSender(undefined, ['app://caderneta'])).toBe(false);
    expect(isTrustedSender('garbage', ['app://caderneta'])).toBe(false);
  });
});
