// Compresses the streams of an uncompressed pdfkit PDF with the platform's native deflate
// (CompressionStream). pdfmake would compress them in JavaScript (pako), which is most of the
// time of a 1,000-letter batch in the worker; native zlib does it in a fraction.
// Only pdfkit's own regular layout is expected: "N 0 obj" objects, direct /Length values,
// one xref table and trailer. Anything unexpected returns the input unchanged (still valid).

const MIN_STREAM = 64;

/** Native deflate (zlib format, what /FlateDecode reads), or null where unavailable. */
export async function deflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function canRecompress(): boolean {
  return typeof CompressionStream === 'function' && typeof Response === 'function' && typeof Blob === 'function';
}

interface Part {
  num: number;
  /** Bytes of the whole object ("N 0 obj" ... "endobj\n"). */
  chunks: Uint8Array[];
}

const enc = new TextEncoder();

/** Parses the objects; null when the layout is not the expected one. */
function parse(bytes: Uint8Array, text: string): { head: Uint8Array; objects: { num: number; start: number; dictEnd: number; data: [number, number] | null; end: number }[]; trailer: string } | null {
  const first = text.search(/\n\d+ 0 obj\n/);
  const xref = text.lastIndexOf('\nxref\n');
  const trailerAt = text.indexOf('trailer\n', xref);
  const startxref = text.indexOf('\nstartxref', trailerAt);
  if (first < 0 || xref < 0 || trailerAt < 0 || startxref < 0) return null;
  const objects = [];
  const re = /(\d+) 0 obj\n/y;
  let pos = first + 1;
  while (pos < xref) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    const num = Number(m[1]);
    const bodyStart = pos + m[0].length;
    const streamKw = text.indexOf('>>\nstream\n', bodyStart);
    const endobj = text.indexOf('\nendobj\n', bodyStart);
    if (endobj < 0) return null;
    if (streamKw >= 0 && streamKw < endobj) {
      const dict = text.slice(bodyStart, streamKw + 2);
      const len = /\/Length (\d+)\n/.exec(dict);
      if (!len) return null;
      const dataStart = streamKw + '>>\nstream\n'.length;
      const dataEnd = dataStart + Number(len[1]);
      if (text.slice(dataEnd, dataEnd + '\nendstream\nendobj\n'.length) !== '\nendstream\nendobj\n') return null;
      const end = dataEnd + '\nendstream\nendobj\n'.length;
      objects.push({ num, start: pos, dictEnd: streamKw + 2, data: [dataStart, dataEnd] as [number, number], end });
      pos = end;
    } else {
      const end = endobj + '\nendobj\n'.length;
      objects.push({ num, start: pos, dictEnd: end, data: null, end });
      pos = end;
    }
  }
  return { head: bytes.subarray(0, first + 1), objects, trailer: text.slice(trailerAt, startxref + 1) };
}

/**
 * The same PDF with its uncompressed streams deflated natively, and a new xref table.
 * `onProgress(done, total)` counts streams.
 */
export async function recompressPdf(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  if (!canRecompress()) return bytes;
  const text = new TextDecoder('latin1').decode(bytes);
  if (text.length !== bytes.length) return bytes;
  const parsed = parse(bytes, text);
  if (!parsed) return bytes;
  const todo = parsed.objects.filter((o) => o.data && o.data[1] - o.data[0] >= MIN_STREAM && !text.slice(o.start, o.dictEnd).includes('/Filter'));
  const packed = new Map<number, Uint8Array>();
  let done = 0;
  for (let k = 0; k < todo.length; k += 32) {
    const batch = todo.slice(k, k + 32);
    const results = await Promise.all(batch.map((o) => (o.data ? deflate(bytes.subarray(o.data[0], o.data[1])) : Promise.resolve(new Uint8Array()))));
    batch.forEach((o, i) => {
      const r = results[i];
      if (r) packed.set(o.start, r);
    });
    done += batch.length;
    onProgress?.(done, todo.length);
  }
  const parts: Part[] = parsed.objects.map((o) => {
    const data = packed.get(o.start);
    if (!data || !o.data) return { num: o.num, chunks: [bytes.subarray(o.start, o.end)] };
    const dict = text.slice(o.start, o.dictEnd).replace(/\/Length \d+\n/, `/Length ${data.length}\n/Filter /FlateDecode\n`);
    return { num: o.num, chunks: [enc.encode(dict), enc.encode('\nstream\n'), data, enc.encode('\nendstream\nendobj\n')] };
  });
  const offsets = new Map<number, number>();
  let offset = parsed.head.length;
  const out: Uint8Array[] = [parsed.head];
  for (const p of parts) {
    offsets.set(p.num, offset);
    for (const c of p.chunks) {
      out.push(c);
      offset += c.length;
    }
  }
  const size = Number(/\/Size (\d+)/.exec(parsed.trailer)?.[1] ?? 0);
  if (size <= 0) return bytes;
  const rows = ['xref', `0 ${size}`, '0000000000 65535 f '];
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n);
    rows.push(at === undefined ? '0000000000 65535 f ' : `${String(at).padStart(10, '0')} 00000 n `);
  }
  out.push(enc.encode(`${rows.join('\n')}\n${parsed.trailer}startxref\n${offset}\n%%EOF\n`));
  const total = out.reduce((a, c) => a + c.length, 0);
  const result = new Uint8Array(total);
  let at = 0;
  for (const c of out) {
    result.set(c, at);
    at += c.length;
  }
  return result;
}
