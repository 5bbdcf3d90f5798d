// Module Web Worker of the Relatórios screen: reads the shop's rows once (chunked, by key)
// and computes the figures for each choice of data-base and filters, off the UI thread.
import { Dexie } from 'dexie';
import { buildDebtLines, type DebtLine } from '@shared/reports/debt-lines';
import { computeReports } from '@shared/reports/compute';
import type { ReportData } from '@shared/reports/types';
import { readReportData } from '../../db/report-read';
import type { ReportsRequest, ReportsResponse } from './protocol';

let data: ReportData | null = null;
let lines: DebtLine[] | null = null;

function post(msg: ReportsResponse): void {
  self.postMessage(msg);
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function load(dbName: string): Promise<void> {
  const started = performance.now();
  const db = new Dexie(dbName);
  try {
    await db.open();
    let last = 0;
    data = await readReportData(db, (p) => {
      const now = performance.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      post({ type: 'progress', done: p.done, total: p.total });
    });
  } finally {
    db.close();
  }
  lines = buildDebtLines(data);
  const rows = data.customers.length + data.sales.length + data.installments.length + data.payments.length;
  post({ type: 'loaded', rows, ms: Math.round(performance.now() - started) });
}

self.addEventListener('message', (e: MessageEvent<ReportsRequest>) => {
  const req = e.data;
  if (req.type === 'load') {
    load(req.dbName).catch((err: unknown) => post({ type: 'error', id: null, message: `Não foi possível ler os dados: ${message(err)}` }));
    return;
  }
  try {
    if (!data || !lines) throw new Error('Dados ainda não carregados.');
    const started = performance.now();
    const result = computeReports(data, req.options, lines);
    post({ type: 'result', id: req.id, result, ms: Math.round(performance.now() - started) });
  } catch (err) {
    post({ type: 'error', id: req.id, message: message(err) });
  }
});
