// Property (issue 10): random sequences of 200 operations — sell, fiado, close tabs, partial and
// full payments, waivers, change and store credit, reversals, renegotiation, broken agreements,
// cancellations, imports — starting from random dates (empty shop or an imported one), with the
// clock moving forward, standing still or going back. After EVERY operation:
//   - a refused operation threw a RepoError with a Portuguese message and changed nothing;
//   - checkInvariants(db) is empty;
//   - no centavo appeared or disappeared, measured against a model kept from the test's inputs.
// Builds on renderer/db/ledger.property.test.ts (shorter sequences, checks at the end only).
// Seed: RELIABILITY_SEED (default below); longer run: RELIABILITY_LONG=1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { addDays } from '@shared/dates/calendar';
import { openDb, type CadernetaDB } from '../../renderer/db/schema';
import { createCustomer } from '../../renderer/db/customers';
import { addTabEntry, cancelSale, closeTabs, createCreditSale } from '../../renderer/db/sales';
import { receivePayment, reversePayment } from '../../renderer/db/payments';
import { breakAgreement, renegotiateDebt } from '../../renderer/db/agreements';
import { openInstallments } from '../../renderer/db/queries';
import { checkInvariants } from '../../renderer/db/invariants';
import { isRepoError } from '../../renderer/db/errors';
import { loadDataset, type Dataset } from '../../renderer/db/import';
import { generateDataset } from '../../renderer/db/demo/generator';
import { effectivePayments } from '../../renderer/db/ledger';
import { guardInvariants } from './invariant-guard';

guardInvariants();

const LONG = process.env.RELIABILITY_LONG === '1';
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_251_123);
const RUNS = LONG ? 40 : 3;
const OPS = 200;
const INVARIANTS_EVERY = LONG ? 1 : 4;

/** Names of the databases a committed transaction wrote to since the last clear(). */
const committed = new Set<string>();
const onMutated = (parts: Record<string, unknown>): void => {
  for (const key of Object.keys(parts)) {
    const m = /^idb:\/\/([^/]+)\//.exec(key);
    if (m?.[1]) committed.add(m[1]);
  }
};
beforeAll(() => Dexie.on('storagemutated', onMutated));
afterAll(() => Dexie.on('storagemutated').unsubscribe(onMutated));

type Op =
  | { k: 'sell'; c: number; total: number; count: number; first: number; down: number; every: 'month' | 'week' | 'fortnight' }
  | { k: 'tab'; c: number; total: number }
  | { k: 'close'; day: number }
  | { k: 'payPart'; c: number; permille: number; method: 'dinheiro' | 'pix' | 'debito' }
  | { k: 'payFull'; c: number; waive: 'none' | 'fine' | 'both' }
  | { k: 'payOver'; c: number; extra: number; method: 'dinheiro' | 'pix'; keep: boolean }
  | { k: 'useCredit'; c: number; cents: number }
  | { k: 'payChosen'; c: number; pick: number; amount: number }
  | { k: 'backdated'; c: number; daysAgo: number; amount: number }
  | { k: 'reverse'; p: number }
  | { k: 'reneg'; c: number; count: number; down: number; discount: number; on: 'charges' | 'total' }
  | { k: 'break'; a: number }
  | { k: 'cancel'; s: number }
  | { k: 'import'; seed: number }
  | { k: 'wait'; days: number }
  | { k: 'clockBack'; days: number }
  | { k: 'bogus'; what: 'customer' | 'payment' | 'agreement' | 'sale' };

