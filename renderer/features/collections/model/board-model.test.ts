import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@shared/collections/policy';
import { DEFAULT_CHARGES_POLICY } from '@shared/charges/late-charges';
import { lateCharges } from '@shared/charges/late-charges';
import fc from 'fast-check';
import { fineFor, interestFor } from '@shared/charges/late-charges';
import { roundHalfUpDiv } from '@shared/money/cents';
import { packDues } from '../../../db/summary-calc';
import { buildBoard, boardColumns, chargesCalculator, roundHalfUpDivSafe, type BoardContext, type BoardSource } from './board-model';
import { groupByColumn, matchesFilters, NO_FILTERS, responsibles } from './board-filters';

const today = '2026-11-23';
const addDaysTo = (d: string, n: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const ctx: BoardContext = { policy: DEFAULT_POLICY, charges: DEFAULT_CHARGES_POLICY, minimumWageCents: 162_100, today };

function src(over: Partial<BoardSource> & { customerId: string; openDues: string | [string, number][] }): BoardSource {
  return {
    name: over.customerId,
    manualStageId: null,
    overrideReason: null,
    pausedUntil: null,
    pauseReason: null,
    responsible: null,
    nextAction: null,
    activeAgreement: false,
    lastContact: null,
    promise: null,
    noticeSentOn: null,
    acknowledgedOn: null,
    ...over,
  };
}

const cardOf = (s: BoardSource) => buildBoard([s], ctx).cards[0];

describe('board model', () => {
  it('places customers by days late of the oldest open installment', () => {
    expect(cardOf(src({ customerId: 'a', openDues: [['2026-11-25', 1000]] }))?.column).toBe('a_vencer');
    expect(cardOf(src({ customerId: 'b', openDues: [['2026-11-20', 1000]] }))?.column).toBe('vencido');
    expect(cardOf(src({ customerId: 'c', openDues: [['2026-11-10', 1000]] }))?.column).toBe('cobranca');
    expect(cardOf(src({ customerId: 'd', openDues: [['2026-11-01', 1000]] }))?.column).toBe('negociacao');
    expect(cardOf(src({ customerId: 'e', openDues: [['2026-10-01', 1000]] }))?.column).toBe('notificacao');
    expect(buildBoard([src({ customerId: 'f', openDues: [['2026-12-20', 1000]] })], ctx).cards).toHaveLength(0);
  });

  it('reads open dues packed as the summary keeps them exactly as the pairs', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -2_500, max: 60 }), fc.integer({ min: 0, max: 10_000_000 })), { maxLength: 12 }), (raw) => {
        const dues = raw.map(([d, c]) => [addDaysTo(today, d), c] as [string, number]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
        const pairs = buildBoard([src({ customerId: 'a', openDues: dues })], ctx);
        const packed = buildBoard([src({ customerId: 'a', openDues: packDues(dues) })], ctx);
        expect(packed).toEqual(pairs);
      }),
      { numRuns: 300 },
    );
  });

  it('shows the overdue total with fine and interest as of today', () => {
    // 10 days late on R$ 100,00: fine 2% = 2,00; interest 1%/30 x 10 = 0,33
    const c = cardOf(src({ customerId: 'a', openDues: [['2026-11-13', 10000], ['2026-12-13', 10000]] }));
    expect(c?.overduePrincipalCents).toBe(10000);
    expect(c?.overdueCents).toBe(10233);
    expect(c?.openCents).toBe(20000);
    expect(c?.daysLate).toBe(10);
    expect(c?.nextDue).toEqual({ date: '2026-12-13', cents: 10000 });
  });

  it('computes the same charges as lateCharges, with grace days and holidays', () => {
    const charges = { ...DEFAULT_CHARGES_POLICY, graceDays: 3, extraHolidays: ['2026-11-16'] };
    const calc = chargesCalculator({ charges, today });
    for (const due of ['2026-11-13', '2026-11-14', '2026-11-16', '2026-11-19', '2026-11-20', '2026-11-22', '2026-10-01', '2025-12-31']) {
      for (const cents of [1, 999, 10_000, 123_457]) {
        const l = lateCharges({ principalCents: cents, dueDate: due, on: today, finePercent: 2, monthlyInterestPercent: 1, graceDays: 3, extraHolidays: ['2026-11-16'] });
        expect(calc(cents, due)).toBe(l.totalCents);
      }
    }
  });

  it('computes charges in plain numbers exactly as the BigInt fine and interest do', () => {
    fc.assert(
      fc.property(fc.nat(Math.floor(Number.MAX_SAFE_INTEGER / 4)), fc.integer({ min: 1, max: 2 ** 40 }), (num, den) => {
        expect(roundHalfUpDivSafe(num, den)).toBe(roundHalfUpDiv(BigInt(num), BigInt(den)));
      }),
      { numRuns: 2000 },
    );
    const percents = fc.constantFrom(0, 1, 2, 0.5, 0.033, 1.99, 10, 2.5);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_00 }), fc.integer({ min: 1, max: 2_000 }), percents, percents, (cents, daysLate, finePercent, monthlyInterestPercent) => {
        const due = addDaysTo(today, -daysLate);
        const calc = chargesCalculator({ charges: { finePercent, monthlyInterestPercent, graceDays: 0, extraHolidays: [] }, today });
        const l = lateCharges({ principalCents: cents, dueDate: due, on: today, finePercent, monthlyInterestPercent });
        expect(calc(cents, due)).toBe(l.daysLate === 0 ? cents : cents + fineFor(cents, finePercent) + interestFor(cents, monthlyInterestPercent, l.daysLate));
        expect(calc(cents, due)).toBe(l.totalCents);
      }),
      { numRuns: 1500 },
    );
  });

  it('puts paused and agreement customers in their lanes, and honours a manual stage', () => {
    expect(cardOf(src({ customerId: 'a', openDues: [['2026-11-01', 1]], pausedUntil: '2026-12-01' }))?.column).toBe('pausado');
    expect(cardOf(src({ customerId: 'a', openDues: [['2026-11-01', 1]], pausedUntil: '2026-11-22' }))?.column).toBe('negociacao');
    expect(cardOf(src({ customerId: 'a', openDues: [['2026-11-01', 1]], activeAgreement: true }))?.column).toBe('em_acordo');
    const m = cardOf(src({ customerId: 'a', openDues: [['2026-11-20', 1]], manualStageId: 'notificacao', overrideReason: 'pediu' }));
    expect(m).toMatchObject({ column: 'notificacao', manual: true, overrideReason: 'pediu', computedStageId: 'vencido' });
  });

  it('holds a customer in "Crédito suspenso" until the written notice\'s 10 days have run out', () => {
    const late = src({ customerId: 'a', openDues: [['2026-08-01', 5000]] });
    expect(cardOf(late)).toMatchObject({ column: 'suspenso', computedStageId: 'juridico' });
    expect(cardOf(late)?.heldForNotice).toMatch(/aviso prévio/);
    expect(cardOf({ ...late, noticeSentOn: '2026-11-20' })?.column).toBe('suspenso');
    // Sent on 13/11: its 10 days run until 23/11 (today), so still held; sent on 12/11: not.
    expect(cardOf({ ...late, noticeSentOn: '2026-11-13' })?.column).toBe('suspenso');
    expect(cardOf({ ...late, noticeSentOn: '2026-11-12' })).toMatchObject({ column: 'juridico', heldForNotice: null, juizado: 'sem_advogado' });
  });

  it('flags near prescription and takes prescribed debts off the board', () => {
    const near = cardOf(src({ customerId: 'a', openDues: [['2022-01-10', 5000]], noticeSentOn: '2022-05-01' }));
    expect(near?.prescribesOn).toBe('2027-01-10');
    const r = buildBoard([src({ customerId: 'b', name: 'Beto', openDues: [['2021-01-10', 5000]] })], ctx);
    expect(r.cards).toHaveLength(0);
    expect(r.prescribed).toEqual([{ customerId: 'b', name: 'Beto', cents: 5000, since: '2026-01-10' }]);
    // A signed agreement term restarts the count.
    expect(buildBoard([src({ customerId: 'c', openDues: [['2021-01-10', 5000]], acknowledgedOn: '2023-02-01', noticeSentOn: '2021-05-01' })], ctx).cards).toHaveLength(1);
  });

  it('marks a broken promise', () => {
    const c = cardOf(src({ customerId: 'a', openDues: [['2026-11-10', 5000]], promise: { promisedOn: '2026-11-20', amountCents: 5000, paidCentsSince: 0 } }));
    expect(c?.promise).toEqual({ date: '2026-11-20', amountCents: 5000, broken: true, kept: false });
    // 13 days late = "Cobrança"; the broken promise moves it to "Negociação".
    expect(c).toMatchObject({ computedStageId: 'cobranca', column: 'negociacao', promiseBump: true });
    const kept = cardOf(src({ customerId: 'a', openDues: [['2026-11-10', 5000]], promise: { promisedOn: '2026-11-20', amountCents: 5000, paidCentsSince: 5000 } }));
    expect(kept).toMatchObject({ column: 'cobranca', promiseBump: false });
  });

  it('filters and totals per column', () => {
    const { cards } = buildBoard(
      [
        src({ customerId: 'a', name: 'Ana Júlia', openDues: [['2026-11-20', 1000]], responsible: 'Rita' }),
        src({ customerId: 'b', name: 'Bruno', openDues: [['2026-11-21', 2000]] }),
        src({ customerId: 'c', name: 'Carla', openDues: [['2026-11-01', 3000]] }),
      ],
      ctx,
    );
    const cols = boardColumns(DEFAULT_POLICY).map((c) => c.id);
    expect(cols).toContain('em_acordo');
    const g = groupByColumn(cards, cols, NO_FILTERS);
    expect(g.get('vencido')?.cards.map((c) => c.customerId)).toEqual(['a', 'b']);
    expect(g.get('vencido')?.totalCents).toBe(cards.filter((c) => c.column === 'vencido').reduce((s, c) => s + c.overdueCents, 0));
    expect(g.get('negociacao')?.cards).toHaveLength(1);
    expect(responsibles(cards)).toEqual(['Rita']);
    const a = cards.find((c) => c.customerId === 'a');
    expect(a && matchesFilters(a, { ...NO_FILTERS, text: 'ana julia' })).toBe(true);
    expect(a && matchesFilters(a, { ...NO_FILTERS, responsible: '-' })).toBe(false);
    expect(a && matchesFilters(a, { ...NO_FILTERS, minDays: 5 })).toBe(false);
    // 20/11 is a holiday: paid on Monday 23/11 it still owes no charges.
    expect(a?.overdueCents).toBe(1000);
    expect(a && matchesFilters(a, { ...NO_FILTERS, minCents: 1001 })).toBe(false);
  });
});
