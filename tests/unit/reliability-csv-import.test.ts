// CSV imports (issue 10), on top of shared/import and renderer/features/import tests: any
// Brazilian names, notes and amounts written as a CSV in UTF-8, UTF-8 with BOM or Windows-1252
// (Excel's default in Brazil), with ';' or ',' and quoting, read back letter for letter and
// import into the shop exactly, invariants kept; hostile cells stay text; random bytes and
// damaged files always end in a clean Portuguese report, never a crash.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { autoMap } from '@shared/import/fields';
import { validateImport } from '@shared/import/validate';
import { formatDecimalBR } from '@shared/money/brl';
import { formatDateBR, addDays } from '@shared/dates/calendar';
import { ImportFileError, readImportFile } from '../../renderer/features/import/read-file';
import { importCustomers } from '../../renderer/db/import-customers';
import { openDb } from '../../renderer/db/schema';
import { checkInvariants } from '../../renderer/db/invariants';
import { guardInvariants } from './invariant-guard';

guardInvariants();

const LONG = process.env.RELIABILITY_LONG === '1';
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_251_130);
const TODAY = '2026-11-23';
let files = 0;
afterAll(() => console.log(`reliability-csv-import: ${files} generated or damaged files read`));

// Windows-1252 has a byte for each of these; a name made of them survives all three encodings.
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáàâãéêíóôõúüçÁÀÂÃÉÊÍÓÔÕÚÜÇñÑºª°§¹²³½¼¾ ';
const letter = fc.constantFrom(...[...LATIN, ...CP1252_EXTRA, "'", '-', '.', '&', '"', ';', ',']);
const nameArb = fc.array(letter, { minLength: 2, maxLength: 60 }).map((a) => a.join('').replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 2 && /[a-zA-ZÀ-ÿ]/.test(s));
const notesArb = fc.oneof(fc.array(letter, { maxLength: 80 }).map((a) => a.join('')), fc.constantFrom('=HYPERLINK("http://evil";"x")', '+55 11 9999', '@ref', '-5', 'linha 1\nlinha 2'));

/** Encodes text as Windows-1252 (every character must have a byte). */
function toCp1252(text: string): Uint8Array<ArrayBuffer> {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  const out = new Uint8Array(text.length);
  [...text].forEach((ch, i) => {
    const code = ch.charCodeAt(0);
    const at = high.indexOf(ch);
    if (at >= 0) out[i] = 0x80 + at;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code;
    else throw new Error(`not in Windows-1252: ${ch}`);
  });
  return out;
}

