import { describe, expect, it } from 'vitest';
import { sampleData, SAMPLE_AS_OF } from './sample-data';
import { buildDebtLines, outstandingAt } from './debt-lines';
import { receivablesByAge } from './aging';
import { receivedByMonth, sumReceived } from './received';
import { defaultRateSeries, seriesDates } from './default-rate';
import { recoveryByAction } from './recovery';
import { expectedReceipts } from './expected';
import { positionsAt } from './debtors';
import { computeReports } from './compute';
import { lastMonths, monthEnd, monthLabel } from './months';

const data = sampleData();
const lines = buildDebtLines(data);
const amounts = (a: ReturnType<typeof receivablesByAge>) => Object.fromEntries(a.buckets.map((b) => [b.id, [b.amountCents, b.customers]]));

describe('debt lines', () => {
  it('drop cancelled installments and end renegotiated ones on the agreement date', () => {
    expect(lines.map((l) => l.id)).not.toContain('i9');
    const i6 = lines.find((l) => l.id === 'i6');
    expect(i6 && [i6.start, i6.end]).toEqual(['2026-01-15', '2026-04-01']);
    expect(i6 && outstandingAt(i6, '2026-03-31')).toBe(20000);
    expect(i6 && outstandingAt(i6, '2026-04-01')).toBe(0);
  });
  it('replay payments and reversals by date', () => {
    const i1 = lines.find((l) => l.id === 'i1');
    expect(i1 && outstandingAt(i1, '2026-06-30')).toBe(10000);
    expect(i1 && outstandingAt(i1, '2026-07-10')).toBe(0);
    expect(i1 && outstandingAt(i1, '2026-11-21')).toBe(0);
    expect(i1 && outstandingAt(i1, '2026-11-22')).toBe(10000);
    expect(i1 && outstandingAt(i1, '2026-06-09')).toBe(0); // before the sale
  });
  it('need only the payments after the earliest day asked', () => {
    const recent = buildDebtLines({ ...data, payments: data.payments.filter((p) => p.date >= '2026-11-01') });
    for (const l of recent) {
      const full = lines.find((x) => x.id === l.id);
      for (const d of ['2026-10-31', '2026-11-05', '2026-11-22', SAMPLE_AS_OF]) expect(full && outstandingAt(l, d)).toBe(full && outstandingAt(full, d));
    }
  });
  it('agree with the stored paid principal on the data-base day', () => {
    for (const i of data.installments) {
      if (i.status !== 'open') continue;
      const l = lines.find((x) => x.id === i.id);
      expect(l && outstandingAt(l, SAMPLE_AS_OF)).toBe(i.amountCents - i.paidPrincipalCents);
    }
  });
});

describe('receivables by age', () => {
  it('buckets outstanding principal by days past due with customer counts', () => {
    const a = receivablesByAge(lines, SAMPLE_AS_OF);
    expect(amounts(a)).toEqual({
      a_vencer: [50000, 1],
      d1_30: [20000, 1],
      d31_60: [4000, 1],
      d61_90: [10000, 1],
      d91_180: [21000, 2],
      d181: [8000, 1],
    });
    expect(a.totalCents).toBe(113000);
    expect(a.overdueCents).toBe(63000);
    expect(a.customers).toBe(3);
    expect(a.buckets.find((b) => b.id === 'd91_180')?.list.map((c) => c.customerId)).toEqual(['c3', 'c1']);
  });
  it('puts the due day itself in "a vencer" and day 30 in 1-30', () => {
    const one = [{ ...lines[0]!, dueDate: '2026-11-23', paidNowCents: 0, paidDates: [], paidCents: [] }];
    expect(receivablesByAge(one, '2026-11-23').buckets[0]?.amountCents).toBe(10000);
    expect(receivablesByAge(one, '2026-12-23').buckets[1]?.amountCents).toBe(10000);
    expect(receivablesByAge(one, '2026-12-24').buckets[2]?.amountCents).toBe(10000);
  });
});

