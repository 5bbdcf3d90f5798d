// The Relatórios screen's view of its worker: the worker reads the rows on the first
// request (or after "Atualizar") and recomputes for each data-base/filter choice; the
// newest request wins.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportOptions, ReportsResult } from '@shared/reports/compute';
import { useDb } from '../../app/database';
import type { ReportsRequest, ReportsResponse } from './protocol';

export interface ReportsState {
  loading: boolean;
  progress: { done: number; total: number } | null;
  result: ReportsResult | null;
  error: string | null;
  /** Rows read and how long the read took, for the footnote. */
  loaded: { rows: number; ms: number } | null;
}

export function useReports(options: ReportOptions): ReportsState & { reload: () => void } {
  const db = useDb();
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const [state, setState] = useState<ReportsState>({ loading: true, progress: null, result: null, error: null, loaded: null });
  const [generation, setGeneration] = useState(0);

  const request = useCallback((o: ReportOptions) => {
    const w = worker.current;
    if (!w) return;
    lastId.current += 1;
    setState((s) => ({ ...s, loading: true }));
    const req: ReportsRequest = { type: 'compute', id: lastId.current, options: o };
    w.postMessage(req);
  }, []);

  useEffect(() => {
    const w = new Worker(new URL('./reports.worker.ts', import.meta.url), { type: 'module', name: 'caderneta-relatorios' });
    worker.current = w;
    setState((s) => ({ ...s, loading: true, error: null, progress: null }));
    w.addEventListener('message', (e: MessageEvent<ReportsResponse>) => {
      const msg = e.data;
      if (msg.type === 'progress') setState((s) => ({ ...s, progress: { done: msg.done, total: msg.total } }));
      else if (msg.type === 'loaded') setState((s) => ({ ...s, progress: null, loaded: { rows: msg.rows, ms: msg.ms } }));
      else if (msg.type === 'result') {
        if (msg.id === lastId.current) setState((s) => ({ ...s, loading: false, result: msg.result, error: null }));
      } else if (msg.id === null || msg.id === lastId.current) setState((s) => ({ ...s, loading: false, error: msg.message }));
    });
    w.addEventListener('error', (e: ErrorEvent) => setState((s) => ({ ...s, loading: false, error: `Falha ao calcular os relatórios: ${e.message || 'erro no cálculo'}` })));
    const req: ReportsRequest = { type: 'load', dbName: db.name };
    w.postMessage(req);
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [db, generation]);

  const key = JSON.stringify(options);
  useEffect(() => {
    request(JSON.parse(key) as ReportOptions);
  }, [key, request, generation, db]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
