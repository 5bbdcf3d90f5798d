// Module Web Worker of the Relatórios screen: reads the shop's rows (chunked, by window),
// computes the figures for each choice of data-base and filters, and builds the accountant's
// file — all off the UI thread, one job at a time.
import { computeReports, reportWindowStart } from '@shared/reports/compute';
import { buildExportFile } from '../../export/build-file';
import { DataCache } from './data-cache';
import type { ReportsRequest, ReportsResponse } from './protocol';

let cache: DataCache | null = null;

function post(msg: ReportsResponse, transfer: Transferable[] = []): void {
  self.postMessage(msg, { transfer });
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function throttled(id: number): (phase: 'read' | 'build' | 'rows' | 'compress', done: number, total: number) => void {
  let last = 0;
  return (phase, done, total) => {
    const now = performance.now();
    if (done < total && now - last < 80) return;
    last = now;
    post({ type: 'progress', id, phase, done, total });
  };
}

async function run(req: Exclude<ReportsRequest, { type: 'init' }>): Promise<void> {
  if (!cache) throw new Error('Banco de dados não informado.');
  const progress = throttled(req.id);
  const started = performance.now();
  const need = req.type === 'compute' ? { from: reportWindowStart(req.options), to: req.options.asOf } : { from: req.job.period.from, to: req.job.period.to };
  const got = await cache.get(need, (p) => progress('read', p.done, p.total));
  if (got.read) post({ type: 'loaded', rows: got.read.rows, ms: got.read.ms });
  const readMs = Math.round(performance.now() - started);
  if (req.type === 'compute') {
    const t = performance.now();
    const result = computeReports(got.data, req.options, got.lines);
    post({ type: 'result', id: req.id, result, ms: Math.round(performance.now() - t) });
    return;
  }
  const file = await buildExportFile(got.data, got.lines, req.job, (p) => progress(p.phase, p.done, p.total));
  const timings = { readMs, buildMs: file.buildMs, writeMs: file.writeMs, totalMs: Math.round(performance.now() - started), rows: file.rows };
  post({ type: 'exported', id: req.id, bytes: file.bytes, fileName: file.fileName, timings }, [file.bytes.buffer]);
}

let queue: Promise<void> = Promise.resolve();

self.addEventListener('message', (e: MessageEvent<ReportsRequest>) => {
  const req = e.data;
  if (req.type === 'init') {
    cache = new DataCache(req.dbName);
    return;
  }
  queue = queue.then(() =>
    run(req).catch((err: unknown) => {
      const what = req.type === 'compute' ? 'calcular os relatórios' : 'gerar o arquivo';
      post({ type: 'error', id: req.id, message: `Não foi possível ${what}: ${message(err)}` });
    }),
  );
});
