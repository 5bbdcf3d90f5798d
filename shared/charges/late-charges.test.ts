import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fineFor, interestFor, lastChargeFreeDay, lateCharges } from './late-charges';
import { addDays } from '../dates/calendar';
import { DomainError } from '../errors';

const base = { finePercent: 2, monthlyInterestPercent: 1 };

describe('lateCharges', () => {
  it.each([
    // principal, due, on, grace, daysLate, fine, interest
    [10000, '2025-06-10', '2025-06-10', 0, 0, 0, 0], // paid on the due date
    [10000, '2025-06-10', '2025-06-05', 0, 0, 0, 0], // paid early
    [10000, '2025-06-10', '2025-06-11', 0, 1, 200, 3], // 100 x 1% / 30 = 3.33 -> 3
    [10000, '2025-06-10', '2025-07-10', 0, 30, 200, 100],
    [10000, '2025-06-10', '2025-06-25', 0, 15, 200, 50],
    [15000, '2025-06-10', '2025-06-25', 0, 15, 300, 75],
    [12345, '2025-06-10', '2025-07-03', 0, 23, 247, 95], // 12345 x 0.01/30 x 23 = 94.645 -> 95
    [150, '2025-06-10', '2025-06-20', 0, 10, 3, 1], // fine 3.0, interest 0.5 -> 1 (half up)
    [25, '2025-06-10', '2025-06-11', 0, 1, 1, 0], // fine 0.5 -> 1
    // due on Saturday 2025-06-07: may be paid Monday 06-09 free; Tuesday counts from Saturday
    [10000, '2025-06-07', '2025-06-09', 0, 0, 0, 0],
    [10000, '2025-06-07', '2025-06-10', 0, 3, 200, 10],
    // due on Carnaval Saturday 2025-03-01: free until Wednesday 03-05
    [10000, '2025-03-01', '2025-03-05', 0, 0, 0, 0],
    [10000, '2025-03-01', '2025-03-06', 0, 5, 200, 17], // 16.67 -> 17
    // grace period: within it nothing is charged; after it, everything from the due date
    [10000, '2025-06-10', '2025-06-13', 5, 3, 0, 0],
    [10000, '2025-06-10', '2025-06-15', 5, 5, 0, 0],
    [10000, '2025-06-10', '2025-06-16', 5, 6, 200, 20],
    [0, '2025-06-10', '2025-07-10', 0, 30, 0, 0],
  ])('%i due %s paid %s (grace %i)', (principalCents, dueDate, on, graceDays, daysLate, fineCents, interestCents) => {
    expect(lateCharges({ ...base, principalCents, dueDate, on, graceDays })).toEqual({
      daysLate,
      fineCents,
      interestCents,
      totalCents: principalCents + fineCents + interestCents,
    });
  });

  it('honours extra holidays and other rates', () => {
    const r = lateCharges({ ...base, principalCents: 10000, dueDate: '2025-06-10', on: '2025-06-11', extraHolidays: ['2025-06-10'] });
    expect(r.daysLate).toBe(0);
    const pj = lateCharges({
      principalCents: 100000,
      dueDate: '2025-01-10',
      on: '2025-03-11',
      finePercent: 10,
      monthlyInterestPercent: 1.5,
    });
    expect(pj).toEqual({ daysLate: 60, fineCents: 10000, interestCents: 3000, totalCents: 113000 });
    expect(lateCharges({ principalCents: 100000, dueDate: '2025-01-10', on: '2025-03-11', finePercent: 0, monthlyInterestPercent: 0 }))
      .toEqual({ daysLate: 60, fineCents: 0, interestCents: 0, totalCents: 100000 });
  });

  it('rejects bad input with Portuguese messages', () => {
    expect(() => lateCharges({ ...base, principalCents: -1, dueDate: '2025-01-10', on: '2025-02-10' })).toThrow(DomainError);
    expect(() => lateCharges({ ...base, principalCents: 1.5, dueDate: '2025-01-10', on: '2025-02-10' })).toThrow(/centavos/);
    expect(() => lateCharges({ ...base, principalCents: 100, dueDate: '2025-02-30', on: '2025-03-10' })).toThrow(/Data inválida/);
    expect(() => lateCharges({ ...base, finePercent: -2, principalCents: 100, dueDate: '2025-01-10', on: '2025-03-10' })).toThrow(/multa/);
    expect(() => lateCharges({ ...base, principalCents: 100, dueDate: '2025-01-10', on: '2025-03-10', graceDays: -1 })).toThrow(/tolerância/);
  });

  it('fine and interest helpers round half up', () => {
    expect(fineFor(12345, 2)).toBe(247);
    expect(fineFor(12325, 2)).toBe(247); // 246.5 -> 247
    expect(interestFor(3000, 1, 5)).toBe(5);
    expect(interestFor(4500, 1, 1)).toBe(2); // 1.5 -> 2
    expect(interestFor(100000, 0.5, 45)).toBe(750);
  });

  it('knows the last charge-free day', () => {
    expect(lastChargeFreeDay('2025-06-07')).toBe('2025-06-09');
    expect(lastChargeFreeDay('2025-06-07', 5)).toBe('2025-06-12');
    expect(lastChargeFreeDay('2025-06-10')).toBe('2025-06-10');
  });

  it('is monotonic in days late (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 19000, max: 22000 }),
        fc.integer({ min: -40, max: 800 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
        fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
        (principalCents, dueDay, offset, step, graceDays, monthlyInterestPercent, finePercent) => {
          const dueDate = new Date(dueDay * 86400000).toISOString().slice(0, 10);
          const a = lateCharges({ principalCents, dueDate, on: addDays(dueDate, offset), finePercent, monthlyInterestPercent, graceDays });
          const b = lateCharges({ principalCents, dueDate, on: addDays(dueDate, offset + step), finePercent, monthlyInterestPercent, graceDays });
          expect(b.fineCents).toBeGreaterThanOrEqual(a.fineCents);
          expect(b.interestCents).toBeGreaterThanOrEqual(a.interestCents);
          expect(b.totalCents).toBeGreaterThanOrEqual(a.totalCents);
          expect(a.totalCents).toBe(principalCents + a.fineCents + a.interestCents);
          expect(a.fineCents).toBeLessThanOrEqual(Math.ceil((principalCents * finePercent) / 100) + 1);
        },
      ),
    );
  });
});
