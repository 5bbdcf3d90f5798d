// A minimal ZIP writer (deflate through the platform's CompressionStream, no library): just
// what an .xlsx package needs — a few entries, UTF-8 names, sizes under 4 GB.

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

async function deflateRaw(chunks: readonly Uint8Array<ArrayBuffer>[]): Promise<Uint8Array<ArrayBuffer>> {
  let i = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      const next = chunks[i++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  const out = source.pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export interface ZipEntry {
  name: string;
  chunks: readonly Uint8Array<ArrayBuffer>[];
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
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (!entry) continue;
    let crc = 0;
    let size = 0;
    for (const c of entry.chunks) {
      crc = crc32(c, crc);
      size += c.length;
    }
    const data = await deflateRaw(entry.chunks);
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
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