const cust = fc.integer({ min: 0, max: 30 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('sell' as const), c: cust, total: fc.integer({ min: 1, max: 800_000 }), count: fc.integer({ min: 1, max: 24 }), first: fc.integer({ min: -10, max: 60 }), down: fc.integer({ min: 0, max: 60 }), every: fc.constantFrom('month' as const, 'week' as const, 'fortnight' as const) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('tab' as const), c: cust, total: fc.integer({ min: 1, max: 50_000 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('close' as const), day: fc.integer({ min: 1, max: 28 }) }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('payPart' as const), c: cust, permille: fc.integer({ min: 1, max: 999 }), method: fc.constantFrom('dinheiro' as const, 'pix' as const, 'debito' as const) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('payFull' as const), c: cust, waive: fc.constantFrom('none' as const, 'fine' as const, 'both' as const) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('payOver' as const), c: cust, extra: fc.integer({ min: 1, max: 20_000 }), method: fc.constantFrom('dinheiro' as const, 'pix' as const), keep: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('useCredit' as const), c: cust, cents: fc.integer({ min: 1, max: 30_000 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('payChosen' as const), c: cust, pick: fc.nat(), amount: fc.integer({ min: 1, max: 100_000 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('backdated' as const), c: cust, daysAgo: fc.integer({ min: 1, max: 90 }), amount: fc.integer({ min: 1, max: 50_000 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('reverse' as const), p: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('reneg' as const), c: cust, count: fc.integer({ min: 0, max: 12 }), down: fc.integer({ min: 0, max: 30_000 }), discount: fc.integer({ min: 0, max: 100 }), on: fc.constantFrom('charges' as const, 'total' as const) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('break' as const), a: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('cancel' as const), s: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('import' as const), seed: fc.nat({ max: 1_000_000 }) }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 45 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('clockBack' as const), days: fc.integer({ min: 1, max: 15 }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('bogus' as const), what: fc.constantFrom('customer' as const, 'payment' as const, 'agreement' as const, 'sale' as const) }) },
);

/** A whole start: the first day and whether the shop begins with an imported book. */
const startArb: fc.Arbitrary<Start> = fc.record({
  day: fc.integer({ min: 0, max: 4_000 }), // 2019-01-01 + up to ~11 years
  imported: fc.boolean(),
  importSeed: fc.nat({ max: 1_000_000 }),
  ops: fc.array(opArb, { minLength: OPS, maxLength: OPS }),
});

/** What the test itself handed to the shop, independent of how the repositories store it. */
interface Model {
  /** Financed principal of live sales (total - down payment; fiado entries in full). */
  financed: number;
  /** Money handed over on payments (reversals subtract the original amount). */
  cashIn: number;
  /** Change handed back. */
  changeOut: number;
}

interface World {
  db: CadernetaDB;
  customers: string[];
  today: string;
  model: Model;
  tally: Map<string, number>;
}

let dbSeq = 0;

function financedOf(d: Pick<Dataset, 'sales'>): number {
  return d.sales.filter((s) => s.status === 'active' && !s.agreementId).reduce((s, x) => s + x.totalCents - x.downPaymentCents, 0);
}

async function dueOf(w: World, customerId: string): Promise<number> {
  return (await openInstallments(w.db, customerId, w.today)).reduce((s, v) => s + (v.state?.totalDueCents ?? 0), 0);
}

async function pay(w: World, input: Parameters<typeof receivePayment>[1]): Promise<void> {
  const { payment } = await receivePayment(w.db, input, w.today);
  expect(payment.amountCents).toBe(input.amountCents);
  w.model.cashIn += payment.amountCents;
  w.model.changeOut += payment.changeCents;
}

const pick = <T>(xs: readonly T[], i: number): T | undefined => (xs.length > 0 ? xs[i % xs.length] : undefined);

async function apply(w: World, o: Op): Promise<void> {
  const { db, today } = w;
  const customerId = 'c' in o ? (pick(w.customers, o.c) ?? '') : '';
  switch (o.k) {
    case 'sell': {
      const down = Math.floor((o.total * o.down) / 100);
      await createCreditSale(db, { customerId, date: today, totalCents: o.total, downPaymentCents: down, plan: { kind: 'plan', count: o.count, firstDueDate: addDays(today, o.first), every: o.every } }, today);
      w.model.financed += o.total - down;
      return;
    }
    case 'tab':
      await addTabEntry(db, { customerId, date: today, totalCents: o.total, description: 'Compras' }, today);
      w.model.financed += o.total;
      return;
    case 'close':
      await closeTabs(db, today, o.day);
      return;
    case 'payPart': {
      const due = await dueOf(w, customerId);
      await pay(w, { customerId, amountCents: Math.floor((due * o.permille) / 1000), method: o.method });
      return;
    }
    case 'payFull': {
      const due = await dueOf(w, customerId);
      const waive = o.waive === 'none' ? undefined : { fine: true, interest: o.waive === 'both', reason: 'Abono combinado no balcão' };
      await pay(w, { customerId, amountCents: due, method: 'pix', waive });
      return;
    }
    case 'payOver': {
      const due = await dueOf(w, customerId);
      await pay(w, { customerId, amountCents: due + o.extra, method: o.method, keepChangeAsCredit: o.keep });
      return;
    }
    case 'useCredit':
      await pay(w, { customerId, amountCents: 0, method: 'pix', useCreditCents: o.cents });
      return;
    case 'payChosen': {
      const open = await openInstallments(db, customerId, today);
      const chosen = pick(open, o.pick);
      await pay(w, { customerId, amountCents: o.amount, method: 'dinheiro', installmentIds: chosen ? [chosen.row.id] : [] });
      return;
    }
    case 'backdated':
      await pay(w, { customerId, amountCents: o.amount, method: 'pix', date: addDays(today, -o.daysAgo) });
      return;
    case 'reverse': {
      const p = pick(effectivePayments(await db.payments.toArray()), o.p);
      if (!p) return;
      const r = await reversePayment(db, p.id, 'Pagamento lançado por engano', today);
      expect(r.amountCents).toBe(p.amountCents === 0 ? 0 : -p.amountCents);
      w.model.cashIn -= p.amountCents;
      w.model.changeOut -= p.changeCents;
      return;
    }
    case 'reneg':
      await renegotiateDebt(db, { customerId, count: o.count, downPaymentCents: o.down, firstDueDate: addDays(today, 30), discount: o.discount ? { on: o.on, percent: o.discount } : undefined }, today);
      return;
    case 'break': {
      const a = pick(await db.agreements.where('status').equals('active').toArray(), o.a);
      if (a) await breakAgreement(db, a.id, 'Cliente deixou de pagar o acordo', today);
      return;
    }
    case 'cancel': {
      const s = pick(await db.sales.toArray(), o.s);
      if (!s) return;
      await cancelSale(db, s.id, 'Venda lançada em duplicidade', today);
      if (!s.agreementId) w.model.financed -= s.totalCents - s.downPaymentCents;
      return;
    }
    case 'import': {
      // The shop is never empty here: the bulk import must refuse and leave everything alone.
      await loadDataset(db, generateDataset({ today, size: 'tiny', seed: o.seed }), today);
      throw new Error('import into a shop with customers was accepted');
    }
    case 'wait':
      w.today = addDays(today, o.days);
      return;
    case 'clockBack':
      w.today = addDays(today, -o.days);
      return;
    case 'bogus':
      if (o.what === 'customer') await pay(w, { customerId: 'NAO-EXISTE', amountCents: 100, method: 'pix' });
      else if (o.what === 'payment') await reversePayment(db, 'NAO-EXISTE', 'Teste de id inexistente', today);
      else if (o.what === 'agreement') await breakAgreement(db, 'NAO-EXISTE', 'Teste de id inexistente', today);
      else await cancelSale(db, 'NAO-EXISTE', 'Teste de id inexistente', today);
  }
}

/** Every centavo accounted for, from the database, compared with the model. */
async function assertConservation(w: World, label: string): Promise<void> {
  const [sales, insts, agreements, payments, summaries] = await Promise.all([w.db.sales.toArray(), w.db.installments.toArray(), w.db.agreements.toArray(), w.db.payments.toArray(), w.db.summaries.toArray()]);
  const live = sales.filter((s) => s.status === 'active' && !s.agreementId);
  // Principal: financed + agreement charges - discounts = still owed + already paid.
  const created = w.model.financed + agreements.reduce((s, a) => s + a.chargesCents - a.discountCents, 0);
  const tabOpen = live.filter((s) => s.tabStatus === 'open').reduce((s, x) => s + x.totalCents, 0);
  const owed = insts.reduce((s, i) => s + (i.status === 'open' ? i.amountCents - i.paidPrincipalCents : 0), 0);
  const paid = insts.reduce((s, i) => s + i.paidPrincipalCents, 0);
  expect(tabOpen + owed + paid, `${label}: principal owed + paid vs financed`).toBe(created);
  expect(financedOf({ sales }), `${label}: live sales vs model`).toBe(w.model.financed);
  // Cash: what came in = what the payment rows say = what was applied, changed or kept as credit.
  const cashIn = payments.reduce((s, p) => s + p.amountCents, 0);
  const change = payments.reduce((s, p) => s + p.changeCents, 0);
  expect(cashIn, `${label}: money received`).toBe(w.model.cashIn);
  expect(change, `${label}: change handed back`).toBe(w.model.changeOut);
  const applied = payments.reduce((s, p) => s + p.allocations.reduce((t, a) => t + a.fineCents + a.interestCents + a.principalCents, 0), 0);
  const creditNet = payments.reduce((s, p) => s + p.creditCents - p.creditUsedCents, 0);
  expect(applied + change + creditNet, `${label}: applied + change + credit`).toBe(cashIn);
  // Store credit: never negative, and the summaries hold exactly what the payments left.
  expect(summaries.every((s) => s.creditCents >= 0), `${label}: negative store credit`).toBe(true);
  expect(summaries.reduce((s, x) => s + x.creditCents, 0), `${label}: credit in summaries`).toBe(creditNet);
}

interface Start {
  day: number;
  imported: boolean;
  importSeed: number;
  ops: Op[];
}

async function run(start: Start, tally: Map<string, number>): Promise<void> {
  const db = await openDb(`reliability-seq-${++dbSeq}`);
  const today = addDays('2019-01-01', start.day);
  const w: World = { db, customers: [], today, model: { financed: 0, cashIn: 0, changeOut: 0 }, tally };
  try {
    if (start.imported) {
      const d = generateDataset({ today, size: 'tiny', seed: start.importSeed });
      await loadDataset(db, d, today);
      w.model = { financed: financedOf(d), cashIn: d.payments.reduce((s, p) => s + p.amountCents, 0), changeOut: d.payments.reduce((s, p) => s + p.changeCents, 0) };
      w.customers.push(...d.customers.map((c) => c.id));
      expect(await checkInvariants(db), 'after the import').toEqual([]);
      await assertConservation(w, 'after the import');
    }
    for (const name of ['Ana Sequência', 'Beto Sequência', 'Cida Sequência']) w.customers.push((await createCustomer(db, { name })).id);
    for (const [i, o] of start.ops.entries()) {
      const label = `op ${i} ${JSON.stringify(o)} on ${w.today}`;
      committed.clear();
      try {
        await apply(w, o);
        tally.set(`${o.k}:ok`, (tally.get(`${o.k}:ok`) ?? 0) + 1);
        // The change detector itself works: a sale always commits.
        if (o.k === 'sell') expect(committed.has(db.name), `${label}: sale not seen as committed`).toBe(true);
      } catch (e) {
        if (!isRepoError(e)) throw new Error(`${label}: not a RepoError: ${String(e)}`, { cause: e });
        expect(e.message.length, `${label}: empty message`).toBeGreaterThan(5);
        expect(committed.has(db.name), `${label}: refused (${e.message}) but committed a write`).toBe(false);
        tally.set(`${o.k}:refused`, (tally.get(`${o.k}:refused`) ?? 0) + 1);
      }
      await assertConservation(w, label);
      if (i % INVARIANTS_EVERY === INVARIANTS_EVERY - 1) expect(await checkInvariants(db), label).toEqual([]);
    }
    expect(await checkInvariants(db), 'at the end').toEqual([]);
  } finally {
    // Checked above; dropped so that long runs keep memory flat.
    db.close();
    await db.delete();
  }
}

describe(`ledger sequences (seed ${SEED}; replay with RELIABILITY_SEED=${SEED})`, () => {
  it(`${RUNS} random sequences of ${OPS} operations keep every invariant and every centavo`, async () => {
    const tally = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(startArb, (s) => run(s, tally)),
      { seed: SEED, numRuns: RUNS, endOnFailure: !LONG },
    );
    // The sequences must really exercise the ledger, not just bounce off validation.
    const ok = (k: string): number => tally.get(`${k}:ok`) ?? 0;
    for (const k of ['sell', 'tab', 'payPart', 'payFull', 'payOver', 'reverse', 'reneg', 'cancel']) expect(ok(k), `${k} never succeeded`).toBeGreaterThan(0);
    expect(tally.get('import:refused') ?? 0).toBeGreaterThan(0);
    expect(tally.get('bogus:refused') ?? 0).toBeGreaterThan(0);
    const total = [...tally.values()].reduce((s, n) => s + n, 0);
    expect(total).toBe(RUNS * OPS);
    console.log(`reliability-ledger-sequences: ${total} operations, ${[...tally.entries()].filter(([k]) => k.endsWith(':ok')).reduce((s, [, n]) => s + n, 0)} accepted; ${JSON.stringify(Object.fromEntries([...tally.entries()].sort()))}`);
  }, LONG ? 1_800_000 : 120_000);
});
