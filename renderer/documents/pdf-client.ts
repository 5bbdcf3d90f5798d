// The page's side of the PDF worker: renderPdf(kind, data) -> bytes, with progress and cancel.
// Jobs run one at a time in a single module worker, created lazily and reused; cancelling a
// running job terminates that worker (the next job gets a fresh one).
import type { DocumentDataMap, DocumentJob, DocumentKind } from '@shared/documents/kinds';
import { DocumentError, type DocumentErrorCode } from '@shared/documents/errors';
import type { PdfProgress, PdfRequest, PdfResponse } from './protocol';

export type { PdfProgress } from './protocol';

interface Pending {
  req: PdfRequest;
  onProgress: ((p: PdfProgress) => void) | undefined;
  resolve: (bytes: Uint8Array) => void;
  reject: (e: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

let worker: Worker | null = null;
let running: Pending | null = null;
const queue: Pending[] = [];
let nextId = 1;

function abortError(): DOMException {
  return new DOMException('Impressão cancelada.', 'AbortError');
}

function spawn(): Worker {
  const w = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'caderneta-pdf' });
  w.addEventListener('message', (e: MessageEvent<PdfResponse>) => onMessage(e.data));
  w.addEventListener('error', (e: ErrorEvent) => fail(new Error(`Falha ao gerar o PDF: ${e.message || 'erro no gerador'}`)));
  return w;
}

/** Starts the worker ahead of time, so the first receipt prints without the start-up delay. */
export function warmUpPdfWorker(): void {
  worker ??= spawn();
}

function finish(p: Pending): void {
  p.signal?.removeEventListener('abort', p.onAbort);
  running = null;
  pump();
}

function fail(e: unknown): void {
  const p = running;
  if (!p) return;
  worker?.terminate();
  worker = null;
  finish(p);
  p.reject(e);
}

function toError(msg: Extract<PdfResponse, { type: 'error' }>): Error {
  if (msg.name === 'DocumentError' && msg.code) {
    return new DocumentError(msg.code as DocumentErrorCode, msg.message, msg.missing);
  }
  const e = new Error(msg.message);
  e.name = msg.name;
  return e;
}

function onMessage(msg: PdfResponse): void {
  const p = running;
  if (!p || msg.id !== p.req.id) return;
  if (msg.type === 'progress') {
    p.onProgress?.({ phase: msg.phase, done: msg.done, total: msg.total });
    return;
  }
  finish(p);
  if (msg.type === 'done') p.resolve(msg.bytes);
  else p.reject(toError(msg));
}

function pump(): void {
  if (running) return;
  const p = queue.shift();
  if (!p) return;
  running = p;
  worker ??= spawn();
  worker.postMessage(p.req);
}

/**
 * Builds a PDF in the worker. `onProgress` reports items laid out ('layout', n of N) and then
 * pages written ('render', percent). Aborting `signal` rejects with an AbortError.
 * Document errors (e.g. an incomplete shop profile) reject with a DocumentError.
 */
export function renderPdf<K extends DocumentKind>(
  kind: K,
  data: DocumentDataMap[K],
  onProgress?: (p: PdfProgress) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const job = { kind, data } as DocumentJob;
    const p: Pending = {
      req: { id: nextId++, job },
      onProgress,
      resolve,
      reject,
      signal,
      onAbort: () => {
        const i = queue.indexOf(p);
        if (i >= 0) {
          queue.splice(i, 1);
          reject(abortError());
        } else if (running === p) {
          fail(abortError());
        }
      },
    };
    signal?.addEventListener('abort', p.onAbort, { once: true });
    queue.push(p);
    pump();
  });
}

export function isAbortError(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
