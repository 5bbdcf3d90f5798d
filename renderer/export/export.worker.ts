// Module Web Worker that builds the accountant's workbook (or one CSV) straight from the
// database: read (chunked, only the period's window) -> tables -> XLSX/CSV bytes, with
// progress. Cancelling is the page terminating this worker.
import { Dexie } from 'dexie';
import { buildDebtLines } from '@shared/reports/debt-lines';
import { buildExportFile } from './build-file';
import { readExportData } from './read-export';
import type { ExportProgress, ExportRequest, ExportResponse } from './protocol';

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
    data = await readExportData(db, req.period, (p) => progress({ phase: 'read', done: p.done, total: p.total }));
  } finally {
    db.close();
  }
  const readMs = Math.round(performance.now() - t0);
  const file = await buildExportFile(data, buildDebtLines(data), req, progress);
  const msg: ExportResponse = {
    type: 'done',
    bytes: file.bytes,
    fileName: file.fileName,
    timings: { readMs, buildMs: file.buildMs, writeMs: file.writeMs, totalMs: Math.round(performance.now() - t0), rows: file.rows },
  };
  self.postMessage(msg, { transfer: [file.bytes.buffer] });
}

self.addEventListener('message', (e: MessageEvent<ExportRequest>) => {
  run(e.data).catch((err: unknown) => {
    const msg: ExportResponse = { type: 'error', message: err instanceof Error ? err.message : String(err) };
    self.postMessage(msg);
  });
});
