import { afterEach, describe, expect, it } from 'vitest';
import { buildAccountantTables, stagedAccountantTables } from '@shared/export/accountant';
import type { ReportData } from '@shared/reports/types';
import { finishDbs, freshDb } from '../db/test-helpers';
import { generateDataset } from '../db/demo/generator';
import { loadDataset } from '../db/import';
import { readExportData, splitDays, startExportRead } from './read-export';

const today = '2026-11-23';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

/** The demo shop loaded into a fresh database, and its whole history as report data. */
async function demoShop(name: string) {
  const d = generateDataset({ today, size: 'demo' });
  const db = await freshDb(name);
  await loadDataset(db, d, today);
  const full: ReportData = { customers: d.customers, sales: d.sales, installments: d.installments, payments: d.payments, agreements: d.agreements, contacts: d.contacts };
  return { db, full };
}

describe('splitDays', () => {
  it('covers the range with consecutive, non-overlapping day ranges', () => {
    expect(splitDays('2026-01-30', '2026-02-02', 2)).toEqual([
      ['2026-01-30', '2026-01-31'],
      ['2026-02-01', '2026-02-02'],
    ]);
    expect(splitDays('2026-05-01', '2026-05-01', 6)).toEqual([['2026-05-01', '2026-05-01']]);
    expect(splitDays('2026-05-02', '2026-05-01', 6)).toEqual([]);
    const parts = splitDays('2025-09-23', '2026-05-15', 6);
    expect(parts).toHaveLength(6);
    expect(parts[0]?.[0]).toBe('2025-09-23');
    expect(parts.at(-1)?.[1]).toBe('2026-05-15');
    for (let k = 1; k < parts.length; k++) expect(new Date(`${parts[k]?.[0] ?? ''}T00:00Z`).getTime() - new Date(`${parts[k - 1]?.[1] ?? ''}T00:00Z`).getTime()).toBe(86_400_000);
  });
});

describe('readExportData', () => {
  it('gives the same workbook tables as the whole history, for periods ending today and earlier', async () => {
    const { db, full } = await demoShop('export-read');
    for (const period of [
      { from: '2025-12-01', to: today },
      { from: '2026-06-01', to: today },
      { from: '2026-03-01', to: '2026-06-30' },
    ]) {
      const progress: number[] = [];
      const win = await readExportData(db, period, (p) => progress.push(p.done));
      const a = buildAccountantTables(win, period, today);
      const b = buildAccountantTables(full, period, today);
      expect(a.map((t) => t.rows.length)).toEqual(b.map((t) => t.rows.length));
      expect(a).toEqual(b);
      expect(b.find((t) => t.name === 'Parcelas')?.rows.length).toBeGreaterThan(10);
      expect(progress.length).toBeGreaterThan(3);
      // Periods ending today take the open dues after them from the summaries.
      // and read no closed installment due before them (the fast path).
      if (period.to === today) {
        expect(win.installments.some((i) => i.id.startsWith('~'))).toBe(true);
        expect(win.installments.filter((i) => i.status !== 'open' && i.dueDate < period.from)).toEqual([]);
      } else {
        expect(win.installments.some((i) => i.status !== 'open' && i.dueDate < period.from)).toBe(true);
      }
    }
  });
});

describe('startExportRead', () => {
  it('reads in two parts that make the same workbook tables, or says to use the windowed read', async () => {
    const { db, full } = await demoShop('export-staged');
    const period = { from: '2026-02-01', to: today };
    const staged = await startExportRead(db, period);
    if (!staged) throw new Error('expected the fast path');
    const data = await staged.data;
    expect(data.payments).toEqual([]);
    const tables = await Promise.all(stagedAccountantTables(data, period, today, staged.payments));
    expect(tables).toEqual(buildAccountantTables(full, period, today));
    expect(await startExportRead(db, { from: '2026-02-01', to: '2026-06-30' })).toBeNull();
  });
});
