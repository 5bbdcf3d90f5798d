// Module Web Worker that builds the accountant's workbook (or one CSV) from the shop's rows:
// read (chunked) -> tables (shared/export) -> XLSX/CSV bytes, with progress. Cancelling is
// the page terminating this worker.
import { Dexie } from 'dexie';
import { buildAccountantTables, exportFileStem } from '@shared/export/accountant';
import { tableToCsvBytes } from '@shared/export/csv';
import { readReportData } from '../db/report-read';
import type { ExportProgress, ExportRequest, ExportResponse } from './protocol';
import { writeXlsx } from './xlsx/write-xlsx';

let lastPost = 0;
function progress(p: ExportProgress): void {
  const now = performance.now();
  if (p.done < p.total && now - lastPost < 80) return;
  lastPost = now;
  const msg: ExportResponse = { type: 'progress', ...p };
  self.postMessage(msg);
}

async function run(req: ExportRequest): Promise<void> {
  const t0 = performance.now();
  const db = new Dexie(req.dbName);
  let data;
  try {
    await db.open();
    data = await readReportData(db, { from: req.period.from, to: req.period.to, contacts: false }, (p) => progress({ phase: 'read', done: p.done, total: p.total }));
  } finally {
    db.close();
  }
  const t1 = performance.now();
  progress({ phase: 'build', done: 0, total: 1 });
  const only = req.format === 'csv' ? [req.table ?? 'resumo'] : undefined;
  const tables = buildAccountantTables(data, req.period, req.generatedOn, only);
  const rows = tables.reduce((s, t) => s + t.rows.length, 0);
  const t2 = performance.now();
  const stem = exportFileStem(req.period);
  let bytes: Uint8Array<ArrayBuffer>;
  let fileName: string;
  if (req.format === 'csv') {
    const table = tables[0];
    if (!table) throw new Error('Tabela desconhecida.');
    bytes = tableToCsvBytes(table);
    fileName = `${stem}-${table.slug}.csv`;
  } else {
    bytes = await writeXlsx(tables, { title: 'Caderneta — exportação para o contador', onProgress: (p) => progress(p) });
    fileName = `${stem}.xlsx`;
  }
  const t3 = performance.now();
  const msg: ExportResponse = {
    type: 'done',
    bytes,
    fileName,
    timings: { readMs: Math.round(t1 - t0), buildMs: Math.round(t2 - t1), writeMs: Math.round(t3 - t2), totalMs: Math.round(t3 - t0), rows },
  };
  self.postMessage(msg, { transfer: [bytes.buffer] });
}

self.addEventListener('message', (e: MessageEvent<ExportRequest>) => {
  run(e.data).catch((err: unknown) => {
    const msg: ExportResponse = { type: 'error', message: err instanceof Error ? err.message : String(err) };
    self.postMessage(msg);
  });
});
