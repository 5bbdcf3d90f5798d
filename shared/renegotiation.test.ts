import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renegotiate, renegotiationQuote } from './renegotiation';
import type { ChargesPolicy } from './charges/late-charges';
import { addDays } from './dates/calendar';
import { DomainError } from './errors';

const policy: ChargesPolicy = { finePercent: 2, monthlyInterestPercent: 1, graceDays: 0, extraHolidays: [] };
const three = [
  { id: 'a', dueDate: '2025-05-10', amountCents: 5000, allocations: [] },
  { id: 'b', dueDate: '2025-06-10', amountCents: 5000, allocations: [] },
  { id: 'c', dueDate: '2025-07-10', amountCents: 5000, allocations: [] },
];
const plan = { count: 3, firstDueDate: '2025-07-20', every: 'month' as const };

describe('renegotiate', () => {
  it('updates the overdue debt and splits it', () => {
    const r = renegotiate({ installments: three, chosenIds: ['a', 'b'], today: '2025-06-20', policy, downPaymentCents: 1000, ...plan });
    expect(r.items.map((x) => [x.installmentId, x.fineCents, x.interestCents, x.totalCents])).toEqual([
      ['a', 100, 68, 5168],
      ['b', 100, 17, 5117],
    ]);
    expect(r).toMatchObject({
      principalCents: 10000,
      chargesCents: 285,
      grossTotalCents: 10285,
      discountCents: 0,
      newTotalCents: 10285,
      downPaymentCents: 1000,
      financedCents: 9285,
    });
    expect(r.plan).toEqual([
      { number: 1, dueDate: '2025-07-20', amountCents: 3095 },
      { number: 2, dueDate: '2025-08-20', amountCents: 3095 },
      { number: 3, dueDate: '2025-09-20', amountCents: 3095 },
    ]);
  });
  it('discounts charges or the total, by amount or percent', () => {
    const base = { installments: three, chosenIds: ['a', 'b'], today: '2025-06-20', policy, ...plan };
    expect(renegotiate({ ...base, discount: { on: 'charges', percent: 100 } })).toMatchObject({ discountCents: 285, newTotalCents: 10000 });
    expect(renegotiate({ ...base, discount: { on: 'charges', percent: 50 } }).discountCents).toBe(143); // 142.5 -> 143
    expect(renegotiate({ ...base, discount: { on: 'total', percent: 10 } }).discountCents).toBe(1029); // 1028.5 -> 1029
    expect(renegotiate({ ...base, discount: { on: 'total', cents: 285 } }).newTotalCents).toBe(10000);
    expect(() => renegotiate({ ...base, discount: { on: 'charges', cents: 286 } })).toThrow(/multa e os juros/);
    expect(() => renegotiate({ ...base, discount: { on: 'total', cents: 10286 } })).toThrow(/maior que a dívida/);
    expect(() => renegotiate({ ...base, discount: { on: 'total' } })).toThrow(/um dos dois/);
    expect(() => renegotiate({ ...base, discount: { on: 'total', cents: 1, percent: 1 } })).toThrow(DomainError);
    expect(() => renegotiate({ ...base, discount: { on: 'total', percent: 101 } })).toThrow(/100%/);
  });
  it('allows a down payment that settles everything, with no plan', () => {
    const r = renegotiate({ installments: three, chosenIds: ['a'], today: '2025-06-20', policy, downPaymentCents: 5168, count: 0, firstDueDate: '2025-07-20', every: 'month' });
    expect(r.plan).toEqual([]);
    expect(r.financedCents).toBe(0);
    expect(() => renegotiate({ installments: three, chosenIds: ['a'], today: '2025-06-20', policy, downPaymentCents: 5169, ...plan })).toThrow(/entrada/);
    expect(() => renegotiate({ installments: three, chosenIds: ['a'], today: '2025-06-20', policy, downPaymentCents: 5168, ...plan })).toThrow(/quita/);
  });
  it('refuses unknown or fully paid selections', () => {
    expect(() => renegotiate({ installments: three, chosenIds: ['x'], today: '2025-06-20', policy, ...plan })).toThrow(/não encontrada/);
    const paid = [{ id: 'p', dueDate: '2025-05-10', amountCents: 100, allocations: [{ on: '2025-05-10', principalCents: 100, fineCents: 0, interestCents: 0 }] }];
    expect(() => renegotiate({ installments: paid, today: '2025-06-20', policy, ...plan })).toThrow(/ao menos uma parcela/);
  });
  it('preserves totals to the centavo (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: 1, max: 1_000_000 }), offset: fc.integer({ min: -400, max: 10 }) }), { minLength: 1, maxLength: 8 }),
        fc.option(
          fc.record({ on: fc.constantFrom<'charges' | 'total'>('charges', 'total'), percent: fc.integer({ min: 0, max: 10000 }).map((x) => x / 100) }),
          { nil: undefined },
        ),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 24 }),
        (items, discount, downPct, count) => {
          const today = '2025-06-20';
          const installments = items.map((x, k) => ({ id: `i${k}`, dueDate: addDays(today, x.offset), amountCents: x.amount, allocations: [] }));
          const probe = renegotiationQuote({ installments, today, policy, discount });
          const down = Math.floor((probe.newTotalCents * downPct) / 100);
          fc.pre(probe.newTotalCents - down >= count);
          const r = renegotiate({ installments, today, policy, discount, downPaymentCents: down, count, firstDueDate: '2025-07-01', every: 'month' });
          expect(r.grossTotalCents).toBe(r.items.reduce((s, x) => s + x.totalCents, 0));
          expect(r.grossTotalCents).toBe(r.principalCents + r.chargesCents);
          expect(r.newTotalCents).toBe(r.grossTotalCents - r.discountCents);
          expect(r.downPaymentCents + r.plan.reduce((s, x) => s + x.amountCents, 0)).toBe(r.newTotalCents);
          if (discount?.on === 'charges') expect(r.newTotalCents).toBeGreaterThanOrEqual(r.principalCents);
        },
      ),
    );
  });
});
