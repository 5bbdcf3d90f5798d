import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { installmentPlan } from './installment-plan';
import { DomainError } from '../errors';

describe('installmentPlan', () => {
  it('puts leftover centavos on the first installment', () => {
    expect(installmentPlan({ totalCents: 10000, count: 3, firstDueDate: '2025-01-10', every: 'month' })).toEqual([
      { number: 1, dueDate: '2025-01-10', amountCents: 3334 },
      { number: 2, dueDate: '2025-02-10', amountCents: 3333 },
      { number: 3, dueDate: '2025-03-10', amountCents: 3333 },
    ]);
  });
  it('subtracts the down payment', () => {
    const p = installmentPlan({ totalCents: 50000, downPaymentCents: 10001, count: 4, firstDueDate: '2025-02-15', every: 'month' });
    expect(p.map((x) => x.amountCents)).toEqual([10002, 9999, 9999, 9999]);
    expect(p.reduce((s, x) => s + x.amountCents, 0)).toBe(39999);
  });
  it('keeps the day of month clamped, never drifting', () => {
    const p = installmentPlan({ totalCents: 120000, count: 5, firstDueDate: '2024-01-31', every: 'month' });
    expect(p.map((x) => x.dueDate)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
    const q = installmentPlan({ totalCents: 120000, count: 3, firstDueDate: '2025-01-31', every: 'month' });
    expect(q.map((x) => x.dueDate)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    const r = installmentPlan({ totalCents: 120000, count: 3, firstDueDate: '2024-11-30', every: 'month' });
    expect(r.map((x) => x.dueDate)).toEqual(['2024-11-30', '2024-12-30', '2025-01-30']);
  });
  it('supports weekly, fortnightly and custom steps', () => {
    const d = (every: Parameters<typeof installmentPlan>[0]['every']) =>
      installmentPlan({ totalCents: 3000, count: 3, firstDueDate: '2025-12-24', every }).map((x) => x.dueDate);
    expect(d('week')).toEqual(['2025-12-24', '2025-12-31', '2026-01-07']);
    expect(d('fortnight')).toEqual(['2025-12-24', '2026-01-07', '2026-01-21']);
    expect(d({ days: 10 })).toEqual(['2025-12-24', '2026-01-03', '2026-01-13']);
  });
  it('rejects impossible plans', () => {
    const ok = { totalCents: 10000, count: 2, firstDueDate: '2025-01-10', every: 'month' as const };
    expect(() => installmentPlan({ ...ok, count: 0 })).toThrow(DomainError);
    expect(() => installmentPlan({ ...ok, count: 1.5 })).toThrow(/parcelas/);
    expect(() => installmentPlan({ ...ok, downPaymentCents: 10001 })).toThrow(/entrada/);
    expect(() => installmentPlan({ ...ok, downPaymentCents: 10000 })).toThrow(/entrada cobre/);
    expect(() => installmentPlan({ ...ok, totalCents: 1 })).toThrow(/pequeno/);
    expect(() => installmentPlan({ ...ok, totalCents: -5 })).toThrow(/negativo/);
    expect(() => installmentPlan({ ...ok, firstDueDate: '2025-02-30' })).toThrow(/Data inválida/);
    expect(() => installmentPlan({ ...ok, every: { days: 0 } })).toThrow(/intervalo/);
  });
  it('sums exactly and keeps dates ordered (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e11 }),
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 11000, max: 30000 }),
        fc.constantFrom<'month' | 'week' | 'fortnight' | { days: number }>('month', 'week', 'fortnight', { days: 20 }),
        (total, downRaw, count, day, every) => {
          const down = downRaw % (total + 1);
          fc.pre(total - down >= count);
          const firstDueDate = new Date(day * 86400000).toISOString().slice(0, 10);
          const plan = installmentPlan({ totalCents: total, downPaymentCents: down, count, firstDueDate, every });
          expect(plan).toHaveLength(count);
          expect(plan.reduce((s, x) => s + x.amountCents, 0)).toBe(total - down);
          expect(plan.every((x) => Number.isSafeInteger(x.amountCents) && x.amountCents > 0)).toBe(true);
          plan.forEach((x, i) => {
            expect(x.number).toBe(i + 1);
            if (i > 0) expect(x.dueDate > (plan[i - 1]?.dueDate ?? '')).toBe(true);
            if (every === 'month') expect(Number(x.dueDate.slice(8))).toBeLessThanOrEqual(Number(firstDueDate.slice(8)));
          });
          const first = plan[0]?.amountCents ?? 0;
          expect(first - (plan[plan.length - 1]?.amountCents ?? 0)).toBeLessThan(count);
        },
      ),
    );
  });
});
