// The page's side of the export worker: one fresh worker per export, terminated when done or
// cancelled (cancel = abort the signal).
import type { ExportProgress, ExportRequest, ExportResponse, ExportTimings } from './protocol';

export type { ExportFormat, ExportProgress, ExportTimings } from './build-file';

export interface ExportResult {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  timings: ExportTimings;
}

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

export function runExport(req: ExportRequest, onProgress?: (p: ExportProgress) => void, signal?: AbortSignal): Promise<ExportResult> {
  return new Promise<ExportResult>((resolve, reject) => {
    const abort = (): DOMException => new DOMException('Exportação cancelada.', 'AbortError');
    if (signal?.aborted) {
      reject(abort());
      return;
    }
    const w = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'caderneta-exportacao' });
    const end = (): void => {
      w.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      end();
      reject(abort());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    w.addEventListener('message', (e: MessageEvent<ExportResponse>) => {
      const msg = e.data;
      if (msg.type === 'progress') {
        onProgress?.({ phase: msg.phase, done: msg.done, total: msg.total });
        return;
      }
      end();
      if (msg.type === 'done') resolve({ bytes: msg.bytes, fileName: msg.fileName, timings: msg.timings });
      else reject(new Error(msg.message));
    });
    w.addEventListener('error', (e: ErrorEvent) => {
      end();
      reject(new Error(`Falha na exportação: ${e.message || 'erro no gerador'}`));
    });
    w.postMessage(req);
  });
}
