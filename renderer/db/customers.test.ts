import { afterEach, describe, expect, it } from 'vitest';
import type { CadernetaDB } from './schema';
import { anonymizeCustomer, createCustomer, exportCustomerData, setCreditBlocked, updateCustomer } from './customers';
import { searchCustomers } from './queries';
import { queryTokens } from './search-tokens';
import { loadDataset } from './import';
import { generateDataset } from './demo/generator';
import { auditOf } from './audit';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { RepoError } from './errors';
import { createCreditSale } from './sales';

let db: CadernetaDB;
afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('customers repository', () => {
  it('creates a customer with normalised document, tokens and an audit entry', async () => {
    db = await freshDb();
    const c = await createCustomer(db, { name: '  José  Conceição ', document: '529.982.247-25', phones: [{ number: '(21) 99876-5432', whatsapp: true }], email: 'JOSE@EXEMPLO.COM' });
    expect(c.document).toBe('52998224725');
    expect(c.kind).toBe('PF');
    expect(c.email).toBe('jose@exemplo.com');
    expect(c.searchTokens).toEqual(expect.arrayContaining(['jose', 'conceicao', '52998224725', '21998765432', '998765432']));
    expect(c.deviceId).toBe(db.device.deviceId);
    expect(await auditOf(db, 'customers', c.id)).toHaveLength(1);
  });

  it('refuses invalid input with Portuguese field messages', async () => {
    db = await freshDb();
    const err = await createCustomer(db, { name: 'A', document: '111.111.111-11', email: 'x@' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RepoError);
    const e = err as RepoError;
    expect(e.code).toBe('validation');
    expect(e.fields.name).toMatch(/nome/i);
    expect(e.fields.document).toMatch(/CPF ou CNPJ inválido/);
    expect(e.fields.email).toBe('E-mail inválido.');
    expect(await db.customers.count()).toBe(0);
  });

  it('refuses a duplicate CPF/CNPJ and tells the existing id', async () => {
    db = await freshDb();
    const first = await aCustomer(db, { document: '11.222.333/0001-81' });
    expect(first.kind).toBe('PJ');
    const err = (await aCustomer(db, { name: 'Outro', document: '11222333000181' }).catch((e: unknown) => e)) as RepoError;
    expect(err.code).toBe('duplicate_document');
    expect(err.details.existingId).toBe(first.id);
    const other = await aCustomer(db, { name: 'Outro' });
    const err2 = (await updateCustomer(db, other.id, { document: '11222333000181' }).catch((e: unknown) => e)) as RepoError;
    expect(err2.code).toBe('duplicate_document');
  });

  it('updates only changed fields and audits the diff', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    const u = await updateCustomer(db, c.id, { name: 'Maria Souza', creditLimitCents: 50_000 });
    expect(u.name).toBe('Maria Souza');
    expect(u.phones).toEqual(c.phones);
    expect(u.searchTokens).toContain('souza');
    const log = await auditOf(db, 'customers', c.id);
    expect(log).toHaveLength(2);
    expect(log[1]?.after).toMatchObject({ name: 'Maria Souza', creditLimitCents: 50_000 });
    expect(Object.keys(log[1]?.before as object).sort()).toEqual(['creditLimitCents', 'name', 'searchTokens', 'sortName']);
    const same = await updateCustomer(db, c.id, { name: 'Maria Souza' });
    expect(same.updatedAt).toBe(u.updatedAt);
    expect(await auditOf(db, 'customers', c.id)).toHaveLength(2);
  });

  it('blocks (reason required) and unblocks credit', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    await expect(setCreditBlocked(db, c.id, true, '')).rejects.toThrow(/motivo do bloqueio/);
    const b = await setCreditBlocked(db, c.id, true, 'Cheque devolvido');
    expect(b.blocked).toBe(true);
    expect((await db.customers.get(c.id))?.blockedReason).toBe('Cheque devolvido');
    await setCreditBlocked(db, c.id, false);
    expect((await db.customers.get(c.id))?.blocked).toBe(false);
  });

  it('finds customers by name prefix without accents, CPF and phone', async () => {
    db = await freshDb();
    const a = await aCustomer(db, { name: 'Ângela Márcia Pereira', document: '52998224725' });
    await aCustomer(db, { name: 'Antônio Alves', phones: [{ number: '(31) 3222-1100', whatsapp: false }] });
    expect((await searchCustomers(db, 'ange')).map((c) => c.id)).toEqual([a.id]);
    expect((await searchCustomers(db, 'marc pere')).map((c) => c.id)).toEqual([a.id]);
    expect((await searchCustomers(db, '529.982')).map((c) => c.id)).toEqual([a.id]);
    expect((await searchCustomers(db, '3222')).map((c) => c.name)).toEqual(['Antônio Alves']);
    expect((await searchCustomers(db, 'an')).map((c) => c.name)).toEqual(['Ângela Márcia Pereira', 'Antônio Alves']);
    expect(await searchCustomers(db, 'zzz')).toEqual([]);
  });

  it('several words find exactly the customers every word prefix-matches, by name', async () => {
    db = await freshDb();
    await loadDataset(db, generateDataset({ today: '2025-06-01', size: 'demo' }), '2025-06-01');
    const all = await db.customers.toArray();
    const words = [...new Set(all.flatMap((c) => queryTokens(c.name)))].slice(0, 12);
    let found = 0;
    for (const q of [...words.map((w) => `${w.slice(0, 2)} ${w.slice(-3, -1)}`), 'ma si', 'a a', 'jo s', '11 9']) {
      const tokens = queryTokens(q);
      const expected = all.filter((c) => tokens.every((t) => c.searchTokens.some((k) => k.startsWith(t)))).map((c) => c.sortName).sort();
      expect((await searchCustomers(db, q, 500)).map((c) => c.sortName), q).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  it('anonymises only when nothing is owed, and exports one customer', async () => {
    db = await freshDb();
    const c = await aCustomer(db, { document: '52998224725' });
    await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 10_000, plan: { kind: 'plan', count: 2, firstDueDate: '2025-02-10' } }, '2025-01-10');
    const exp = await exportCustomerData(db, c.id);
    expect(exp.installments).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(exp)).customer.name).toBe('Maria da Silva');
    await expect(anonymizeCustomer(db, c.id, '2025-01-10')).rejects.toMatchObject({ code: 'has_debt' });
    const free = await aCustomer(db, { name: 'Sem Dívida' });
    const anon = await anonymizeCustomer(db, free.id, '2025-01-10');
    expect(anon.name).toBe('Cliente anonimizado');
    const stored = await db.customers.get(free.id);
    expect(stored?.phones).toEqual([]);
    expect(stored?.searchTokens).toEqual([]);
    expect(JSON.stringify(await auditOf(db, 'customers', free.id))).not.toContain('Sem Dívida');
  });
});
