// Module Web Worker that builds the accountant's workbook (or one CSV) straight from the
// database: read (chunked, only the period's window) -> tables -> XLSX/CSV bytes, with
// progress. Cancelling is the page terminating this worker.
import { Dexie } from 'dexie';
import { buildDebtLines } from '@shared/reports/debt-lines';
import { buildExportFile, buildStagedExportFile, type ExportFile } from './build-file';
import { startExportRead, windowedRead } from './read-export';
import { createDeflatePool } from './xlsx/deflate-pool';
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
  // The payments still being read while the sheets are written report no progress of their own.
  let writing = false;
  const onRead = (p: { done: number; total: number }): void => {
    if (!writing) progress({ phase: 'read', done: p.done, total: p.total });
  };
  let readMs: number;
  let file: ExportFile;
  // The compressing helpers start now, while this thread mostly waits on the database (a
  // helper started once the rows are being written would wait for this thread to let it load).
  const pool = req.format === 'xlsx' ? createDeflatePool() : undefined;
  try {
    await db.open();
    // A period with nothing after it (the usual one): the sheets without payments are written
    // while the payments are read.
    const staged = req.format === 'xlsx' ? await startExportRead(db, req.period, onRead) : null;
    if (staged) {
      const data = await staged.data;
      writing = true;
      readMs = Math.round(performance.now() - t0);
      file = await buildStagedExportFile(data, staged.payments, req, progress, pool);
    } else {
      const data = await windowedRead(db, req.period, onRead);
      readMs = Math.round(performance.now() - t0);
      file = await buildExportFile(data, buildDebtLines(data), req, progress, pool);
    }
  } finally {
    db.close();
    pool?.close();
  }
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
