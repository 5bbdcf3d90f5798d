// Compresses the streams of an uncompressed pdfkit PDF with the platform's native deflate
// (CompressionStream). pdfmake would compress them in JavaScript (pako), which was most of the
// time of a 1,000-letter batch in the worker; native zlib does it in a fraction.
// Anything unexpected returns the input unchanged (still a valid, larger PDF).
import { concatBytes } from '@shared/bytes';
import { latin1, parsePdf, writePdf } from './pdf-objects';

const MIN_STREAM = 64;

/** Native deflate (zlib format, what /FlateDecode reads). */
export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  // Written and read straight through the stream's ends: a Blob per PDF stream (and a
  // Response to read it) cost more than the compression itself in a worker.
  const cs = new CompressionStream('deflate');
  const writer = cs.writable.getWriter();
  void writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const reader = cs.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  return concatBytes(chunks);
}

export function canRecompress(): boolean {
  return typeof CompressionStream === 'function';
}

/** The same PDF with its uncompressed streams deflated natively. `onProgress` counts streams. */
export async function recompressPdf(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  if (!canRecompress()) return bytes;
  const pdf = parsePdf(bytes);
  if (!pdf) return bytes;
  const { text } = pdf;
  const todo = pdf.objects.filter((o) => o.data && o.data[1] - o.data[0] >= MIN_STREAM && !text.slice(o.start, o.dictEnd).includes('/Filter'));
  const packed = new Map<number, Uint8Array>();
  for (let k = 0; k < todo.length; k += 32) {
    const batch = todo.slice(k, k + 32);
    const results = await Promise.all(batch.map((o) => deflate(o.data ? bytes.subarray(o.data[0], o.data[1]) : new Uint8Array())));
    batch.forEach((o, i) => {
      const r = results[i];
      if (r) packed.set(o.start, r);
    });
    onProgress?.(Math.min(k + 32, todo.length), todo.length);
  }
  const objects = pdf.objects.map((o) => {
    const data = packed.get(o.start);
    if (!data || !o.data) return { num: o.num, parts: [bytes.subarray(o.start, o.end)] };
    const dict = text.slice(o.start, o.dictEnd).replace(/\/Length \d+\n/, `/Length ${data.length}\n/Filter /FlateDecode\n`);
    return { num: o.num, parts: [latin1(`${dict}\nstream\n`), data, latin1('\nendstream\nendobj\n')] };
  });
  const trailerDict = pdf.trailer.replace(/^trailer\n/, '').trimEnd();
  return writePdf(bytes.subarray(0, pdf.headEnd), objects, pdf.size, trailerDict);
}
