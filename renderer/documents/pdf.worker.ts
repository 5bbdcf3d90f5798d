// Module Web Worker that turns document jobs into PDF bytes with pdfmake, off the UI thread.
// One job at a time; progress is posted while pdfmake lays out and renders. Cancelling is
// done by the page terminating the worker (pdfmake's layout is synchronous).
// pdfmake writes the PDF uncompressed and the streams are deflated natively afterwards
// (recompress.ts): pako in JavaScript was most of a batch's time. A big batch is made in pieces
// (splitJob) that a second worker deflates while the next piece is laid out, then joined
// (pdf-merge.ts), which also bounds the memory pdfmake holds at once.
import * as pdfMakeModule from 'pdfmake/build/pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDocument, jobSize, splitJob, type DocumentJob } from '@shared/documents/registry';
import { isDocumentError } from '@shared/documents/errors';
import { isDomainError } from '@shared/errors';
import type { PdfPhase, PdfRequest, PdfResponse } from './protocol';
import { canRecompress, recompressPdf } from './recompress';
import { createDeflater, type Deflater } from './deflater';
import { mergePdfs } from './pdf-merge';

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

async function pdfBytes(doc: TDocumentDefinitions): Promise<Uint8Array> {
  const buffer = await pdfMake.createPdf(doc).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

type Progress = (phase: PdfPhase, done: number, of: number) => void;

async function single(job: DocumentJob, progress: Progress): Promise<Uint8Array> {
  const total = jobSize(job);
  const doc = buildDocument(job, { onProgress: (done, of) => progress('layout', done, of) });
  progress('layout', 0, total);
  const native = canRecompress();
  if (native) doc.compress = false;
  pdfMake.setProgressCallback((fraction: number) => progress('render', Math.round(fraction * (native ? 90 : 100)), 100));
  const plain = await pdfBytes(doc);
  return native ? recompressPdf(plain, (done, of) => progress('render', 90 + Math.floor((done * 10) / of), 100)) : plain;
}

/**
 * The deflate worker, started with this one and kept: a nested worker started when a batch
 * begins only gets going once this busy thread lets it load, so the first pieces waited.
 */
let deflater: Deflater | null = canRecompress() ? createDeflater() : null;

async function inPieces(job: DocumentJob, pieces: DocumentJob[], progress: Progress): Promise<Uint8Array> {
  const total = jobSize(job);
  const own = (deflater ??= createDeflater());
  try {
    pdfMake.setProgressCallback(() => undefined);
    const packed: Promise<Uint8Array>[] = [];
    let base = 0;
    for (const piece of pieces) {
      const doc = buildDocument(piece, { onProgress: (done) => progress('layout', base + done, total) });
      doc.compress = false;
      packed.push(own.recompress((await pdfBytes(doc)).slice()));
      base += jobSize(piece);
    }
    progress('render', 95, 100);
    const merged = mergePdfs(await Promise.all(packed));
    return merged ?? single(job, progress);
  } catch (e) {
    own.close();
    if (deflater === own) deflater = null;
    throw e;
  }
}

async function run(req: PdfRequest): Promise<void> {
  const started = performance.now();
  let lastPosted = 0;
  const progress: Progress = (phase, done, of) => {
    const now = performance.now();
    if (done < of && now - lastPosted < 50) return;
    lastPosted = now;
    post({ id: req.id, type: 'progress', phase, done, total: of });
  };
  const pieces = canRecompress() ? splitJob(req.job) : [req.job];
  const bytes = pieces.length > 1 ? await inPieces(req.job, pieces, progress) : await single(req.job, progress);
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
