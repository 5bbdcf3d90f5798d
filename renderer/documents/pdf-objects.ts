// Reads the object layout of the PDFs pdfkit writes ("N 0 obj" objects one after the other,
// direct /Length values, one xref table and trailer), for recompress.ts and pdf-merge.ts.
// Returns null for anything else, so callers can fall back to the bytes they have.
import { concatBytes } from '@shared/bytes';

export interface PdfObject {
  num: number;
  /** Byte offset of "N 0 obj". */
  start: number;
  /** End of the dictionary (">>") of a stream object, or of the whole object otherwise. */
  dictEnd: number;
  /** Stream data [from, to), or null. */
  data: [number, number] | null;
  /** Byte offset just after "endobj\n". */
  end: number;
}

export interface ParsedPdf {
  bytes: Uint8Array;
  /** The bytes as a one-byte-per-character string (offsets match). */
  text: string;
  /** Header bytes up to the first object. */
  headEnd: number;
  objects: PdfObject[];
  /** "trailer\n<< ... >>\n". */
  trailer: string;
  size: number;
}

const STREAM = '>>\nstream\n';
const END_STREAM = '\nendstream\nendobj\n';
const END_OBJ = '\nendobj\n';

export function parsePdf(bytes: Uint8Array): ParsedPdf | null {
  const text = new TextDecoder('latin1').decode(bytes);
  if (text.length !== bytes.length) return null;
  const first = text.search(/\n\d+ 0 obj\n/);
  const xref = text.lastIndexOf('\nxref\n');
  const trailerAt = text.indexOf('trailer\n', xref);
  const startxref = text.indexOf('\nstartxref', trailerAt);
  if (first < 0 || xref < 0 || trailerAt < 0 || startxref < 0) return null;
  const objects: PdfObject[] = [];
  const re = /(\d+) 0 obj\n/y;
  let pos = first + 1;
  while (pos < xref) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return null;
    const bodyStart = pos + m[0].length;
    const streamAt = text.indexOf(STREAM, bodyStart);
    const endobj = text.indexOf(END_OBJ, bodyStart);
    if (endobj < 0) return null;
    if (streamAt >= 0 && streamAt < endobj) {
      const len = /\/Length (\d+)\n/.exec(text.slice(bodyStart, streamAt + 2));
      if (!len) return null;
      const dataStart = streamAt + STREAM.length;
      const dataEnd = dataStart + Number(len[1]);
      if (text.slice(dataEnd, dataEnd + END_STREAM.length) !== END_STREAM) return null;
      objects.push({ num: Number(m[1]), start: pos, dictEnd: streamAt + 2, data: [dataStart, dataEnd], end: dataEnd + END_STREAM.length });
    } else {
      objects.push({ num: Number(m[1]), start: pos, dictEnd: endobj + END_OBJ.length, data: null, end: endobj + END_OBJ.length });
    }
    pos = objects[objects.length - 1]?.end ?? xref;
  }
  const trailer = text.slice(trailerAt, startxref + 1);
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1] ?? 0);
  if (size <= 0) return null;
  return { bytes, text, headEnd: first + 1, objects, trailer, size };
}

const enc = new TextEncoder();

export function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Writes objects (already serialised, in order) with a fresh xref table and trailer. */
export function writePdf(head: Uint8Array, objects: { num: number; parts: Uint8Array[] }[], size: number, trailerDict: string): Uint8Array {
  const offsets = new Map<number, number>();
  let offset = head.length;
  const out: Uint8Array[] = [head];
  for (const o of objects) {
    offsets.set(o.num, offset);
    for (const p of o.parts) {
      out.push(p);
      offset += p.length;
    }
  }
  const rows = ['xref', `0 ${size}`, '0000000000 65535 f '];
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n);
    rows.push(at === undefined ? '0000000000 65535 f ' : `${String(at).padStart(10, '0')} 00000 n `);
  }
  out.push(enc.encode(`${rows.join('\n')}\ntrailer\n${trailerDict}\nstartxref\n${offset}\n%%EOF\n`));
  return concatBytes(out);
}
