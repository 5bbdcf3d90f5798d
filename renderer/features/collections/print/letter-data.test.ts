import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from '../../../db/sales';
import { renegotiateDebt } from '../../../db/agreements';
import { aCustomer, finishDbs, freshDb } from '../../../db/test-helpers';
import { DEFAULT_SETTINGS, updateSettings } from '../../../db/settings';
import { buildAgreementData, buildLetters } from './letter-data';
import { recordAgreementTerm } from './record-issued';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('letter and agreement term data', () => {
  it('the term lists the replaced installments under their own numbers, purchase and days late', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    const { installments } = await createCreditSale(db, { customerId: c.id, date: '2025-01-05', description: 'Geladeira', totalCents: 40_000, plan: { kind: 'plan', count: 4, firstDueDate: '2025-02-05' } }, '2025-01-05');
    const chosen = installments.filter((i) => i.number >= 3).map((i) => i.id);
    const r = await renegotiateDebt(db, { customerId: c.id, installmentIds: chosen, count: 2, firstDueDate: '2025-05-20' }, '2025-05-10');
    const term = await buildAgreementData(db, r, '2025-05-10');
    expect(term.replaced.map((i) => [i.number, i.count, i.saleDescription, i.saleDate])).toEqual([
      [3, 4, 'Geladeira', '2025-01-05'],
      [4, 4, 'Geladeira', '2025-01-05'],
    ]);
    // 05/04 to 10/05: 35 days late; 05/05: 5 days.
    expect(term.replaced.map((i) => i.charges?.daysLate)).toEqual([35, 5]);
    // Registered under the number it prints.
    const bytes = new Uint8Array([1, 2, 3]);
    await recordAgreementTerm(db, r, { kind: 'agreement', action: 'save', bytes, sha256: '', sizeBytes: 3, fileName: 'termo.pdf' }, '2025-05-10');
    expect((await db.documents.where('type').equals('termo_acordo').toArray()).map((d) => d.number)).toEqual([term.number]);
  });

  it("the prior notice gives the shop's notice days to pay, the same days the board waits", async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2025-01-05', totalCents: 20_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-02-05' } }, '2025-01-05');
    await updateSettings(db, 'collection', { ...DEFAULT_SETTINGS.collection, negativacaoNoticeDays: 15 });
    expect((await buildLetters(db, [c.id], 'negativacao_previa', '2025-06-01')).data.letters[0]?.deadline).toBe('2025-06-16');
    expect((await buildLetters(db, [c.id], 'aviso_atraso', '2025-06-01')).data.letters[0]?.deadline).toBe('2025-06-11');
  });

  it('a letter names the purchase of each installment it lists', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2025-01-05', description: 'Fogão', totalCents: 20_000, plan: { kind: 'plan', count: 2, firstDueDate: '2025-02-05' } }, '2025-01-05');
    const { data } = await buildLetters(db, [c.id], 'aviso_atraso', '2025-04-01');
    expect(data.letters[0]?.installments.map((i) => [i.number, i.saleDescription])).toEqual([
      [1, 'Fogão'],
      [2, 'Fogão'],
    ]);
  });
});
