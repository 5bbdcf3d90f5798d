// The invariant guard itself must be able to fail: it finds a corrupted database created by
// the test, ignores older databases, and exemptions work.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/db/schema';
import { createCustomer } from '../../renderer/db/customers';
import { createCreditSale } from '../../renderer/db/sales';
import { receivePayment } from '../../renderer/db/payments';
import { assertInvariantsSince, databaseNames, exemptFromInvariants, guardInvariants, violationsOf } from './invariant-guard';

guardInvariants();

let n = 0;
const uniqueName = (label: string): string => `guard-${label}-${++n}-${Date.now()}`;

async function shopWithPayment(name: string) {
  const db = await openDb(name);
  const c = await createCustomer(db, { name: 'Joana Guarda' });
  const { installments } = await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 10_000, plan: { kind: 'plan', count: 2, firstDueDate: '2025-02-10' } }, '2025-01-10');
  await receivePayment(db, { customerId: c.id, amountCents: 5_000, method: 'pix' }, '2025-02-10');
  return { db, installments };
}

describe('invariant guard', () => {
  it('passes a healthy database written through the repositories', async () => {
    const known = new Set(await databaseNames());
    const name = uniqueName('ok');
    const { db } = await shopWithPayment(name);
    expect(await violationsOf(name)).toEqual([]);
    await expect(assertInvariantsSince(known)).resolves.toBeUndefined();
    db.close();
  });

  it('reports a database whose installment cache was edited behind the ledger', async () => {
    const known = new Set(await databaseNames());
    const name = uniqueName('broken');
    const { db, installments } = await shopWithPayment(name);
    const first = installments[0];
    if (!first) throw new Error('no installment');
    await db.installments.update(first.id, { paidPrincipalCents: 1 });
    const found = await violationsOf(name);
    expect(found.map((v) => v.rule)).toContain('installment-principal');
    await expect(assertInvariantsSince(known)).rejects.toThrow(/installment-principal/);
    // Databases that existed before are not this test's business.
    await expect(assertInvariantsSince(new Set(await databaseNames()))).resolves.toBeUndefined();
    db.close();
    exemptFromInvariants(name);
  });

  it('ignores IndexedDB databases that are not Caderneta databases', async () => {
    const known = new Set(await databaseNames());
    const name = uniqueName('foreign');
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name, 3);
      req.onupgradeneeded = () => req.result.createObjectStore('things');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    expect(await violationsOf(name)).toEqual([]);
    await expect(assertInvariantsSince(known)).resolves.toBeUndefined();
  });
});
