import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { autoMap } from '@shared/import/fields';
import { validateImport } from '@shared/import/validate';
import { writeXlsx } from '../../export/xlsx/write-xlsx';
import { ImportFileError, readImportFile } from './read-file';

const today = '2026-11-23';
const bytes = (a: ArrayLike<number>) => new Uint8Array(Array.from(a));

describe('readImportFile', () => {
  it('reads an XLSX made by Excel-like writers, with date and number cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Clientes');
    ws.addRow([]);
    ws.addRow(['Nome', 'CPF', 'Saldo', 'Vencimento']);
    ws.addRow(['Ana Souza', 1234567890, 350.5, new Date(Date.UTC(2026, 11, 10))]);
    ws.addRow(['Bia Lima', '529.982.247-25', '1.234,56', '10/01/2027']);
    const f = await readImportFile('clientes.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(f.kind).toBe('xlsx');
    const s = f.sheets[0];
    expect(s?.header).toEqual(['Nome', 'CPF', 'Saldo', 'Vencimento']);
    expect(s?.lines).toEqual([3, 4]);
    const r = validateImport(s?.rows ?? [], s?.lines ?? [], autoMap(s?.header ?? []), today);
    expect(r.rejected).toEqual([]);
    expect(r.records.map((x) => [x.customer.document, x.balances[0]?.amountCents, x.balances[0]?.dueDate])).toEqual([
      ['01234567890', 35050, '2026-12-10'],
      ['52998224725', 123456, '2027-01-10'],
    ]);
  });

  it('reads our own XLSX writer output too', async () => {
    const x = await writeXlsx([{ name: 'Planilha', slug: 'p', columns: [{ header: 'Nome', kind: 'text', width: 20 }, { header: 'Saldo inicial', kind: 'money', width: 12 }, { header: 'Vencimento', kind: 'date', width: 12 }], rows: [['Caio', 1999, '2026-12-01']] }]);
    const f = await readImportFile('x.xlsx', x);
    const r = validateImport(f.sheets[0]?.rows ?? [], f.sheets[0]?.lines ?? [], autoMap(f.sheets[0]?.header ?? []), today);
    expect(r.records[0]?.balances[0]).toMatchObject({ amountCents: 1999, dueDate: '2026-12-01', line: 2 });
  });

  it('reads CSV in Windows-1252 with its encoding and separator', async () => {
    // "Nome;Cidade\r\nJoão;São Paulo" in cp1252
    const f = await readImportFile('c.csv', bytes([0x4e, 0x6f, 0x6d, 0x65, 0x3b, 0x43, 0x69, 0x64, 0x61, 0x64, 0x65, 0x0d, 0x0a, 0x4a, 0x6f, 0xe3, 0x6f, 0x3b, 0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]));
    expect(f).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(f.sheets[0]?.rows).toEqual([['João', 'São Paulo']]);
  });

  it('refuses empty, old .xls, broken zip and binary files with a clear message', async () => {
    const cases: [Uint8Array<ArrayBuffer>, RegExp][] = [
      [new Uint8Array(), /vazio/],
      [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /\.xls/],
      [bytes([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2]), /danificado/],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /não é uma planilha/],
      [bytes([0x20, 0x0d, 0x0a, 0x3b, 0x3b]), /não tem dados/],
    ];
    for (const [b, msg] of cases) await expect(readImportFile('x', b)).rejects.toThrow(msg);
  });

  it('never crashes on random bytes: a file error or rows to validate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (raw, zip) => {
        const b = new Uint8Array(zip ? [0x50, 0x4b, 0x03, 0x04, ...raw] : raw);
        try {
          const f = await readImportFile('x', b);
          for (const s of f.sheets) validateImport(s.rows, s.lines, autoMap(s.header), today);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportFileError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
