// Module Web Worker that turns document jobs into PDF bytes with pdfmake, off the UI thread.
// One job at a time; progress is posted while pdfmake lays out and renders. Cancelling is
// done by the page terminating the worker (pdfmake's layout is synchronous).
import * as pdfMakeModule from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { buildDocument, jobSize } from '@shared/documents/registry';
import { isDocumentError } from '@shared/documents/errors';
import { isDomainError } from '@shared/errors';
import type { PdfRequest, PdfResponse } from './protocol';
import { canRecompress, recompressPdf } from './recompress';

type PdfMake = typeof pdfMakeModule;

/** The bundled pdfmake is CommonJS: take its default export when the bundler adds one. */
function cjs<T extends object>(m: T): T {
  const d = (m as { default?: T }).default;
  return d ?? m;
}

const pdfMake: PdfMake = cjs(pdfMakeModule);
pdfMake.addVirtualFileSystem(cjs(vfs));

function post(msg: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(msg, { transfer });
}

async function run(req: PdfRequest): Promise<void> {
  const started = performance.now();
  const total = jobSize(req.job);
  let lastPosted = 0;
  const progress = (phase: 'layout' | 'render', done: number, of: number): void => {
    const now = performance.now();
    if (done < of && now - lastPosted < 50) return;
    lastPosted = now;
    post({ id: req.id, type: 'progress', phase, done, total: of });
  };
  const doc = buildDocument(req.job, { onProgress: (done, of) => progress('layout', done, of) });
  progress('layout', 0, total);
  // pdfmake would deflate every stream in JavaScript; writing them plain and deflating them
  // afterwards with the platform's native zlib is several times faster (see recompress.ts).
  const native = canRecompress();
  if (native) doc.compress = false;
  pdfMake.setProgressCallback((fraction: number) => progress('render', Math.round(fraction * (native ? 90 : 100)), 100));
  const buffer = await pdfMake.createPdf(doc).getBuffer();
  const plain = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const bytes = native ? await recompressPdf(plain, (done, of) => progress('render', 90 + Math.floor((done * 10) / of), 100)) : plain;
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  post({ id: req.id, type: 'done', bytes: own, ms: Math.round(performance.now() - started) }, [own.buffer]);
}

self.addEventListener('message', (e: MessageEvent<PdfRequest>) => {
  const req = e.data;
  run(req).catch((err: unknown) => {
    const code = isDocumentError(err) || isDomainError(err) ? err.code : null;
    post({
      id: req.id,
      type: 'error',
      name: err instanceof Error ? err.name : 'Error',
      code,
      message: err instanceof Error ? err.message : String(err),
      missing: isDocumentError(err) ? [...err.missing] : [],
    });
  });
});
