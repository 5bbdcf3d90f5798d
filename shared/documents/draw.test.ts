import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridRects, pdfNumber, rectsToOps } from './draw/stamps';
import { barModules, barWidths } from './draw/barcode';
import QRCode from 'qrcode';
import { qrMatrix } from './draw/qr';

function paint(width: number, height: number, rects: number[][]): Uint8Array {
  const out = new Uint8Array(width * height);
  for (const [x = 0, y = 0, w = 0, h = 0] of rects) {
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) out[yy * width + xx] = (out[yy * width + xx] ?? 0) + 1;
  }
  return out;
}

describe('vector drawing', () => {
  it('covers exactly the dark cells, without overlaps (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }), (w, h, bits) => {
        const dark = Uint8Array.from(bits.slice(0, w * h).map((b) => (b ? 1 : 0)));
        expect(paint(w, h, gridRects(w, h, dark))).toEqual(dark);
      }),
    );
  });
  it('QR modules are the qrcode library\'s own (same mask chosen), for texts of every length (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), (text) => {
        const lib = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
        const m = qrMatrix(text);
        expect(m.size).toBe(lib.modules.size);
        expect(m.dark).toEqual(lib.modules.data);
      }),
      { numRuns: 300 },
    );
  });
  it('merges a QR code into a few hundred rectangles', () => {
    const m = qrMatrix('00020126360014br.gov.bcb.pix0114112223330001815204000053039865406100.005802BR5918ARMARINHO SAO JOSE6015SAO JOSE DOS CA62190515CAD7890048547976304ABCD');
    const rects = gridRects(m.size, m.size, m.dark);
    expect(paint(m.size, m.size, rects)).toEqual(m.dark);
    expect(rects.length).toBeLessThan(m.dark.reduce((a, b) => a + b, 0) / 2);
  });
  it('writes short numbers and one fill', () => {
    expect(pdfNumber(12.345678)).toBe('12.35');
    expect(pdfNumber(7)).toBe('7');
    expect(pdfNumber(-0.001)).toBe('0');
    const ops = rectsToOps([[1, 2, 3, 1]], 10.5, 20, 2, 2);
    expect(ops).toBe('q 2 0 0 2 10.5 20 cm\n1 2 3 1 re\nf Q');
  });
  it('encodes Interleaved 2 of 5 with wide bars three times the narrow', () => {
    const row = barModules(barWidths('interleaved2of5', '2379'), 3);
    // start (4 narrow) + 2 pairs x (2 wide + 3 narrow) x 2 + stop (wide, narrow, narrow) + a trailing narrow space
    expect(row.length).toBe(4 + 2 * 2 * (2 * 3 + 3) + 3 + 1 + 1 + 1);
    expect(Array.from(row.slice(0, 4))).toEqual([1, 0, 1, 0]);
    expect(Array.from(row.slice(-6))).toEqual([1, 1, 1, 0, 1, 0]);
  });
});
