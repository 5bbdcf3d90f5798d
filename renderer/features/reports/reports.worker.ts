// Module Web Worker of the Relatórios screen: reads the shop's rows once (chunked, by key)
// and computes the figures for each choice of data-base and filters, off the UI thread.
import { Dexie } from 'dexie';
import { buildDebtLines, type DebtLine } from '@shared/reports/debt-lines';
import { computeReports, reportWindowStart, type ReportOptions } from '@shared/reports/compute';
import type { ReportData } from '@shared/reports/types';
import { readReportData } from '../../db/report-read';
import type { ReportsRequest, ReportsResponse } from './protocol';

let data: ReportData | null = null;
let lines: DebtLine[] | null = null;
let loadedFrom: string | null = null;
let dbName = '';

function post(msg: ReportsResponse): void {
  self.postMessage(msg);
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function load(from: string): Promise<void> {
  const started = performance.now();
  const db = new Dexie(dbName);
  try {
    await db.open();
    let last = 0;
    data = await readReportData(db, { from, contacts: true }, (p) => {
      const now = performance.now();
      if (now - last < 100 && p.done < p.total) return;
      last = now;
      post({ type: 'progress', done: p.done, total: p.total });
    });
  } finally {
    db.close();
  }
  lines = buildDebtLines(data);
  loadedFrom = from;
  const rows = data.customers.length + data.sales.length + data.installments.length + data.payments.length;
  post({ type: 'loaded', rows, ms: Math.round(performance.now() - started) });
}

/** Computes, first (re)reading when the window starts before what was read. */
async function compute(id: number, options: ReportOptions): Promise<void> {
  const from = reportWindowStart(options);
  if (!data || !lines || loadedFrom === null || from < loadedFrom) await load(from);
  if (!data || !lines) throw new Error('Dados ainda não carregados.');
  const started = performance.now();
  const result = computeReports(data, options, lines);
  post({ type: 'result', id, result, ms: Math.round(performance.now() - started) });
}

// One job at a time, in order: a compute waits for the read before it.
let queue: Promise<void> = Promise.resolve();

self.addEventListener('message', (e: MessageEvent<ReportsRequest>) => {
  const req = e.data;
  queue = queue.then(async () => {
    if (req.type === 'load') {
      dbName = req.dbName;
      data = null;
      loadedFrom = null;
      return;
    }
    await compute(req.id, req.options).catch((err: unknown) => post({ type: 'error', id: req.id, message: `Não foi possível calcular os relatórios: ${message(err)}` }));
  });
});
