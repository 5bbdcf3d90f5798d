import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PACKED_DUES, figuresFromDues, openDuesOf, packDues, summaryAsOf, unpackDues, type Due } from './summary-calc';
import type { InstallmentRow, PaymentRow } from './types';

const day = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('packed open dues', () => {
  it('pack and unpack are inverse, and the packed form is what the backup schema accepts', () => {
    expect(packDues([])).toBe('');
    expect(unpackDues('')).toEqual([]);
    expect(packDues([['2026-05-16', 19_500], ['2026-05-18', 15_799]])).toBe('2026-05-16:19500,2026-05-18:15799');
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.nat(100_000_000_00)), { maxLength: 40 }), (dues) => {
        const packed = packDues(dues);
        expect(PACKED_DUES.test(packed)).toBe(true);
        expect(unpackDues(packed)).toEqual(dues);
      }),
    );
    // A partly paid installment carries its ledger (date, principal, fine and interest settled).
    const entry = fc.record({ on: day, principalCents: fc.nat(1_000_000), fineCents: fc.nat(10_000), interestCents: fc.nat(10_000) });
    const withLedger = fc.oneof(fc.tuple(day, fc.nat(100_000_000_00)), fc.tuple(day, fc.nat(100_000_000_00), fc.array(entry, { minLength: 1, maxLength: 4 })));
    fc.assert(
      fc.property(fc.array(withLedger, { maxLength: 20 }), (dues) => {
        const packed = packDues(dues);
        expect(PACKED_DUES.test(packed)).toBe(true);
        expect(unpackDues(packed)).toEqual(dues);
      }),
    );
    expect(packDues([['2026-05-16', 5_300, [{ on: '2026-06-15', principalCents: 4_700, fineCents: 200, interestCents: 100 }]], ['2026-06-16', 10_000]])).toBe('2026-05-16:5300@2026-06-15/4700/200/100,2026-06-16:10000');
    expect(PACKED_DUES.test('2026-05-16:5300@2026-06-15/4700/200')).toBe(false);
    expect(PACKED_DUES.test('2026-05-16:19500,')).toBe(false);
    expect(PACKED_DUES.test('2026-5-16:19500')).toBe(false);
  });

  it('a summary read on a later day counts the dues that became overdue since', () => {
    const dues: Due[] = [['2026-05-10', 1_000], ['2026-05-20', 2_000], ['2026-06-10', 3_000]];
    const base = { customerId: 'c', asOf: '2026-05-15', ...figuresFromDues(dues, '2026-05-15'), oldestOpenDueDate: '2026-05-10', tabOpenCents: 0, lastPaymentDate: null, creditCents: 0, openDues: packDues(dues) };
    expect(base).toMatchObject({ overdueCents: 1_000, overdueCount: 1, nextDueDate: '2026-05-20' });
    expect(summaryAsOf(base, '2026-05-25')).toMatchObject({ asOf: '2026-05-25', overdueCents: 3_000, overdueCount: 2, openCents: 6_000, nextDueDate: '2026-06-10' });
  });
});

describe('open dues with ledgers', () => {
  it('pack the same string whatever order the payments come in (every writer agrees)', () => {
    const inst = { id: 'i1', customerId: 'c', saleId: 's', number: 1, count: 1, dueDate: '2026-01-10', amountCents: 10_000, status: 'open', paidPrincipalCents: 6_000, paidFineCents: 200, paidInterestCents: 50, waivedFineCents: 0, waivedInterestCents: 0 } as unknown as InstallmentRow;
    const pay = (id: string, date: string, principalCents: number, fineCents: number) => ({ id, customerId: 'c', date, amountCents: principalCents + fineCents, method: 'pix', allocations: [{ installmentId: 'i1', fineCents, interestCents: 0, principalCents, waivedFineCents: 0, waivedInterestCents: 0 }], changeCents: 0, creditCents: 0, creditUsedCents: 0, reversalOf: null }) as unknown as PaymentRow;
    // Same day, two payments: their order in the ledger is the ids' order.
    const a = pay('01A', '2026-02-10', 3_000, 200);
    const b = pay('01B', '2026-02-10', 3_000, 0);
    expect(packDues(openDuesOf([inst], [a, b]))).toBe(packDues(openDuesOf([inst], [b, a])));
    expect(packDues(openDuesOf([inst], [b, a]))).toBe('2026-01-10:4000@2026-02-10/3000/200/0@2026-02-10/3000/0/0');
  });
});
