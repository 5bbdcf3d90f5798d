// gzip through the platform's CompressionStream (Chromium, Node 18+).
import { concatBytes } from '@shared/bytes';

export function isGzip(b: Uint8Array): boolean {
  return b.byteLength >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

async function collect(stream: ReadableStream<Uint8Array<ArrayBuffer>>, cap: number): Promise<Uint8Array | 'too_big'> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return 'too_big';
    }
    parts.push(value);
  }
  return concatBytes(parts);
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new Blob([bytes as BlobPart]).stream();
}

export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('gzip')), Number.MAX_SAFE_INTEGER);
  if (out === 'too_big') throw new Error('unreachable');
  return out;
}

/** Decompresses with a size cap (a small file must not expand into gigabytes). */
export async function gunzipCapped(bytes: Uint8Array, cap: number): Promise<Uint8Array | 'too_big' | 'corrupt'> {
  try {
    return await collect(streamOf(bytes).pipeThrough(new DecompressionStream('gzip')), cap);
  } catch {
    return 'corrupt';
  }
}
