import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, sniffFile } from './decode';
import { guessDelimiter, parseCsv } from './csv-parse';
import { cellCents, cellDate, cellDocument } from './cells';
import { autoMap, type ColumnMapping } from './fields';
import { recordsWithoutProblems, validateImport } from './validate';
import { templateCsv } from './template';

const today = '2026-11-23';
const enc = (s: string) => new TextEncoder().encode(s);

function run(csv: string) {
  const { text } = decodeText(enc(csv));
  const p = parseCsv(text);
  const [header = [], ...rows] = p.rows;
  return validateImport(rows, p.lines.slice(1), autoMap(header), today);
}

describe('decoding', () => {
  it('reads UTF-8, UTF-8 with BOM and Windows-1252', () => {
    expect(decodeText(enc('Nome;João'))).toEqual({ text: 'Nome;João', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Conceição')]))).toEqual({ text: 'Conceição', encoding: 'utf-8-bom' });
    // "Conceição;Açúcar" as Excel saves it in Brazil (cp1252)
    const cp1252 = new Uint8Array([0x43, 0x6f, 0x6e, 0x63, 0x65, 0x69, 0xe7, 0xe3, 0x6f, 0x3b, 0x41, 0xe7, 0xfa, 0x63, 0x61, 0x72, 0x80]);
    expect(decodeText(cp1252)).toEqual({ text: 'Conceição;Açúcar€', encoding: 'windows-1252' });
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeText(all).text).toHaveLength(256);
    expect(decodeText(new Uint8Array([0x93, 0x6f, 0x69, 0x94])).text).toBe('“oi”');
  });
  it('tells spreadsheets, old .xls and binary files apart', () => {
    expect(sniffFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('xlsx');
    expect(sniffFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('xls');
    expect(sniffFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('binary');
    expect(sniffFile(new Uint8Array())).toBe('empty');
    expect(sniffFile(enc('a;b\r\n1;2'))).toBe('text');
  });
});

describe('CSV parsing', () => {
  it('guesses the separator and handles quotes, CRLF and line breaks inside quotes', () => {
    expect(guessDelimiter('a,b,c\n1;2')).toBe(',');
    expect(guessDelimiter('"x;y",b;c')).toBe(';');
    const p = parseCsv('Nome;Obs\r\n"Silva; Maria";"linha 1\r\nlinha 2"\r\n\r\nJosé;"diz ""oi"""\n');
    expect(p.rows).toEqual([['Nome', 'Obs'], ['Silva; Maria', 'linha 1\r\nlinha 2'], ['José', 'diz "oi"']]);
    expect(p.lines).toEqual([1, 2, 5]);
  });
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const p = parseCsv(s);
        expect(p.rows.length).toBe(p.lines.length);
        const [h = [], ...rows] = p.rows;
        validateImport(rows, p.lines.slice(1), autoMap(h), today);
      }),
    );
  });
});

describe('cells', () => {
  it('parses pt-BR amounts and dates, and number/date cells from XLSX', () => {
    expect(cellCents('R$ 1.234,56')).toBe(123456);
    expect(cellCents('350')).toBe(35000);
    expect(cellCents(12.3)).toBe(1230);
    expect(() => cellCents('12,345')).toThrow(/valor inválido/);
    expect(cellDate('05/01/2027')).toBe('2027-01-05');
    expect(cellDate('5/1/27')).toBe('2027-01-05');
    expect(cellDate('2027-01-05')).toBe('2027-01-05');
    expect(cellDate(new Date(Date.UTC(2027, 0, 5)))).toBe('2027-01-05');
    expect(cellDate(46392)).toBe('2027-01-05');
    expect(() => cellDate('31/02/2026')).toThrow(/data inválida/);
  });
  it('validates CPF/CNPJ and restores leading zeros Excel dropped', () => {
    expect(cellDocument('529.982.247-25')).toBe('52998224725');
    expect(cellDocument('11.222.333/0001-81')).toBe('11222333000181');
    expect(cellDocument(1234567890)).toBe('01234567890');
    expect(cellDocument('1234567890')).toBe('01234567890');
    expect(() => cellDocument('111.111.111-11')).toThrow(/CPF\/CNPJ inválido/);
  });
});

