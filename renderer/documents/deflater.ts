// Deflates PDF pieces in a second worker when the platform allows nested workers, else here.
import type { DeflateRequest, DeflateResponse } from './deflate.worker';
import { recompressPdf } from './recompress';

export interface Deflater {
  /** Takes ownership of `bytes` (transferred). */
  recompress(bytes: Uint8Array): Promise<Uint8Array>;
  close(): void;
}

export function createDeflater(): Deflater {
  if (typeof Worker !== 'function') return { recompress: (b) => recompressPdf(b), close: () => undefined };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./deflate.worker.ts', import.meta.url), { type: 'module', name: 'caderneta-deflate' });
  } catch {
    return { recompress: (b) => recompressPdf(b), close: () => undefined };
  }
  const waiting = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: unknown) => void }>();
  let next = 1;
  worker.addEventListener('message', (e: MessageEvent<DeflateResponse>) => {
    waiting.get(e.data.id)?.resolve(e.data.bytes);
    waiting.delete(e.data.id);
  });
  worker.addEventListener('error', (e: ErrorEvent) => {
    for (const w of waiting.values()) w.reject(new Error(e.message || 'Falha ao compactar o PDF.'));
    waiting.clear();
  });
  return {
    recompress: (bytes) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
        const msg: DeflateRequest = { id, bytes: own };
        worker.postMessage(msg, [own.buffer]);
      }),
    close: () => worker.terminate(),
  };
}
