import { describe, expect, it } from 'vitest';
import { ByteWriter } from './bytes';
import { helperCount, localPool } from './deflate-pool';
import { crc32, zip } from './zip';

const text = (chunks: Uint8Array[]): string => chunks.map((c) => new TextDecoder().decode(c)).join('');

describe('ByteWriter', () => {
  it('writes numbers exactly as String() does', () => {
    const values = [0, -0, 1, 9, 10, 99, 100, 12345, -7, -1234567, 2 ** 53 - 1, 0.5, -0.25, 1e21, 1 / 3, 45739];
    const w = new ByteWriter(64);
    for (const v of values) {
      w.number(v);
      w.bytes(new Uint8Array([124]));
    }
    expect(text(w.take())).toBe(values.map((v) => `${String(v)}|`).join(''));
  });

  it('writes centavos as reais exactly as String(cents / 100) does', () => {
    const values = [0, -0, 1, 5, 10, 50, 99, 100, 101, 110, 12345, 12340, 12300, -5, -10, -12345, 4990, 999999999999, 123456789012345, 12.5, -0.4];
    const w = new ByteWriter(16);
    for (const v of values) {
      w.cents(v);
      w.bytes(new Uint8Array([124]));
    }
    expect(text(w.take())).toBe(values.map((v) => `${String(v / 100)}|`).join(''));
  });

  it('splits into chunks of the given size and hands them over as they fill', () => {
    const got: Uint8Array[] = [];
    const w = new ByteWriter(8, (c) => got.push(c));
    w.text('Olá, contador! ');
    w.text('x'.repeat(40));
    w.flush();
    expect(got.every((c) => c.length <= 45)).toBe(true);
    expect(text(got)).toBe(`Olá, contador! ${'x'.repeat(40)}`);
    expect(w.take()).toEqual([]);
  });
});

describe('deflate pool', () => {
  it('uses the other cores, one or two helpers', () => {
    expect(helperCount(undefined)).toBe(1);
    expect(helperCount(1)).toBe(1);
    expect(helperCount(2)).toBe(1);
    expect(helperCount(3)).toBe(2);
    expect(helperCount(16)).toBe(2);
  });

  it('zips parts compressed while they were written', async () => {
    const bytes = new TextEncoder().encode('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(500));
    const sink = localPool().open(1);
    sink.write(bytes.slice(0, 7000));
    sink.write(bytes.slice(7000));
    const out = await zip([{ name: 'a.xml', deflated: sink.end() }, { name: 'b.xml', chunks: [bytes.slice()] }]);
    const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
    expect(v.getUint32(14, true)).toBe(crc32(bytes));
    expect(v.getUint32(22, true)).toBe(bytes.length);
    const compressed = v.getUint32(18, true);
    const raw = out.subarray(30 + 5, 30 + 5 + compressed);
    const back = new Uint8Array(await new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
    expect(back).toEqual(bytes);
    const second = 30 + 5 + compressed;
    expect(v.getUint32(second, true)).toBe(0x04034b50);
    expect(v.getUint32(second + 14, true)).toBe(crc32(bytes));
  });
});