describe('validateImport', () => {
  it('reports every bad row with its line and a reason, keeping good rows apart', () => {
    const r = run(
      [
        'Nome;CPF/CNPJ;Telefone;Saldo inicial;Vencimento;UF',
        'Ana Souza;529.982.247-25;(11) 91234-5678;350,00;10/12/2026;SP',
        'B;123.456.789-00;12;abc;31/02/2026;XX',
        'Carlos Lima;;(21) 3333-4444;100;;RJ',
        'Dora;;;;15/12/2026;',
        ';;;;;',
        'Eva Reis;;;-5,00;10/12/2026;',
      ].join('\r\n'),
    );
    expect(r.rows).toBe(5);
    expect(r.records.map((x) => x.customer.name)).toEqual(['Ana Souza']);
    const byLine = (l: number) => r.rejected.filter((x) => x.line === l).map((x) => `${x.field}: ${x.message}`);
    expect(byLine(3)).toEqual([
      'Nome: informe o nome do cliente (ao menos 2 letras)',
      'CPF/CNPJ: CPF/CNPJ inválido "123.456.789-00": confira os números',
      'Telefone: telefone inválido "12": informe DDD e número',
      'UF: UF inválida "XX"',
      'Saldo inicial (valor devido): valor inválido "abc" (use 1.234,56)',
      'Vencimento do saldo: data inválida "31/02/2026"',
    ]);
    expect(byLine(4)).toEqual(['Vencimento do saldo: informe o vencimento do saldo (dd/mm/aaaa)']);
    expect(byLine(5)).toEqual(['Saldo inicial (valor devido): vencimento informado sem saldo']);
    expect(byLine(7)).toEqual(['Saldo inicial (valor devido): o saldo não pode ser negativo']);
  });
  it('groups rows of the same customer into several balances and refuses a CPF with two names', () => {
    const r = run(
      [
        'Nome;CPF;Saldo;Vencimento;Data da compra',
        'Ana Souza;52998224725;100,00;10/12/2026;01/11/2026',
        'ANA SOUZA;529.982.247-25;50,00;10/01/2027;',
        'Outra Pessoa;529.982.247-25;20,00;10/01/2027;',
        'João;;10;01/01/2026;',
      ].join('\n'),
    );
    expect(r.records).toHaveLength(2);
    expect(r.records[0]?.balances.map((b) => [b.line, b.amountCents, b.dueDate, b.saleDate])).toEqual([
      [2, 10000, '2026-12-10', '2026-11-01'],
      [3, 5000, '2027-01-10', today],
    ]);
    expect(r.records[1]?.balances[0]?.saleDate).toBe('2026-01-01');
    expect(r.rejected).toEqual([{ line: 4, field: 'CPF/CNPJ', message: 'este CPF/CNPJ já aparece na linha 2 com outro nome (Ana Souza)' }]);
    expect(r.balanceCents).toBe(16000);
  });
  it('says only what is wrong with a saldo it cannot read (no second message about the due date)', () => {
    const r = run(['Nome;Saldo;Vencimento', 'Ana Souza;12,3,4;10/12/2026', 'Bia Lima;0;10/12/2026', 'Caio Reis;;10/12/2026'].join('\n'));
    expect(r.rejected.map((x) => [x.line, x.message])).toEqual([
      [2, 'valor inválido "12,3,4" (use 1.234,56)'],
      [3, 'vencimento informado sem saldo'],
      [4, 'vencimento informado sem saldo'],
    ]);
  });
  it('"only the correct rows": a customer with any bad row is left out whole, the others kept', () => {
    const r = run(
      [
        'Nome;CPF;Telefone;Saldo;Vencimento',
        'Ana Souza;52998224725;;100,00;10/12/2026',
        'Ana Souza;529.982.247-25;;abc;10/01/2027', // Ana's second balance is unreadable
        'Bruno Dias;;(11) 91234-5678;50,00;10/01/2027',
        'Bruno Dias;;(11) 91234-5678;-5;10/02/2027', // so is Bruno's (same name and phone, no CPF)
        'Carla Reis;;;20,00;10/01/2027',
        'Outra Pessoa;529.982.247-25;;;', // a second name for Ana's CPF
        'X;;;;', // a row with no readable customer at all
      ].join('\n'),
    );
    expect(r.records.map((x) => x.customer.name)).toEqual(['Ana Souza', 'Bruno Dias', 'Carla Reis']);
    expect(recordsWithoutProblems(r, r.rejected).map((x) => x.customer.name)).toEqual(['Carla Reis']);
    // A problem found later on a record's own line (the customer form's check) leaves it out too.
    expect(recordsWithoutProblems(r, [{ line: 6 }]).map((x) => x.customer.name)).toEqual([]);
    expect(recordsWithoutProblems({ records: r.records, rejectedKeys: [], rejectedNames: [] }, []).length).toBe(3);
    // A bad CPF cell gives the row another key: the name still leaves its customer out.
    const badCpf = run(['Nome;CPF;Saldo;Vencimento', 'Dora Matos;52998224725;100,00;10/12/2026', 'Dora Matos;529.982.247-00;50,00;10/01/2027', 'Eva Lima;;20,00;10/01/2027'].join('\n'));
    expect(recordsWithoutProblems(badCpf, badCpf.rejected).map((x) => x.customer.name)).toEqual(['Eva Lima']);
  });
  it('needs a name column', () => {
    const mapping: ColumnMapping = [null, 'document'];
    expect(validateImport([['x', '']], [2], mapping, today).rejected[0]?.message).toMatch(/nome do cliente/);
  });
  it('accepts its own template', () => {
    const bytes = enc(templateCsv());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text } = decodeText(bytes);
    const p = parseCsv(text);
    expect(autoMap(p.rows[0] ?? [])).not.toContain(null);
    const r = validateImport(p.rows.slice(1), p.lines.slice(1), autoMap(p.rows[0] ?? []), today);
    expect(r.rejected).toEqual([]);
    expect(r.records.map((x) => x.balances.length)).toEqual([1, 1, 0]);
    expect(r.records[0]?.customer).toMatchObject({ document: '52998224725', email: 'maria@exemplo.com', creditLimitCents: 50000, address: { cep: '01310100', uf: 'SP' } });
    expect(r.balanceCents).toBe(35000 + 123456);
  });
});
