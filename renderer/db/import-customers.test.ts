import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeText } from '@shared/import/decode';
import { parseCsv } from '@shared/import/csv-parse';
import { autoMap } from '@shared/import/fields';
import { templateCsv } from '@shared/import/template';
import { validateImport, type ImportRecord } from '@shared/import/validate';
import type { CadernetaDB } from './schema';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { findDuplicates, importCustomers, schemaRejections } from './import-customers';
import { RepoError } from './errors';

const today = '2026-11-23';
let db: CadernetaDB;

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

function records(csv: string): ImportRecord[] {
  const p = parseCsv(decodeText(new TextEncoder().encode(csv)).text);
  const r = validateImport(p.rows.slice(1), p.lines.slice(1), autoMap(p.rows[0] ?? []), today);
  expect(r.rejected).toEqual([]);
  return r.records;
}

const counts = async () => [await db.customers.count(), await db.sales.count(), await db.installments.count(), await db.summaries.count()];

describe('importCustomers', () => {
  it('imports the template: customers, opening balances as one-installment sales, summaries and audit', async () => {
    db = await freshDb('import');
    const recs = records(templateCsv());
    expect(schemaRejections(recs)).toEqual([]);
    const out = await importCustomers(db, recs, 'merge', today);
    expect(out).toEqual({ created: 3, merged: 0, skipped: 0, balances: 2, balanceCents: 35000 + 123456, balancesAlready: 0 });
    expect(await counts()).toEqual([3, 2, 2, 2]);
    const maria = await db.customers.where('document').equals('52998224725').first();
    expect(maria).toMatchObject({ name: 'Maria da Silva', kind: 'PF', creditLimitCents: 50000 });
    expect(maria?.searchTokens).toContain('maria');
    const inst = await db.installments.where('customerId').equals(maria?.id ?? '').first();
    expect(inst).toMatchObject({ amountCents: 35000, dueDate: '2026-12-10', status: 'open', number: 1, count: 1 });
    const sale = await db.sales.get(inst?.saleId ?? '');
    expect(sale).toMatchObject({ date: '2026-10-15', description: 'Caderneta de papel', totalCents: 35000, openingBalance: true });
    expect((await db.summaries.get(maria?.id ?? ''))?.openCents).toBe(35000);
    expect(await db.audit.filter((a) => a.action === 'import').count()).toBe(7);
  });

  it('merges or skips customers whose CPF/CNPJ is already registered', async () => {
    db = await freshDb('import');
    const old = await aCustomer(db, { name: 'Maria S.', document: '529.982.247-25', phones: [] });
    const recs = records(templateCsv());
    expect(await findDuplicates(db, recs)).toEqual([{ line: 2, name: 'Maria da Silva', existingId: old.id, existingName: 'Maria S.', by: 'document', balancesAlready: 0 }]);

    const skipped = await importCustomers(db, recs, 'skip', today);
    expect(skipped).toMatchObject({ created: 2, merged: 0, skipped: 1, balances: 1 });
    expect(await db.installments.where('customerId').equals(old.id).count()).toBe(0);

    const again = records('Nome;CPF;Telefone;Saldo;Vencimento\nMaria da Silva;52998224725;(11) 97777-6666;80,00;20/12/2026');
    const merged = await importCustomers(db, again, 'merge', today);
    expect(merged).toMatchObject({ created: 0, merged: 1, balances: 1, balanceCents: 8000 });
    const after = await db.customers.get(old.id);
    expect(after?.name).toBe('Maria S.');
    expect(after?.phones.map((p) => p.number)).toEqual(['(11) 97777-6666']);
    expect((await db.summaries.get(old.id))?.openCents).toBe(8000);
  });

  it('the same file imported again (e.g. after fixing a row) adds no debt twice, with or without CPF', async () => {
    db = await freshDb('import');
    const csv = (rows: string[]) => records(['Nome;CPF;Telefone;Saldo;Vencimento;Data da compra;Descrição', ...rows].join('\n'));
    const first = csv(['José Lima;52998224725;;350,00;10/12/2026;01/11/2026;Caderneta', 'Antônia Reis;;(11) 98888-1111;120,00;15/12/2026;02/11/2026;Caderneta']);
    await importCustomers(db, first, 'merge', today);
    // The whole file again, with a third row fixed and one more balance for José.
    const again = csv([
      'José Lima;52998224725;;350,00;10/12/2026;01/11/2026;Caderneta',
      'José Lima;52998224725;;40,00;20/12/2026;03/11/2026;Caderneta',
      'ANTONIA REIS;;11 98888-1111;120,00;15/12/2026;02/11/2026;Caderneta',
      'Carla Nova;;;60,00;10/01/2027;;',
    ]);
    const dups = await findDuplicates(db, again);
    expect(dups.map((d) => [d.name, d.by, d.balancesAlready])).toEqual([
      ['José Lima', 'document', 1],
      ['ANTONIA REIS', 'name_phone', 1],
    ]);
    const out = await importCustomers(db, again, 'merge', today);
    expect(out).toMatchObject({ created: 1, merged: 2, balances: 2, balanceCents: 4000 + 6000, balancesAlready: 2 });
    expect(await db.customers.count()).toBe(3);
    const owed = async (name: string) => (await db.summaries.get((await db.customers.where('sortName').equals(name).first())?.id ?? ''))?.openCents;
    expect(await owed('jose lima')).toBe(35000 + 4000);
    expect(await owed('antonia reis')).toBe(12000);
  });

  it('re-imported on another day without purchase dates, or with a second equal row, counts each earlier balance once', async () => {
    db = await freshDb('import');
    const csv = (rows: string[]) => records(['Nome;CPF;Saldo;Vencimento;Descrição', ...rows].join('\n'));
    // Not yet due: without a purchase date in the file, the import dates it on its own day.
    await importCustomers(db, csv(['José Lima;52998224725;50,00;10/01/2027;Caderneta']), 'merge', '2026-11-23');
    const again = csv(['José Lima;52998224725;50,00;10/01/2027;Caderneta', 'José Lima;52998224725;50,00;10/01/2027;Caderneta']);
    expect((await findDuplicates(db, again))[0]?.balancesAlready).toBe(1);
    const out = await importCustomers(db, again, 'merge', '2026-11-24');
    expect(out).toMatchObject({ balances: 1, balancesAlready: 1 });
    const id = (await db.customers.where('document').equals('52998224725').first())?.id ?? '';
    expect((await db.summaries.get(id))?.openCents).toBe(10000);
  });

  it('writes nothing when a record is invalid or the write fails half-way', async () => {
    db = await freshDb('import');
    const recs = records(templateCsv());
    const bad: ImportRecord = { key: 'x', lines: [9], customer: { ...(recs[0]?.customer ?? { name: '' }), name: 'A', document: null } as ImportRecord['customer'], balances: [] };
    expect(schemaRejections([bad])).toEqual([{ line: 9, field: 'Nome', message: 'Informe o nome do cliente (ao menos 2 letras).' }]);
    const err = await importCustomers(db, [...recs, bad], 'merge', today).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RepoError);
    expect((err as RepoError).message).toBe('Linha 9: Informe o nome do cliente (ao menos 2 letras).');
    expect(await counts()).toEqual([0, 0, 0, 0]);

    const spy = vi.spyOn(db.installments, 'bulkAdd').mockRejectedValueOnce(new Error('disco cheio'));
    await expect(importCustomers(db, recs, 'merge', today)).rejects.toThrow('disco cheio');
    spy.mockRestore();
    expect(await counts()).toEqual([0, 0, 0, 0]);
    expect(await db.audit.count()).toBe(0);
    await expect(importCustomers(db, [], 'merge', today)).rejects.toThrow('Nenhum cliente');
  });

  it('imports a few thousand customers in one go', async () => {
    db = await freshDb('import');
    const lines = ['Nome;Telefone;Saldo;Vencimento'];
    for (let i = 0; i < 2000; i++) lines.push(`Cliente ${i};(11) 9${String(10000000 + i)};${(i % 50) + 1},00;${String((i % 28) + 1).padStart(2, '0')}/12/2026`);
    const recs = records(lines.join('\r\n'));
    const t = performance.now();
    const out = await importCustomers(db, recs, 'merge', today);
    expect(out.created).toBe(2000);
    expect(await counts()).toEqual([2000, 2000, 2000, 2000]);
    expect(performance.now() - t).toBeLessThan(15_000);
  });
});
