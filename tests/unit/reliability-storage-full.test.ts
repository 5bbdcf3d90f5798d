// Storage full (issue 10): a QuotaExceededError at ANY write of a repository transaction —
// thrown by the write call, failing its request, or aborting the commit — rejects the call,
// leaves the database exactly as it was, and the screens' errorMessage() says the disk is
// full in Portuguese. Then, with space again, the same call succeeds completely.
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, TABLE_NAMES, type CadernetaDB } from '../../renderer/db/schema';
import { createCustomer } from '../../renderer/db/customers';
import { addTabEntry, closeTabs, createCreditSale } from '../../renderer/db/sales';
import { receivePayment, reversePayment } from '../../renderer/db/payments';
import { renegotiateDebt } from '../../renderer/db/agreements';
import { logContact } from '../../renderer/db/collections';
import { loadDataset } from '../../renderer/db/import';
import { generateDataset } from '../../renderer/db/demo/generator';
import { exportBackup, parseBackup, restoreBackup } from '../../renderer/db/backup';
import { errorMessage } from '../../renderer/app/form-errors';
import { failWritesWithQuota, type QuotaMode } from '../reliability/quota';
import { guardInvariants } from './invariant-guard';

guardInvariants();

const MODES: QuotaMode[] = ['throw', 'request', 'commit'];
const TODAY = '2025-03-20';
let seq = 0;
let totalAttempts = 0;
afterAll(() => console.log(`reliability-storage-full: ${totalAttempts} disk-full failures injected, every one refused with nothing written`));

async function snapshot(db: CadernetaDB): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLE_NAMES) parts.push(`${t}:${JSON.stringify(await db.table(t).toArray())}`);
  return parts.join('\n');
}

/** How many IndexedDB writes `op` makes when nothing fails (it runs for real). */
async function countWrites(op: () => Promise<unknown>): Promise<number> {
  const probe = failWritesWithQuota('throw', Number.MAX_SAFE_INTEGER);
  try {
    await op();
  } finally {
    probe.restore();
  }
  return probe.writes();
}

/**
 * Fails `op` at each write position in `positions`, in every mode: each attempt must be
 * refused with the disk-full message and change nothing. Returns the number of attempts.
 */
async function refusedAtEveryPosition(db: CadernetaDB, op: () => Promise<unknown>, positions: readonly number[]): Promise<number> {
  let attempts = 0;
  const before = await snapshot(db);
  for (const mode of MODES) {
    for (const at of positions) {
      const q = failWritesWithQuota(mode, at);
      let error: unknown = null;
      try {
        await op();
      } catch (e) {
        error = e;
      } finally {
        q.restore();
      }
      const where = `${mode} at write ${at}`;
      expect(q.fired(), `${where}: the simulated failure did not happen`).toBe(true);
      expect(error, `${where}: the write was accepted`).not.toBeNull();
      const msg = errorMessage(error);
      expect(msg, where).toMatch(/disco/i);
      expect(msg, where).toMatch(/nada foi (gravado|salvo)/i);
      expect(await snapshot(db), `${where}: partial write left behind`).toBe(before);
      attempts++;
      totalAttempts++;
    }
  }
  return attempts;
}

const every = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
/** First, second, middle, last-but-one and last write of a long transaction. */
const sample = (n: number): number[] => [...new Set([0, 1, Math.floor(n / 2), n - 2, n - 1].filter((i) => i >= 0 && i < n))];

/** Runs `op` on a twin database to count its writes, then fails it everywhere on `db`. */
async function exhaust(make: () => Promise<{ db: CadernetaDB; op: () => Promise<unknown> }>, pick: (n: number) => number[] = every): Promise<{ writes: number; attempts: number; db: CadernetaDB; op: () => Promise<unknown> }> {
  const twin = await make();
  const writes = await countWrites(twin.op);
  twin.db.close();
  const real = await make();
  expect(writes).toBeGreaterThan(0);
  const attempts = await refusedAtEveryPosition(real.db, real.op, pick(writes));
  return { writes, attempts, ...real };
}

async function shop(): Promise<{ db: CadernetaDB; customerId: string }> {
  const db = await openDb(`storage-full-${++seq}`);
  const c = await createCustomer(db, { name: 'Dona Quota', document: '529.982.247-25', phones: [{ number: '(11) 98888-7777', whatsapp: true }] });
  return { db, customerId: c.id };
}

