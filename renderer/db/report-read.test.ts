import { afterEach, describe, expect, it } from 'vitest';
import { computeReports, reportWindowStart } from '@shared/reports/compute';
import { buildAccountantTables } from '@shared/export/accountant';
import type { ReportData } from '@shared/reports/types';
import { finishDbs, freshDb } from './test-helpers';
import { generateDataset } from './demo/generator';
import { loadDataset } from './import';
import { readReportData } from './report-read';

const today = '2026-11-23';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

async function shop() {
  const d = generateDataset({ today, size: 'demo' });
  const db = await freshDb('report-read');
  await loadDataset(db, d, today);
  const full: ReportData = { customers: d.customers, sales: d.sales, installments: d.installments, payments: d.payments, agreements: d.agreements, contacts: d.contacts };
  return { db, full };
}

describe('readReportData', () => {
  it('reads a window that gives the same report figures as the whole history', async () => {
    const { db, full } = await shop();
    for (const months of [1, 3, 12]) {
      const opts = { asOf: today, months, kind: 'todos' as const };
      const progress: number[] = [];
      const win = await readReportData(db, { from: reportWindowStart(opts), contacts: true, chunk: 7 }, (p) => progress.push(p.done));
      expect(win.installments.length).toBeLessThanOrEqual(full.installments.length);
      expect(computeReports(win, opts)).toEqual(computeReports(full, opts));
      expect(progress.length).toBeGreaterThan(3);
    }
    const past = { asOf: '2026-08-15', months: 6, kind: 'PF' as const };
    expect(computeReports(await readReportData(db, { from: reportWindowStart(past), contacts: true }), past)).toEqual(computeReports(full, past));
  });

  it('reads what the accountant export needs for any period', async () => {
    const { db, full } = await shop();
    for (const period of [
      { from: '2025-12-01', to: today },
      { from: '2026-03-01', to: '2026-06-30' },
    ]) {
      const b = buildAccountantTables(full, period, today);
      for (const futureFromSummaries of [false, true]) {
        const win = await readReportData(db, { ...period, contacts: false, chunk: 5, futureFromSummaries });
        const a = buildAccountantTables(win, period, today);
        expect(a.map((t) => t.rows.length)).toEqual(b.map((t) => t.rows.length));
        expect(a).toEqual(b);
        if (futureFromSummaries && period.to === today) expect(win.installments.some((i) => i.id.startsWith('~'))).toBe(true);
      }
      expect(b.find((t) => t.name === 'Parcelas')?.rows.length).toBeGreaterThan(10);
    }
  });
});
