import { afterEach, describe, expect, it } from 'vitest';
import { isValidCpfOrCnpj } from '@shared/br/cpf-cnpj';
import { generateDataset, SIZES } from './generator';
import { loadDataset } from '../import';
import { finishDbs, freshDb } from '../test-helpers';
import { overdueSummaries, searchCustomers } from '../queries';
import { receivePayment } from '../payments';
import { createCustomer } from '../customers';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

const TODAY = '2025-06-15';

describe('demo generator', () => {
  it('is deterministic for a seed and relative to today', () => {
    const a = generateDataset({ today: TODAY, size: 'tiny', seed: 7 });
    const b = generateDataset({ today: TODAY, size: 'tiny', seed: 7 });
    const c = generateDataset({ today: TODAY, size: 'tiny', seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    const later = generateDataset({ today: '2026-01-10', size: 'tiny', seed: 7 });
    expect(later.installments.some((i) => i.dueDate > '2025-12-31')).toBe(true);
    expect(a.sales.every((s) => s.date < TODAY && s.date >= '2023-12-01')).toBe(true);
    expect(a.payments.every((p) => p.date <= TODAY)).toBe(true);
  });

  it('makes realistic Brazilian customers with valid, unique CPF/CNPJ', () => {
    const d = generateDataset({ today: TODAY, size: 'demo' });
    expect(d.customers).toHaveLength(SIZES.demo.customers);
    expect(d.installments.filter((i) => !i.agreementId)).toHaveLength(SIZES.demo.installments);
    expect(d.customers.every((c) => c.document !== null && isValidCpfOrCnpj(c.document))).toBe(true);
    expect(new Set(d.customers.map((c) => c.document)).size).toBe(d.customers.length);
    expect(d.customers.every((c) => c.phones[0]?.whatsapp && /^\(\d{2}\) 9\d{4}-\d{4}$/.test(c.phones[0].number))).toBe(true);
    expect(d.customers.every((c) => c.address && /^\d{8}$/.test(c.address.cep) && c.address.uf.length === 2)).toBe(true);
  });

  it('has the behaviours: late payments with charges, defaulters, agreements, fiado tabs, promises', () => {
    const d = generateDataset({ today: TODAY, spec: { customers: 400, installments: 8_000 } });
    expect(d.payments.some((p) => p.allocations.some((a) => a.fineCents > 0 && a.interestCents > 0))).toBe(true);
    expect(d.installments.filter((i) => i.status === 'open' && i.dueDate < TODAY).length).toBeGreaterThan(200);
    expect(new Set(d.agreements.map((a) => a.status))).toEqual(new Set(['active', 'fulfilled', 'broken']));
    expect(d.sales.some((s) => s.planKind === 'tab' && s.tabStatus === 'open')).toBe(true);
    expect(d.installments.some((i) => i.tabSaleIds.length > 1)).toBe(true);
    expect(d.contacts.some((c) => c.outcome === 'prometeu_pagar' && c.promisedDate !== null)).toBe(true);
    // Proportions of the large shop: ~20 installments, ~10 payments, ~5 contacts per customer.
    expect(d.payments.length / d.installments.length).toBeGreaterThan(0.4);
    expect(d.payments.length / d.installments.length).toBeLessThan(0.65);
    expect(d.contacts.length / d.customers.length).toBeGreaterThan(3.5);
    expect(d.contacts.length / d.customers.length).toBeLessThan(6.5);
  });

  it.runIf(process.env.CADERNETA_LARGE === '1')('large: 10,000 customers, ~200k installments, ~100k payments, ~50k contacts', () => {
    const d = generateDataset({ today: TODAY, size: 'large' });
    expect(d.customers).toHaveLength(10_000);
    expect(d.installments.filter((i) => !i.agreementId)).toHaveLength(200_000);
    expect(Math.abs(d.payments.length - 100_000)).toBeLessThan(15_000);
    expect(Math.abs(d.contacts.length - 50_000)).toBeLessThan(7_500);
  }, 120_000);
});

describe('loadDataset', () => {
  it('loads the demo shop in one go; invariants hold; the app works on it', async () => {
    const db = await freshDb('demo');
    const d = generateDataset({ today: TODAY, size: 'demo' });
    const counts = await loadDataset(db, d, TODAY);
    expect(counts).toMatchObject({ customers: 60, installments: d.installments.length, payments: d.payments.length });
    expect(await db.summaries.count()).toBeGreaterThan(50);
    const board = await overdueSummaries(db, TODAY);
    expect(board.length).toBeGreaterThan(3);
    const first = d.customers[0];
    expect((await searchCustomers(db, first?.name.split(' ')[0] ?? '')).some((c) => c.id === first?.id)).toBe(true);
    const debtor = board[0];
    if (debtor) await receivePayment(db, { customerId: debtor.id, amountCents: 1_000, method: 'pix' }, TODAY);
    await expect(loadDataset(db, d, TODAY)).rejects.toThrow(/loja vazia/);
  });

  it('refuses to mix with an existing shop and writes nothing', async () => {
    const db = await freshDb('demo2');
    await createCustomer(db, { name: 'Cliente Real' });
    await expect(loadDataset(db, generateDataset({ today: TODAY, size: 'tiny' }), TODAY)).rejects.toThrow(/loja vazia/);
    expect(await db.customers.count()).toBe(1);
    expect(await db.installments.count()).toBe(0);
  });
});
