// A minimal ZIP writer (deflate and CRC-32 by the platform's CompressionStream, no library):
// just what an .xlsx package needs — a few entries, UTF-8 names, sizes under 4 GB.
import { concatBytes } from '@shared/bytes';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Continues a CRC-32 (start with 0) over `bytes`. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous;
  const t = CRC_TABLE;
  for (let i = 0; i < bytes.length; i++) c = (t[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

/** Offset of the deflate data in a gzip member (RFC 1952 header, optional fields skipped). */
function gzipHeaderLength(b: Uint8Array): number {
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) throw new Error('gzip inesperado');
  const flags = b[3] ?? 0;
  let at = 10;
  if (flags & 4) at += 2 + ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8));
  if (flags & 8) while (b[at++] !== 0 && at < b.length);
  if (flags & 16) while (b[at++] !== 0 && at < b.length);
  if (flags & 2) at += 2;
  return at;
}

export interface Deflated {
  /** Raw deflate data. */
  data: Uint8Array;
  crc: number;
  /** Uncompressed size. */
  size: number;
}

/** The deflate data, CRC-32 and size of one gzip member (the platform's gzip output). */
export function fromGzip(gz: Uint8Array, size: number): Deflated {
  const end = gz.length - 8;
  const v = new DataView(gz.buffer, gz.byteOffset, gz.byteLength);
  if (v.getUint32(end + 4, true) !== size >>> 0) throw new Error('gzip: tamanho inesperado');
  return { data: gz.subarray(gzipHeaderLength(gz), end), crc: v.getUint32(end, true), size };
}

/** A gzip stream fed chunk by chunk (native code), ended by end(). */
export interface GzipSink {
  write(chunk: Uint8Array<ArrayBuffer>): void;
  end(): Promise<Deflated>;
}

export function gzipSink(): GzipSink {
  const cs = new CompressionStream('gzip');
  const writer = cs.writable.getWriter();
  const out = new Response(cs.readable).arrayBuffer();
  let size = 0;
  let failed: unknown = null;
  return {
    write(chunk) {
      size += chunk.length;
      writer.write(chunk).catch((e: unknown) => {
        failed = e;
      });
    },
    async end() {
      await writer.close();
      const gz = new Uint8Array(await out);
      if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
      return fromGzip(gz, size);
    },
  };
}

/**
 * Deflates the chunks with the platform's gzip (native code), and takes the CRC-32 and size
 * from its trailer, so no byte is looked at in JavaScript.
 */
export function deflate(chunks: readonly Uint8Array<ArrayBuffer>[]): Promise<Deflated> {
  const sink = gzipSink();
  for (const c of chunks) sink.write(c);
  return sink.end();
}

export interface ZipEntry {
  name: string;
  /** The content, deflated here; or `deflated`, already on its way. */
  chunks?: readonly Uint8Array<ArrayBuffer>[];
  deflated?: Promise<Deflated>;
}

interface Written {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

// 1980-01-01 00:00 in DOS format (a fixed stamp keeps the output reproducible).
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(size: number, fill: (v: DataView) => void): Uint8Array {
  const b = new Uint8Array(size);
  fill(new DataView(b.buffer));
  return b;
}

/** Builds the archive; `onEntry` reports each entry compressed. */
export async function zip(entries: readonly ZipEntry[], onEntry?: (index: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  // Every entry is compressing at once (several helpers may be at work); written in order.
  const pending = entries.map((entry) => entry.deflated ?? deflate(entry.chunks ?? []));
  for (const p of pending) p.catch(() => undefined); // each is awaited below; no unhandled rejection meanwhile
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const job = pending[e];
    if (!entry || !job) continue;
    const { data, crc, size } = await job;
    const name = enc.encode(entry.name);
    const local = header(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true);
      v.setUint16(8, 8, true);
      v.setUint16(10, DOS_TIME, true);
      v.setUint16(12, DOS_DATE, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, data.length, true);
      v.setUint32(22, size, true);
      v.setUint16(26, name.length, true);
      v.setUint16(28, 0, true);
    });
    parts.push(local, name, data);
    written.push({ name, crc, size, data, offset });
    offset += local.length + name.length + data.length;
    onEntry?.(e);
  }
  const cdStart = offset;
  for (const w of written) {
    const central = header(46, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true);
      v.setUint16(10, 8, true);
      v.setUint16(12, DOS_TIME, true);
      v.setUint16(14, DOS_DATE, true);
      v.setUint32(16, w.crc, true);
      v.setUint32(20, w.data.length, true);
      v.setUint32(24, w.size, true);
      v.setUint16(28, w.name.length, true);
      v.setUint32(42, w.offset, true);
    });
    parts.push(central, w.name);
    offset += central.length + w.name.length;
  }
  parts.push(
    header(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, written.length, true);
      v.setUint16(10, written.length, true);
      v.setUint32(12, offset - cdStart, true);
      v.setUint32(16, cdStart, true);
    }),
  );
  return concatBytes(parts);
}
