import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { installmentStateOn, totalDueOn, type LedgerEntry } from './installment-state';
import { allocatePayment, describeAllocation, ledgerEntriesOf, type InstallmentWithLedger } from './allocation';
import { lateCharges, type ChargesPolicy } from '../charges/late-charges';
import { addDays } from '../dates/calendar';
import { DomainError } from '../errors';

const policy: ChargesPolicy = { finePercent: 2, monthlyInterestPercent: 1, graceDays: 0, extraHolidays: [] };
const inst = (id: string, dueDate: string, amountCents: number, allocations: LedgerEntry[] = []): InstallmentWithLedger => ({
  id,
  dueDate,
  amountCents,
  allocations,
});
const entry = (on: string, principalCents: number, fineCents = 0, interestCents = 0, w: Partial<LedgerEntry> = {}): LedgerEntry => ({
  on,
  principalCents,
  fineCents,
  interestCents,
  ...w,
});

describe('installmentStateOn', () => {
  const i = inst('a', '2025-06-10', 10000);
  it('is open before the due date and overdue after', () => {
    const before = installmentStateOn(i, [], '2025-06-10', policy);
    expect(before).toMatchObject({ status: 'open', daysLate: 0, totalDueCents: 10000, chargesApply: false });
    const after = installmentStateOn(i, [], '2025-07-10', policy);
    expect(after).toMatchObject({
      status: 'overdue',
      daysLate: 30,
      fineCents: 200,
      interestCents: 100,
      totalDueCents: 10300,
      chargesDueCents: 300,
      settledOn: null,
    });
  });

  it('keeps the remaining principal accruing from the original due date after a partial payment', () => {
    // On 25/06 (15 days late): fine 200, interest 50; R$ 50,00 pays them and 47,50 of principal.
    const s1 = installmentStateOn(i, [], '2025-06-25', policy);
    expect([s1.fineDueCents, s1.interestDueCents]).toEqual([200, 50]);
    const ledger = [entry('2025-06-25', 4750, 200, 50)];
    const s2 = installmentStateOn(i, ledger, '2025-07-10', policy);
    // interest = (10000 x 15 + 5250 x 15) x 1% / 30 = 76.25 -> 76; 50 already paid
    expect(s2).toMatchObject({
      principalDueCents: 5250,
      fineCents: 200,
      fineDueCents: 0,
      interestCents: 76,
      interestPaidCents: 50,
      interestDueCents: 26,
      totalDueCents: 5276,
      paidCents: 5000,
    });
    // state is a pure function of the date: before the payment the ledger entry is ignored
    expect(installmentStateOn(i, ledger, '2025-06-20', policy).totalDueCents).toBe(
      lateCharges({ ...policy, principalCents: 10000, dueDate: '2025-06-10', on: '2025-06-20' }).totalCents,
    );
  });

  it('charges the fine once, on the principal overdue when it became late', () => {
    const early = [entry('2025-06-05', 3000)];
    expect(installmentStateOn(i, early, '2025-07-10', policy)).toMatchObject({
      fineCents: 140,
      interestCents: 70,
      totalDueCents: 7210,
    });
    const twoLate = [entry('2025-06-20', 4800, 200, 34), entry('2025-06-30', 1000, 0, 0)];
    const s = installmentStateOn(i, twoLate, '2025-08-01', policy);
    expect(s.fineCents).toBe(200);
    expect(s.fineDueCents).toBe(0);
  });

  it('lets a weekend due date be paid on the next business day without charges', () => {
    const sat = inst('s', '2025-06-07', 10000);
    const partial = [entry('2025-06-09', 3000)];
    expect(installmentStateOn(sat, partial, '2025-06-09', policy)).toMatchObject({ status: 'open', totalDueCents: 7000 });
    // paid later, days count from Saturday: 3 days on 7000
    expect(installmentStateOn(sat, partial, '2025-06-10', policy)).toMatchObject({
      status: 'overdue',
      daysLate: 3,
      fineCents: 140,
      interestCents: 7,
      totalDueCents: 7147,
    });
  });

  it('honours grace days', () => {
    const g = { ...policy, graceDays: 5 };
    expect(installmentStateOn(i, [], '2025-06-15', g)).toMatchObject({ status: 'overdue', daysLate: 5, totalDueCents: 10000 });
    expect(installmentStateOn(i, [], '2025-06-16', g)).toMatchObject({ daysLate: 6, fineCents: 200, interestCents: 20 });
  });

  it('is paid when the ledger covers everything, and waivers cancel charges', () => {
    const paid = installmentStateOn(
      i,
      [entry('2025-07-10', 10000, 0, 0, { waivedFineCents: 200, waivedInterestCents: 100 })],
      '2025-09-01',
      policy,
    );
    expect(paid).toMatchObject({ status: 'paid', totalDueCents: 0, daysLate: 0, settledOn: '2025-07-10', fineWaivedCents: 200 });
    // interest waived on 25/06 but principal left keeps accruing afterwards
    const w = installmentStateOn(i, [entry('2025-06-25', 0, 200, 0, { waivedInterestCents: 50 })], '2025-07-10', policy);
    expect(w).toMatchObject({ interestCents: 100, interestWaivedCents: 50, interestDueCents: 50, principalDueCents: 10000 });
  });

  it('sorts ledger entries by date', () => {
    const a = [entry('2025-06-30', 1000), entry('2025-06-20', 4800, 200, 34)];
    const b = [entry('2025-06-20', 4800, 200, 34), entry('2025-06-30', 1000)];
    expect(installmentStateOn(i, a, '2025-08-01', policy)).toEqual(installmentStateOn(i, b, '2025-08-01', policy));
  });

  it('rejects malformed ledgers', () => {
    expect(() => installmentStateOn(i, [entry('2025-06-31', 100)], '2025-07-10', policy)).toThrow(DomainError);
    expect(() => installmentStateOn(i, [entry('2025-06-20', -1)], '2025-07-10', policy)).toThrow(/negativo/);
    expect(() => installmentStateOn({ ...i, amountCents: 10.5 }, [], '2025-07-10', policy)).toThrow(/centavos/);
  });

  it('sums several installments', () => {
    const items = [inst('a', '2025-05-10', 5000), inst('b', '2025-06-10', 5000), inst('c', '2025-07-10', 5000)];
    expect(totalDueOn(items, '2025-06-20', policy)).toEqual({ principalCents: 15000, fineCents: 200, interestCents: 85, totalCents: 15285 });
  });

  it('equals lateCharges when nothing was paid (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 19000, max: 22000 }),
        fc.integer({ min: -30, max: 900 }),
        fc.integer({ min: 0, max: 10 }),
        (amountCents, day, offset, graceDays) => {
          const dueDate = new Date(day * 86400000).toISOString().slice(0, 10);
          const on = addDays(dueDate, offset);
          const s = installmentStateOn({ id: 'x', dueDate, amountCents }, [], on, { ...policy, graceDays });
          const lc = lateCharges({ ...policy, graceDays, principalCents: amountCents, dueDate, on });
          expect(s.totalDueCents).toBe(lc.totalCents);
          expect(s.fineDueCents).toBe(lc.fineCents);
          expect(s.interestDueCents).toBe(lc.interestCents);
        },
      ),
    );
  });
});

