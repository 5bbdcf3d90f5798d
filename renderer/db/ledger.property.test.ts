// Property: random sequences of sell / fiado / close tabs / pay (partial, full, waived, cash with
// change, credit) / reverse / renegotiate / break / cancel over random days keep every
// invariant, and no centavo appears or disappears.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@shared/dates/calendar';
import type { CadernetaDB } from './schema';
import { addTabEntry, cancelSale, closeTabs, createCreditSale } from './sales';
import { receivePayment, reversePayment } from './payments';
import { breakAgreement, renegotiateDebt } from './collections';
import { openInstallments } from './queries';
import { checkInvariants } from './invariants';
import { isRepoError } from './errors';
import { aCustomer, finishDbs, freshDb } from './test-helpers';

type Op =
  | { k: 'sell'; c: number; total: number; count: number; first: number; down: number }
  | { k: 'tab'; c: number; total: number }
  | { k: 'close'; day: number }
  | { k: 'pay'; c: number; amount: number; method: 'dinheiro' | 'pix' }
  | { k: 'payAll'; c: number; waive: boolean }
  | { k: 'reverse'; p: number }
  | { k: 'reneg'; c: number; count: number; discount: number }
  | { k: 'break'; a: number }
  | { k: 'cancel'; s: number }
  | { k: 'wait'; days: number };

const cust = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('sell' as const), c: cust, total: fc.integer({ min: 100, max: 500_000 }), count: fc.integer({ min: 1, max: 12 }), first: fc.integer({ min: 0, max: 45 }), down: fc.integer({ min: 0, max: 50 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('tab' as const), c: cust, total: fc.integer({ min: 1, max: 30_000 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('close' as const), day: fc.integer({ min: 1, max: 28 }) }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('pay' as const), c: cust, amount: fc.integer({ min: 1, max: 200_000 }), method: fc.constantFrom('dinheiro' as const, 'pix' as const) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('payAll' as const), c: cust, waive: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('reverse' as const), p: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('reneg' as const), c: cust, count: fc.integer({ min: 1, max: 6 }), discount: fc.integer({ min: 0, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('break' as const), a: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel' as const), s: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 40 }) }) },
);

interface World {
  db: CadernetaDB;
  customers: string[];
  today: string;
  /** Net money the test saw the shop keep (amount - change), payments minus reversals. */
  received: number;
}

async function apply(w: World, o: Op): Promise<void> {
  const { db, today } = w;
  const at = <T>(xs: readonly T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);
  const customerId = 'c' in o ? (w.customers[o.c] ?? '') : '';
  switch (o.k) {
    case 'sell': {
      const down = Math.floor((o.total * o.down) / 100);
      await createCreditSale(db, { customerId, date: today, totalCents: o.total, downPaymentCents: down, plan: { kind: 'plan', count: o.count, firstDueDate: addDays(today, o.first) } }, today);
      return;
    }
    case 'tab':
      await addTabEntry(db, { customerId, date: today, totalCents: o.total }, today);
      return;
    case 'close':
      await closeTabs(db, today, o.day);
      return;
    case 'pay': {
      const { payment } = await receivePayment(db, { customerId, amountCents: o.amount, method: o.method }, today);
      w.received += payment.amountCents - payment.changeCents;
      return;
    }
    case 'payAll': {
      const due = (await openInstallments(db, customerId, today)).reduce((s, v) => s + (v.state?.totalDueCents ?? 0), 0);
      const { payment } = await receivePayment(db, { customerId, amountCents: due, method: 'pix', waive: o.waive ? { fine: true, interest: true, reason: 'Abono de teste' } : undefined }, today);
      w.received += payment.amountCents - payment.changeCents;
      return;
    }
    case 'reverse': {
      const p = at((await db.payments.toArray()).filter((x) => !x.reversalOf), o.p);
      if (!p) return;
      const r = await reversePayment(db, p.id, 'Estorno de teste', today);
      w.received += r.amountCents - r.changeCents;
      return;
    }
    case 'reneg':
      await renegotiateDebt(db, { customerId, count: o.count, firstDueDate: addDays(today, 30), discount: o.discount ? { on: 'charges', percent: o.discount } : undefined }, today);
      return;
    case 'break': {
      const a = at(await db.agreements.where('status').equals('active').toArray(), o.a);
      if (a) await breakAgreement(db, a.id, 'Quebra de teste', today);
      return;
    }
    case 'cancel': {
      const s = at(await db.sales.toArray(), o.s);
      if (s) await cancelSale(db, s.id, 'Cancelamento de teste', today);
      return;
    }
    case 'wait':
      w.today = addDays(today, o.days);
  }
}

/** Where every financed centavo is now: open principal, paid principal or the open tab. */
async function conservation(w: World): Promise<{ created: number; accounted: number; cash: number; applied: number }> {
  const [sales, insts, agreements, payments] = await Promise.all([w.db.sales.toArray(), w.db.installments.toArray(), w.db.agreements.toArray(), w.db.payments.toArray()]);
  const live = sales.filter((s) => s.status === 'active' && !s.agreementId);
  const created = live.reduce((s, x) => s + x.totalCents - x.downPaymentCents, 0) + agreements.reduce((s, a) => s + a.chargesCents - a.discountCents, 0);
  const tabOpen = live.filter((s) => s.tabStatus === 'open').reduce((s, x) => s + x.totalCents, 0);
  const accounted = tabOpen + insts.reduce((s, i) => s + (i.status === 'open' ? i.amountCents - i.paidPrincipalCents : 0) + i.paidPrincipalCents, 0);
  const cash = payments.reduce((s, p) => s + p.amountCents - p.changeCents, 0);
  const applied = payments.reduce((s, p) => s + p.creditCents - p.creditUsedCents + p.allocations.reduce((t, a) => t + a.fineCents + a.interestCents + a.principalCents, 0), 0);
  return { created, accounted, cash, applied };
}

async function run(ops: Op[]): Promise<void> {
  const db = await freshDb('prop');
  const customers = [];
  for (const name of ['Ana Prop', 'Beto Prop', 'Cida Prop']) customers.push((await aCustomer(db, { name })).id);
  const w: World = { db, customers, today: '2025-01-02', received: 0 };
  for (const o of ops) {
    try {
      await apply(w, o);
    } catch (e) {
      if (!isRepoError(e)) throw e;
    }
  }
  const violations = await checkInvariants(db);
  expect(violations).toEqual([]);
  const c = await conservation(w);
  expect(c.accounted).toBe(c.created);
  expect(c.cash).toBe(w.received);
  expect(c.applied).toBe(c.cash);
  expect(await finishDbs()).toEqual([]);
}

describe('ledger property', () => {
  it('random operation sequences keep the invariants and every centavo', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 60 }), run), { numRuns: 30 });
  }, 180_000);

  it('one long sequence of 200 operations', async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 200, maxLength: 200 }), run), { numRuns: 2 });
  }, 180_000);
});