describe('received per month', () => {
  const months = lastMonths(SAMPLE_AS_OF, 12);
  const rows = receivedByMonth(data.payments, months, SAMPLE_AS_OF);
  it('covers the last 12 months, oldest first', () => {
    expect(months[0]).toBe('2025-12');
    expect(months[11]).toBe('2026-11');
    expect(monthLabel('2026-03')).toBe('mar/2026');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
  });
  it('splits principal and charges and nets reversals in their own month', () => {
    const nov = rows.find((r) => r.month === '2026-11');
    // Two payments in November; the reversal of July's pix moves its money back in November but
    // is not a payment, and July's reversed payment no longer counts as one.
    expect(nov).toMatchObject({ principalCents: 20000, receivedCents: 20000, payments: 2 });
    expect(rows.find((r) => r.month === '2026-07')).toMatchObject({ receivedCents: 10000, payments: 0 });
    expect(nov?.byMethod).toEqual({ credito: 25000, dinheiro: 5000, pix: -10000 });
    const aug = rows.find((r) => r.month === '2026-08');
    expect(aug).toMatchObject({ principalCents: 10000, fineCents: 200, interestCents: 300, waivedCents: 50, receivedCents: 10500 });
    const total = sumReceived(rows);
    expect(total).toMatchObject({ principalCents: 51000, fineCents: 200, interestCents: 300, receivedCents: 51500 });
  });
  it("counts the down payments (entradas) taken with the month's sales as money received, cancelled sales aside", () => {
    const sales = data.sales.map((x) => (x.id === 's2' ? { ...x, downPaymentCents: 5000 } : x.id === 's5' ? { ...x, downPaymentCents: 1000 } : x));
    const withDown = receivedByMonth(data.payments, months, SAMPLE_AS_OF, sales);
    const oct = withDown.find((r) => r.month === '2026-10');
    expect(oct).toMatchObject({ downPaymentCents: 5000, receivedCents: 5000, principalCents: 0, payments: 0 });
    expect(oct?.byMethod).toEqual({ entrada: 5000 });
    // s5 (cancelled, November) adds nothing.
    expect(withDown.find((r) => r.month === '2026-11')).toMatchObject({ downPaymentCents: 0, receivedCents: 20000 });
    expect(sumReceived(withDown)).toMatchObject({ downPaymentCents: 5000, receivedCents: 56500 });
  });
  it('ignores payments after the data-base day', () => {
    expect(sumReceived(receivedByMonth(data.payments, months, '2026-11-21')).principalCents).toBe(61000);
  });
});

describe('default rate', () => {
  it('is overdue / open at each month end', () => {
    const pts = defaultRateSeries(lines, ['2026-03-31', '2026-04-30', '2026-10-31', SAMPLE_AS_OF]);
    expect(pts.map((p) => [p.openCents, p.overdueCents])).toEqual([
      [28000, 28000],
      [19000, 8000],
      [133000, 33000],
      [113000, 63000],
    ]);
    expect(pts[2]?.overdue90Cents).toBe(19000);
    expect(pts[2]?.rate).toBeCloseTo(33000 / 133000, 10);
    expect(defaultRateSeries([], ['2026-01-31'])[0]?.rate).toBe(0);
  });
  it('uses the data-base day for its own month', () => {
    expect(seriesDates(['2026-10', '2026-11'], SAMPLE_AS_OF)).toEqual(['2026-10-31', '2026-11-23']);
  });
});

describe('recovery per action', () => {
  it('credits each payment to the latest outbound action in the 30 days before it', () => {
    const rows = recoveryByAction(data.contacts, data.agreements, data.payments, { from: '2025-12-01', to: SAMPLE_AS_OF });
    const by = Object.fromEntries(rows.map((r) => [r.kind, [r.actions, r.customersReached, r.payments, r.customersPaid, r.recoveredCents]]));
    expect(by).toEqual({
      whatsapp: [1, 1, 1, 1, 10500],
      phone: [1, 1, 0, 0, 0],
      letter: [1, 1, 1, 1, 5000],
      acordo: [1, 1, 1, 1, 11000],
      espontaneo: [0, 0, 2, 2, 25000],
    });
    expect(rows.reduce((s, r) => s + r.recoveredCents, 0)).toBe(51500);
  });
});

describe('expected receipts and debtors', () => {
  it('groups the next 90 days by week', () => {
    const e = expectedReceipts(lines, SAMPLE_AS_OF, 90);
    expect(e.weeks).toHaveLength(13);
    expect(e.weeks[0]).toMatchObject({ from: '2026-11-23', to: '2026-11-29', amountCents: 0 });
    expect(e.weeks[1]).toMatchObject({ from: '2026-11-30', amountCents: 50000, installments: 1 });
    expect(e.weeks[12]?.to).toBe('2027-02-21');
    expect(e.totalCents).toBe(50000);
    expect(e.overdueCents).toBe(63000);
  });
  it('ranks customers by open amount', () => {
    const p = positionsAt(lines, SAMPLE_AS_OF);
    expect(p.map((x) => [x.customerId, x.openCents, x.overdueCents])).toEqual([
      ['c2', 70000, 20000],
      ['c1', 28000, 28000],
      ['c3', 15000, 15000],
    ]);
    expect(p[1]?.oldestOverdueDate).toBe('2025-04-01');
  });
});

describe('computeReports', () => {
  it('puts it all together, with names and a customer-kind filter', () => {
    const r = computeReports(data, { asOf: SAMPLE_AS_OF, months: 12, kind: 'todos' });
    expect(r.period).toEqual({ from: '2025-12-01', to: SAMPLE_AS_OF });
    expect(r.aging.totalCents).toBe(113000);
    expect(r.defaultRate.at(-1)?.openCents).toBe(r.aging.totalCents);
    expect(r.top[0]).toMatchObject({ name: '=Bar do Zé', openCents: 70000 });
    const pj = computeReports(data, { asOf: SAMPLE_AS_OF, months: 12, kind: 'PJ' });
    expect(pj.aging.totalCents).toBe(70000);
    expect(pj.receivedTotal.principalCents).toBe(30000);
    expect(pj.top.map((t) => t.customerId)).toEqual(['c2']);
  });
});