async function withSale(): Promise<{ db: CadernetaDB; customerId: string }> {
  const s = await shop();
  await createCreditSale(s.db, { customerId: s.customerId, date: '2025-01-02', totalCents: 60_000, plan: { kind: 'plan', count: 6, firstDueDate: '2025-02-02' } }, '2025-01-02');
  return s;
}

describe('QuotaExceededError during a write: refused, nothing partial, "disco cheio"', () => {
  it('createCustomer', async () => {
    const { db, op } = await exhaust(async () => {
      const db = await openDb(`storage-full-${++seq}`);
      return { db, op: () => createCustomer(db, { name: 'Cliente Novo' }) };
    });
    await op();
    expect(await db.customers.count()).toBe(1);
    db.close();
  });

  it('createCreditSale of a 6-installment carnê (sale, installments, summary, audit)', async () => {
    const r = await exhaust(async () => {
      const s = await shop();
      return { db: s.db, op: () => createCreditSale(s.db, { customerId: s.customerId, date: TODAY, totalCents: 60_000, plan: { kind: 'plan', count: 6, firstDueDate: '2025-04-20' } }, TODAY) };
    });
    expect(r.writes).toBeGreaterThanOrEqual(14); // sale + 6 installments + 7 audit entries + summary
    await r.op();
    expect(await r.db.installments.count()).toBe(6);
    r.db.close();
  });

  it('receivePayment over three late installments, then its reversal', async () => {
    const r = await exhaust(async () => {
      const s = await withSale();
      return { db: s.db, op: () => receivePayment(s.db, { customerId: s.customerId, amountCents: 25_000, method: 'pix' }, TODAY) };
    });
    const { payment } = (await r.op()) as Awaited<ReturnType<typeof receivePayment>>;
    expect(payment.allocations.length).toBe(3);
    const rev = await exhaust(async () => {
      const s = await withSale();
      const p = await receivePayment(s.db, { customerId: s.customerId, amountCents: 25_000, method: 'pix' }, TODAY);
      return { db: s.db, op: () => reversePayment(s.db, p.payment.id, 'Pix devolvido pelo banco', TODAY) };
    });
    await rev.op();
    expect(await rev.db.payments.count()).toBe(2);
    r.db.close();
    rev.db.close();
  });

  it('renegotiation, fiado closing and a contact', async () => {
    const reneg = await exhaust(async () => {
      const s = await withSale();
      return { db: s.db, op: () => renegotiateDebt(s.db, { customerId: s.customerId, count: 3, downPaymentCents: 5_000, firstDueDate: '2025-04-20' }, TODAY) };
    });
    await reneg.op();
    expect(await reneg.db.agreements.count()).toBe(1);
    const close = await exhaust(async () => {
      const s = await shop();
      await addTabEntry(s.db, { customerId: s.customerId, date: '2025-02-03', totalCents: 4_590 }, '2025-02-03');
      await addTabEntry(s.db, { customerId: s.customerId, date: '2025-02-10', totalCents: 1_250 }, '2025-02-10');
      return { db: s.db, op: () => closeTabs(s.db, TODAY, 1) };
    });
    expect(await close.op()).toHaveLength(1);
    const contact = await exhaust(async () => {
      const s = await withSale();
      return { db: s.db, op: () => logContact(s.db, { customerId: s.customerId, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-03-25', promisedCents: 10_000 }, TODAY) };
    });
    await contact.op();
    for (const x of [reneg, close, contact]) x.db.close();
  });

  it('bulk import of a whole shop (first, middle and last of its writes)', async () => {
    const data = generateDataset({ today: TODAY, size: 'tiny', seed: 11 });
    const r = await exhaust(async () => {
      const db = await openDb(`storage-full-${++seq}`);
      return { db, op: () => loadDataset(db, data, TODAY) };
    }, sample);
    expect(r.writes).toBeGreaterThan(200);
    await r.op();
    expect(await r.db.customers.count()).toBe(data.customers.length);
    r.db.close();
  });

  it('restore of a backup over existing data (old data stays whole)', async () => {
    const source = await withSale();
    await receivePayment(source.db, { customerId: source.customerId, amountCents: 10_000, method: 'dinheiro' }, TODAY);
    const backup = await parseBackup((await exportBackup(source.db)).bytes);
    source.db.close();
    const r = await exhaust(async () => {
      const s = await shop();
      await addTabEntry(s.db, { customerId: s.customerId, date: TODAY, totalCents: 990 }, TODAY);
      return { db: s.db, op: () => restoreBackup(s.db, backup, null) };
    }, sample);
    await r.op();
    expect(await r.db.payments.count()).toBe(1);
    r.db.close();
  });
});
