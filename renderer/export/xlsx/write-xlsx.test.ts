import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import readXlsxFile from 'read-excel-file/node';
import { buildAccountantTables } from '@shared/export/accountant';
import { computeReports } from '@shared/reports/compute';
import { sampleData, SAMPLE_AS_OF } from '@shared/reports/sample-data';
import type { Table } from '@shared/export/table';
import { writeXlsx } from './write-xlsx';
import { columnLetter } from './sheet';
import { crc32, zip } from './zip';

const period = { from: '2025-12-01', to: SAMPLE_AS_OF };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = -1;
  ws.getRow(1).eachCell((cell, n) => {
    if (cell.value === header) found = n;
  });
  if (found < 0) throw new Error(`no column ${header}`);
  return found;
}

function sumColumn(ws: ExcelJS.Worksheet, header: string): number {
  const k = column(ws, header);
  let total = 0;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = row.getCell(k).value;
    if (typeof v === 'number') total += Math.round(v * 100);
  });
  return total;
}

describe('writeXlsx', () => {
  it('zips with a correct CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
  });

  it('stores the CRC-32 and sizes the platform computed, matching the content', async () => {
    const text = new TextEncoder().encode('Olá, contador! '.repeat(1000));
    const out = await zip([{ name: 'a.txt', chunks: [text.slice(0, 5000), text.slice(5000)] }]);
    const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
    expect(v.getUint32(0, true)).toBe(0x04034b50);
    expect(v.getUint32(14, true)).toBe(crc32(text));
    expect(v.getUint32(22, true)).toBe(text.length);
    const compressed = v.getUint32(18, true);
    expect(compressed).toBeLessThan(text.length / 10);
    const raw = out.subarray(30 + 5, 30 + 5 + compressed);
    const back = new Uint8Array(await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
    expect(back).toEqual(text);
  });

  it('writes real dates and money with pt-BR formats, frozen header, autofilter and the report totals', async () => {
    const tables = buildAccountantTables(sampleData(), period, SAMPLE_AS_OF);
    const bytes = await writeXlsx(tables, { createdIso: '2026-11-23T12:00:00Z' });
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Resumo', 'Vendas a prazo', 'Parcelas', 'Recebimentos', 'Posição em aberto por cliente']);

    const rec = wb.getWorksheet('Recebimentos');
    if (!rec) throw new Error('sheet');
    const date = rec.getCell('A2');
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString().slice(0, 10)).toBe('2026-04-28');
    expect(date.numFmt).toBe('dd/mm/yyyy');
    const amount = rec.getCell(2, column(rec, 'Valor recebido'));
    expect(typeof amount.value).toBe('number');
    expect(amount.value).toBe(110);
    expect(amount.numFmt).toBe('"R$" #,##0.00');
    expect(rec.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rec.autoFilter).toBe(`A1:M${rec.rowCount}`);
    expect(rec.getColumn(3).width).toBeGreaterThan(20);
    expect(rec.getRow(1).getCell(1).font?.bold).toBe(true);

    const reports = computeReports(sampleData(), { asOf: SAMPLE_AS_OF, months: 12, kind: 'todos' });
    expect(sumColumn(rec, 'Principal')).toBe(reports.receivedTotal.principalCents);
    expect(sumColumn(rec, 'Multa') + sumColumn(rec, 'Juros')).toBe(500);
    const pos = wb.getWorksheet('Posição em aberto por cliente');
    if (!pos) throw new Error('sheet');
    expect(sumColumn(pos, 'Em aberto')).toBe(reports.aging.totalCents);

    // Text that looks like a formula stays text.
    const names: unknown[] = [];
    rec.getColumn(3).eachCell((c) => names.push(c.value));
    expect(names).toContain('=Bar do Zé');
    rec.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));

    const resumo = wb.getWorksheet('Resumo');
    const rate = resumo?.getColumn(1).values.findIndex((v) => typeof v === 'string' && v.startsWith('Taxa de inadimplência')) ?? -1;
    expect(resumo?.getCell(rate, 2).numFmt).toBe('0.00%');
    expect(resumo?.autoFilter).toBeUndefined();
  });

  it('writes tables still on their way after the ones at hand, in sheet order, with the same cells', async () => {
    const tables = buildAccountantTables(sampleData(), period, SAMPLE_AS_OF);
    let resolveFirst: (t: Table) => void = () => undefined;
    const first = new Promise<Table>((r) => {
      resolveFirst = r;
    });
    const out = writeXlsx([first, ...tables.slice(1)], { createdIso: '2026-11-23T12:00:00Z', deflate: 'here' });
    setTimeout(() => resolveFirst(tables[0] as Table), 20);
    const [a, b] = await Promise.all([load(await out), writeXlsx(tables, { createdIso: '2026-11-23T12:00:00Z' }).then(load)]);
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    for (const ws of b.worksheets) {
      const other = a.getWorksheet(ws.name);
      const cells = (w: ExcelJS.Worksheet | undefined): unknown[] => {
        const got: unknown[] = [];
        w?.eachRow((row) => got.push(row.values));
        return got;
      };
      expect(cells(other)).toEqual(cells(ws));
      expect(other?.autoFilter).toEqual(ws.autoFilter);
    }
  });

  it('is readable by read-excel-file too', async () => {
    const tables = buildAccountantTables(sampleData(), period, SAMPLE_AS_OF);
    const bytes = await writeXlsx(tables);
    const sheets = await readXlsxFile(Buffer.from(bytes));
    const parcelas = sheets.find((s) => s.sheet === 'Parcelas');
    expect(parcelas?.data[0]?.[0]).toBe('Cliente');
    expect(parcelas?.data[1]?.[4]).toBeInstanceOf(Date);
  });

  it('keeps odd text intact and survives control characters', async () => {
    const t: Table = {
      name: 'Teste: [x]/y',
      slug: 't',
      columns: [
        { header: 'Texto', kind: 'text', width: 20 },
        { header: 'Valor', kind: 'money', width: 12 },
      ],
      rows: [
        ['<b>&"Olá"</b>\u0001\u0007 😀', -12345],
        ['  espaços  ', 0],
        [null, null],
      ],
    };
    const wb = await load(await writeXlsx([t]));
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('Teste x y');
    expect(ws?.getCell('A2').value).toBe('<b>&"Olá"</b> 😀');
    expect(ws?.getCell('B2').value).toBe(-123.45);
    expect(ws?.getCell('A3').value).toBe('  espaços  ');
  });
});
