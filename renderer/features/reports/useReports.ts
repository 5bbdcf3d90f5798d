// The Relatórios screen's side of its worker: recomputes for each data-base/filter choice
// (the newest request wins) and builds export files with progress. Cancelling an export
// terminates the worker; a fresh one takes over and the figures are computed again.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ReportOptions, ReportsResult } from '@shared/reports/compute';
import { useDb } from '../../app/database';
import type { ExportJob, ExportProgress, ExportTimings } from '../../export/build-file';
import type { ReportsRequest, ReportsResponse } from './protocol';

export interface ReportsState {
  loading: boolean;
  progress: { done: number; total: number } | null;
  result: ReportsResult | null;
  error: string | null;
  /** Rows read and how long the read took, for the footnote. */
  loaded: { rows: number; ms: number } | null;
}

export interface ExportResult {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  timings: ExportTimings;
}

export type Exporter = (job: ExportJob, onProgress: (p: ExportProgress) => void, signal: AbortSignal) => Promise<ExportResult>;

interface PendingExport {
  resolve: (r: ExportResult) => void;
  reject: (e: unknown) => void;
  onProgress: (p: ExportProgress) => void;
}

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

export function useReports(options: ReportOptions): ReportsState & { reload: () => void; exportFile: Exporter } {
  const db = useDb();
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  const lastCompute = useRef(0);
  const exports = useRef(new Map<number, PendingExport>());
  const [state, setState] = useState<ReportsState>({ loading: true, progress: null, result: null, error: null, loaded: null });
  const [generation, setGeneration] = useState(0);

  const post = useCallback((req: ReportsRequest) => worker.current?.postMessage(req), []);

  useEffect(() => {
    const w = new Worker(new URL('./reports.worker.ts', import.meta.url), { type: 'module', name: 'caderneta-relatorios' });
    worker.current = w;
    const pending = exports.current;
    w.addEventListener('message', (e: MessageEvent<ReportsResponse>) => {
      const msg = e.data;
      const exp = 'id' in msg ? pending.get(msg.id) : undefined;
      if (msg.type === 'progress') {
        if (exp) exp.onProgress({ phase: msg.phase, done: msg.done, total: msg.total });
        else if (msg.id === lastCompute.current) setState((s) => ({ ...s, progress: { done: msg.done, total: msg.total } }));
      } else if (msg.type === 'loaded') setState((s) => ({ ...s, progress: null, loaded: { rows: msg.rows, ms: msg.ms } }));
      else if (msg.type === 'result') {
        // A transition lets React draw the charts in slices instead of one long task.
        if (msg.id === lastCompute.current) startTransition(() => setState((s) => ({ ...s, loading: false, progress: null, result: msg.result, error: null })));
      } else if (msg.type === 'exported') {
        pending.delete(msg.id);
        exp?.resolve({ bytes: msg.bytes, fileName: msg.fileName, timings: msg.timings });
      } else if (exp) {
        pending.delete(msg.id);
        exp.reject(new Error(msg.message));
      } else if (msg.id === lastCompute.current) setState((s) => ({ ...s, loading: false, progress: null, error: msg.message }));
    });
    w.addEventListener('error', (e: ErrorEvent) => {
      const err = `Falha no cálculo dos relatórios: ${e.message || 'erro no cálculo'}`;
      for (const p of pending.values()) p.reject(new Error(err));
      pending.clear();
      setState((s) => ({ ...s, loading: false, error: err }));
    });
    w.postMessage({ type: 'init', dbName: db.name } satisfies ReportsRequest);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [db, generation]);

  const key = JSON.stringify(options);
  useEffect(() => {
    nextId.current += 1;
    lastCompute.current = nextId.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    post({ type: 'compute', id: nextId.current, options: JSON.parse(key) as ReportOptions });
  }, [key, post, generation, db]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const exportFile = useCallback<Exporter>(
    (job, onProgress, signal) =>
      new Promise<ExportResult>((resolve, reject) => {
        const abort = (): DOMException => new DOMException('Exportação cancelada.', 'AbortError');
        if (signal.aborted) return reject(abort());
        nextId.current += 1;
        const id = nextId.current;
        const done = (): void => signal.removeEventListener('abort', onAbort);
        const onAbort = (): void => {
          exports.current.delete(id);
          reject(abort());
          setGeneration((g) => g + 1); // the worker may be mid-file: replace it
        };
        signal.addEventListener('abort', onAbort, { once: true });
        exports.current.set(id, {
          onProgress,
          resolve: (r) => {
            done();
            resolve(r);
          },
          reject: (e) => {
            done();
            reject(e);
          },
        });
        post({ type: 'export', id, job });
      }),
    [post],
  );

  return { ...state, reload, exportFile };
}