describe('allocatePayment', () => {
  const three = [inst('a', '2025-05-10', 5000), inst('b', '2025-06-10', 5000), inst('c', '2025-07-10', 5000)];

  it('pays oldest first: fine, then interest, then principal', () => {
    const r = allocatePayment({ installments: three, amountCents: 6000, on: '2025-06-20', policy, overpayment: 'credit' });
    // a: 41 days late -> fine 100, interest 68.33 -> 68; b: 10 days -> fine 100, interest 16.67 -> 17
    expect(r.rows).toEqual([
      { installmentId: 'a', fineCents: 100, interestCents: 68, principalCents: 5000, waivedFineCents: 0, waivedInterestCents: 0, settled: true, remainingCents: 0 },
      { installmentId: 'b', fineCents: 100, interestCents: 17, principalCents: 715, waivedFineCents: 0, waivedInterestCents: 0, settled: false, remainingCents: 4285 },
    ]);
    expect(r).toMatchObject({ appliedCents: 6000, changeCents: 0, creditCents: 0, remainingDueCents: 4285 + 5000, waiveReason: null });
    expect(describeAllocation(r)).toContain('Pagamento de R$ 60,00');
  });

  it('pays only the chosen installments, oldest due first', () => {
    const r = allocatePayment({ installments: three, amountCents: 5000, on: '2025-06-20', policy, chosenIds: ['c'], overpayment: 'credit' });
    expect(r.rows).toEqual([
      { installmentId: 'c', fineCents: 0, interestCents: 0, principalCents: 5000, waivedFineCents: 0, waivedInterestCents: 0, settled: true, remainingCents: 0 },
    ]);
    const r2 = allocatePayment({ installments: three, amountCents: 100, on: '2025-06-20', policy, chosenIds: ['c', 'b', 'b'], overpayment: 'credit' });
    expect(r2.rows.map((x) => x.installmentId)).toEqual(['b']);
    expect(r2.rows[0]).toMatchObject({ fineCents: 100, interestCents: 0, principalCents: 0 });
    expect(() => allocatePayment({ installments: three, amountCents: 100, on: '2025-06-20', policy, chosenIds: ['zz'], overpayment: 'credit' })).toThrow(
      /não encontrada/,
    );
  });

  it('keeps overpayment as credit or hands it back as change', () => {
    const credit = allocatePayment({ installments: three, amountCents: 20000, on: '2025-06-20', policy, overpayment: 'credit' });
    expect(credit).toMatchObject({ appliedCents: 15285, creditCents: 4715, changeCents: 0, remainingDueCents: 0 });
    const change = allocatePayment({ installments: three, amountCents: 20000, on: '2025-06-20', policy, overpayment: 'refuse' });
    expect(change).toMatchObject({ appliedCents: 15285, creditCents: 0, changeCents: 4715 });
    const nothingOpen = allocatePayment({
      installments: [inst('p', '2025-05-10', 100, [entry('2025-05-10', 100)])],
      amountCents: 500,
      on: '2025-06-20',
      policy,
      overpayment: 'credit',
    });
    expect(nothingOpen).toMatchObject({ rows: [], creditCents: 500 });
  });

  it('waives fine and interest with a reason, only where the payment reaches', () => {
    const r = allocatePayment({
      installments: three,
      amountCents: 5000,
      on: '2025-06-20',
      policy,
      waive: { fine: true, interest: true, reason: ' cliente antigo ' },
      overpayment: 'credit',
    });
    expect(r.rows).toEqual([
      { installmentId: 'a', fineCents: 0, interestCents: 0, principalCents: 5000, waivedFineCents: 100, waivedInterestCents: 68, settled: true, remainingCents: 0 },
    ]);
    expect(r).toMatchObject({ waivedFineCents: 100, waivedInterestCents: 68, waiveReason: 'cliente antigo' });
    const fineOnly = allocatePayment({ installments: three, amountCents: 5068, on: '2025-06-20', policy, waive: { fine: true, reason: 'erro' }, overpayment: 'credit' });
    expect(fineOnly.rows[0]).toMatchObject({ fineCents: 0, interestCents: 68, principalCents: 5000, waivedFineCents: 100, settled: true });
    expect(() => allocatePayment({ installments: three, amountCents: 5000, on: '2025-06-20', policy, waive: { fine: true }, overpayment: 'credit' })).toThrow(
      /motivo/,
    );
    expect(() =>
      allocatePayment({ installments: three, amountCents: 5000, on: '2025-06-20', policy, waive: { interest: true, reason: '  ' }, overpayment: 'credit' }),
    ).toThrow(DomainError);
  });

  it('rejects non-positive or fractional amounts', () => {
    for (const amountCents of [0, -1, 1.5]) {
      expect(() => allocatePayment({ installments: three, amountCents, on: '2025-06-20', policy, overpayment: 'credit' })).toThrow(DomainError);
    }
  });

  it('replays: the ledger after a payment shows what the allocation said', () => {
    const r = allocatePayment({ installments: three, amountCents: 6000, on: '2025-06-20', policy, overpayment: 'credit' });
    const byId = new Map(ledgerEntriesOf(r).map((e) => [e.installmentId, e]));
    const after = three.map((x) => {
      const e = byId.get(x.id);
      return { ...x, allocations: e ? [e] : [] };
    });
    expect(totalDueOn(after, '2025-06-20', policy).totalCents).toBe(r.remainingDueCents);
    // a month later, b's remaining principal (4285) has kept accruing from 10/06
    const b = after[1];
    if (!b) throw new Error('missing');
    const s = installmentStateOn(b, b.allocations, '2025-07-10', policy);
    // (5000 x 10 + 4285 x 20) x 1%/30 = 45.23 -> 45; 17 paid
    expect(s).toMatchObject({ principalDueCents: 4285, fineDueCents: 0, interestCents: 45, interestDueCents: 28 });
  });

  // ---- properties ----
  const arbPolicy = fc.record({
    finePercent: fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
    monthlyInterestPercent: fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
    graceDays: fc.integer({ min: 0, max: 5 }),
    extraHolidays: fc.constant([] as string[]),
  });
  const arbScenario = fc.record({
    policy: arbPolicy,
    items: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 500_000 }), dueOffset: fc.integer({ min: -200, max: 60 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
    payments: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 120 }),
        amount: fc.integer({ min: 1, max: 300_000 }),
        waiveFine: fc.boolean(),
        waiveInterest: fc.boolean(),
        pick: fc.option(fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }), { nil: undefined }),
        mode: fc.constantFrom<'credit' | 'refuse'>('credit', 'refuse'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  });
  const start = '2025-03-01';

  it('never creates or loses a centavo and agrees with the replay (property)', () => {
    fc.assert(
      fc.property(arbScenario, ({ policy: p, items, payments }) => {
        let book: InstallmentWithLedger[] = items.map((x, k) => inst(`i${k}`, addDays(start, x.dueOffset), x.amount));
        const days = [...payments].sort((a, b) => a.day - b.day);
        for (const pay of days) {
          const on = addDays(start, pay.day);
          const chosenIds = pay.pick?.map((n) => `i${n % book.length}`);
          const before = book.map((x) => installmentStateOn(x, x.allocations, on, p));
          const r = allocatePayment({
            installments: book,
            amountCents: pay.amount,
            on,
            policy: p,
            chosenIds,
            waive: pay.waiveFine || pay.waiveInterest ? { fine: pay.waiveFine, interest: pay.waiveInterest, reason: 'teste' } : undefined,
            overpayment: pay.mode,
          });
          const paid = r.rows.reduce((s, x) => s + x.fineCents + x.interestCents + x.principalCents, 0);
          expect(paid + r.changeCents + r.creditCents).toBe(pay.amount);
          expect(paid).toBe(r.appliedCents);
          expect(r.changeCents === 0 || r.creditCents === 0).toBe(true);
          for (const row of r.rows) {
            for (const v of Object.values(row)) if (typeof v === 'number') expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
            const st = before.find((s) => s.installmentId === row.installmentId);
            if (!st) throw new Error('row for unknown installment');
            expect(row.fineCents + row.waivedFineCents).toBeLessThanOrEqual(st.fineDueCents);
            expect(row.interestCents + row.waivedInterestCents).toBeLessThanOrEqual(st.interestDueCents);
            expect(row.principalCents).toBeLessThanOrEqual(st.principalDueCents);
            // art. 354: principal only after the charges are paid or waived
            if (row.principalCents > 0) {
              expect(row.fineCents + row.waivedFineCents).toBe(st.fineDueCents);
              expect(row.interestCents + row.waivedInterestCents).toBe(st.interestDueCents);
            }
          }
          // leftover money only when every considered installment got settled
          if (r.changeCents + r.creditCents > 0) expect(r.remainingDueCents).toBe(0);
          const entries = ledgerEntriesOf(r);
          book = book.map((x) => ({ ...x, allocations: [...x.allocations, ...entries.filter((e) => e.installmentId === x.id)] }));
          const after = book.map((x) => installmentStateOn(x, x.allocations, on, p));
          after.forEach((s, k) => {
            const b = before[k];
            const row = r.rows.find((x) => x.installmentId === s.installmentId);
            if (!b) throw new Error('missing');
            const moved = row ? row.fineCents + row.interestCents + row.principalCents + row.waivedFineCents + row.waivedInterestCents : 0;
            expect(s.totalDueCents).toBe(b.totalDueCents - moved);
            if (row) expect(s.totalDueCents).toBe(row.remainingCents);
            // the fine is assessed once: never more than the fine on the full principal
            expect(s.fineCents).toBeLessThanOrEqual(lateCharges({ ...p, principalCents: s.principalCents, dueDate: s.dueDate, on: addDays(s.dueDate, 400) }).fineCents);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('two payments on the same day equal one payment of the sum (property)', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 0, max: 120 }), ({ policy: p, items }, x, y, day) => {
        const book = items.map((it, k) => inst(`i${k}`, addDays(start, it.dueOffset), it.amount));
        const on = addDays(start, day);
        const once = allocatePayment({ installments: book, amountCents: x + y, on, policy: p, overpayment: 'credit' });
        const first = allocatePayment({ installments: book, amountCents: x, on, policy: p, overpayment: 'credit' });
        const e1 = ledgerEntriesOf(first);
        const book2 = book.map((b) => ({ ...b, allocations: e1.filter((e) => e.installmentId === b.id) }));
        const second = allocatePayment({ installments: book2, amountCents: y, on, policy: p, overpayment: 'credit' });
        expect(second.remainingDueCents).toBe(once.remainingDueCents);
        expect(first.creditCents + second.creditCents).toBe(once.creditCents);
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeAllocation', () => {
  it('mentions waivers, change and credit', () => {
    const items = [inst('a', '2025-05-10', 5000)];
    const r = allocatePayment({ installments: items, amountCents: 6000, on: '2025-06-20', policy, waive: { fine: true, interest: true, reason: 'acordo verbal' }, overpayment: 'refuse' });
    expect(describeAllocation(r)).toBe(
      'Pagamento de R$ 60,00; multa R$ 0,00, juros R$ 0,00, principal R$ 50,00; abono de R$ 1,68 (acordo verbal); troco R$ 10,00',
    );
    const c = allocatePayment({ installments: items, amountCents: 6000, on: '2025-06-20', policy, overpayment: 'credit' });
    expect(describeAllocation(c)).toBe('Pagamento de R$ 60,00; multa R$ 1,00, juros R$ 0,68, principal R$ 50,00; crédito R$ 8,32');
  });
});