function csvCell(s: string, sep: string): string {
  return s.includes(sep) || s.includes('"') || s.includes('\n') || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

interface Row {
  name: string;
  notes: string;
  cents: number;
  due: number;
}

function csvOf(rows: readonly Row[], sep: string): string {
  const lines = [['Nome', 'Observações', 'Saldo inicial', 'Vencimento'].join(sep)];
  for (const r of rows) lines.push([csvCell(r.name, sep), csvCell(r.notes, sep), csvCell(formatDecimalBR(r.cents), sep), formatDateBR(addDays(TODAY, r.due))].join(sep));
  return `${lines.join('\r\n')}\r\n`;
}

const rowsArb = fc.uniqueArray(fc.record({ name: nameArb, notes: notesArb, cents: fc.integer({ min: 1, max: 99_999_999 }), due: fc.integer({ min: -400, max: 400 }) }), { minLength: 1, maxLength: 12, selector: (r) => r.name.toLowerCase().replace(/\s+/g, ' ') });

describe('CSV files of a paper caderneta', () => {
  it('UTF-8, UTF-8 with BOM and Windows-1252, with ; or , : every name, note and amount read exactly', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.constantFrom(';', ','), fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'), async (rows, sep, encoding) => {
        files++;
        const text = csvOf(rows, sep);
        const bytes = encoding === 'windows-1252' ? toCp1252(text) : new Uint8Array([...(encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);
        const f = await readImportFile('clientes.csv', bytes);
        // Pure ASCII files are valid UTF-8 too: either reading is right for them.
        if (encoding !== 'windows-1252' || [...text].some((c) => c.charCodeAt(0) > 0x7f)) expect(f.encoding).toBe(encoding);
        const sheet = f.sheets[0];
        if (!sheet) throw new Error('no sheet');
        const r = validateImport(sheet.rows, sheet.lines, autoMap(sheet.header), TODAY);
        expect(r.rejected).toEqual([]);
        expect(r.records.map((x) => x.customer.name)).toEqual(rows.map((x) => x.name));
        expect(r.records.map((x) => x.customer.notes)).toEqual(rows.map((x) => x.notes.trim()));
        expect(r.records.map((x) => x.balances[0]?.amountCents)).toEqual(rows.map((x) => x.cents));
        expect(r.records.map((x) => x.balances[0]?.dueDate)).toEqual(rows.map((x) => addDays(TODAY, x.due)));
      }),
      { seed: SEED, numRuns: LONG ? 1_000 : 120 },
    );
  });

  it('an imported Windows-1252 file lands in the shop exactly, all or nothing, invariants kept', async () => {
    const rows: Row[] = [
      { name: 'Conceição Araújo “Dona Ção”', notes: '=HYPERLINK("http://evil";"x")', cents: 12_345, due: -40 },
      { name: 'José Antônio Gonçalves – Zé', notes: 'Fiado desde 2019 • paga no dia 10', cents: 99_99, due: 15 },
      { name: 'Œuvre Ženíšek Ÿ €uro', notes: '', cents: 1, due: 0 },
    ];
    const f = await readImportFile('caderneta.csv', toCp1252(csvOf(rows, ';')));
    expect(f.encoding).toBe('windows-1252');
    const sheet = f.sheets[0];
    if (!sheet) throw new Error('no sheet');
    const v = validateImport(sheet.rows, sheet.lines, autoMap(sheet.header), TODAY);
    expect(v.rejected).toEqual([]);
    const db = await openDb(`csv-import-${Date.now()}`);
    await importCustomers(db, v.records, 'skip', TODAY);
    const stored = await db.customers.toArray();
    expect(stored.map((c) => c.name).sort()).toEqual(rows.map((r) => r.name).sort());
    expect(stored.find((c) => c.name.startsWith('Conceição'))?.notes).toBe('=HYPERLINK("http://evil";"x")');
    const open = await db.installments.toArray();
    expect(open.reduce((s, i) => s + i.amountCents, 0)).toBe(rows.reduce((s, r) => s + r.cents, 0));
    expect(await checkInvariants(db)).toEqual([]);
    db.close();
  });

  it('random bytes, damaged CSVs and lookalike files end in a clean report', async () => {
    const good = new TextEncoder().encode(csvOf([{ name: 'Maria Silva', notes: 'ok', cents: 100, due: 10 }], ';'));
    const damaged = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 3_000 }),
      fc.tuple(fc.nat({ max: good.length }), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, junk]) => new Uint8Array([...good.subarray(0, at), ...junk, ...good.subarray(at)])),
      fc.nat({ max: good.length }).map((at) => good.slice(0, at)),
      fc.constantFrom(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]), new TextEncoder().encode('"aberto;sem;fim\r\n"\r\n'.repeat(50))),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        files++;
        try {
          const f = await readImportFile('x.csv', new Uint8Array(bytes));
          for (const s of f.sheets) {
            const r = validateImport(s.rows, s.lines, autoMap(s.header), TODAY);
            for (const x of r.rejected) expect(x.message).toMatch(/[a-zà-ú]{3}/i);
          }
        } catch (e) {
          expect(e, String(e)).toBeInstanceOf(ImportFileError);
          expect((e as Error).message).toMatch(/arquivo|planilha|CSV|linhas/i);
        }
      }),
      { seed: SEED + 1, numRuns: LONG ? 2_000 : 200 },
    );
  });
});
