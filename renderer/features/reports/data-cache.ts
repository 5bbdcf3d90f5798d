// The reports worker's copy of the shop's rows: read once for a window, reused while the
// database has not changed (the newest audit id is the change stamp: every write appends
// one) and the window still covers what is asked; read again otherwise.
import { Dexie } from 'dexie';
import { buildDebtLines, type DebtLine } from '@shared/reports/debt-lines';
import type { ReportData } from '@shared/reports/types';
import { readReportData, type ReadProgress } from '../../db/report-read';

export interface Need {
  /** First day any figure will be asked for. */
  from: string;
  /** Last day of sales/installments listed (the data-base or the export's end). */
  to: string;
}

export interface Cached {
  data: ReportData;
  lines: DebtLine[];
  /** Set when this call read the database. */
  read: { rows: number; ms: number } | null;
}

async function changeStamp(db: Dexie): Promise<string> {
  const keys = await db.table('audit').orderBy(':id').reverse().limit(1).primaryKeys();
  return `${String(keys[0] ?? '')}|${await db.table('audit').count()}`;
}

export class DataCache {
  private data: ReportData | null = null;
  private lines: DebtLine[] = [];
  private window: Need | null = null;
  private stamp = '';

  constructor(private readonly dbName: string) {}

  async get(need: Need, onProgress?: (p: ReadProgress) => void): Promise<Cached> {
    const db = new Dexie(this.dbName);
    try {
      await db.open();
      const stamp = await changeStamp(db);
      const w = this.window;
      if (this.data && stamp === this.stamp && w && need.from >= w.from && need.to <= w.to) return { data: this.data, lines: this.lines, read: null };
      const started = performance.now();
      const win = { from: w && stamp === this.stamp && w.from < need.from ? w.from : need.from, to: w && stamp === this.stamp && w.to > need.to ? w.to : need.to };
      this.data = null;
      const data = await readReportData(db, { ...win, contacts: true }, onProgress);
      this.data = data;
      this.lines = buildDebtLines(data);
      this.window = win;
      this.stamp = stamp;
      const rows = data.customers.length + data.sales.length + data.installments.length + data.payments.length + data.contacts.length;
      return { data, lines: this.lines, read: { rows, ms: Math.round(performance.now() - started) } };
    } finally {
      db.close();
    }
  }
}
