// Where the XLSX parts are compressed: in helper workers when the platform allows workers
// (each part streamed to the least busy one as it is written, so deflating runs on the other
// cores meanwhile), else on this thread.
import type { DeflateRequest, DeflateResponse } from './deflate.worker';
import { gzipSink, type Deflated, type GzipSink } from './zip';

export interface DeflatePool {
  /** Starts a part of about `weight` (any unit) to be written with write() — which takes over
   *  the chunk's buffer — and finished with end(). */
  open(weight: number): GzipSink;
  close(): void;
}

/** Compresses on this thread. */
export function localPool(): DeflatePool {
  return { open: () => gzipSink(), close: () => undefined };
}

interface Helper {
  worker: Worker;
  load: number;
  waiting: Map<number, { resolve: (d: Deflated) => void; reject: (e: Error) => void }>;
}

/**
 * Helpers to use: one per other core, one to two. One keeps up with the rows being written
 * (a part is compressed as fast as it is written); more threads than cores would only take
 * turns with the reads and the page.
 */
export function helperCount(cores: number | undefined): number {
  return Math.min(2, Math.max(1, (cores ?? 2) - 1));
}

export function createDeflatePool(helpers = helperCount(typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency)): DeflatePool {
  if (typeof Worker !== 'function') return localPool();
  const pool: Helper[] = [];
  try {
    for (let k = 0; k < helpers; k++) {
      const worker = new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module', name: 'caderneta-xlsx-deflate' });
      const h: Helper = { worker, load: 0, waiting: new Map() };
      worker.addEventListener('message', (e: MessageEvent<DeflateResponse>) => {
        const msg = e.data;
        const w = h.waiting.get(msg.id);
        if (!w) return;
        h.waiting.delete(msg.id);
        if (msg.type === 'done') w.resolve(msg.result);
        else w.reject(new Error(msg.message));
      });
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        for (const w of h.waiting.values()) w.reject(new Error(`Falha ao compactar a planilha: ${e.message || 'erro no compactador'}`));
        h.waiting.clear();
      });
      pool.push(h);
    }
  } catch {
    for (const h of pool) h.worker.terminate();
    return localPool();
  }
  let next = 1;
  return {
    open(weight) {
      const h = pool.reduce((a, b) => (b.load < a.load ? b : a));
      h.load += Math.max(1, weight);
      const id = next++;
      const post = (msg: DeflateRequest, transfer: Transferable[] = []): void => h.worker.postMessage(msg, transfer);
      post({ type: 'begin', id });
      return {
        write(chunk) {
          // The chunk's buffer is handed over (the writer is done with it); a view into the
          // middle of one is copied out.
          const own = chunk.byteOffset === 0 ? chunk : chunk.slice();
          post({ type: 'chunk', id, bytes: own }, [own.buffer]);
        },
        end() {
          return new Promise<Deflated>((resolve, reject) => {
            h.waiting.set(id, { resolve, reject });
            post({ type: 'end', id });
          });
        },
      };
    },
    close() {
      for (const h of pool) h.worker.terminate();
    },
  };
}
