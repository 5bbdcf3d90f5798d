// Pix QR codes as vectors: merged rectangles written as raw PDF operators (stamps.ts), much
// cheaper than pdfmake's `qr` node or an SVG, which matters for a batch of 1,000 slips.
import QRCode from 'qrcode';
import type { CanvasElement, Content, ContentCanvas } from 'pdfmake/interfaces';
import { gridRects, rectsToOps, type StampSheet } from './stamps';

export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

/** QR modules of a text (byte mode, error correction M, which phone cameras read from paper well). */
export function qrMatrix(text: string): QrMatrix {
  // The library's own mask choice (8 masks applied, scored and undone through per-module
  // calls) was most of the time of a QR code, and of a batch of letters. The symbol is encoded
  // once with mask 0 and the same choice is made here on flat arrays: same rules, same
  // order, same modules (draw.test.ts compares with the library).
  const q = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: 0 });
  const size = q.modules.size;
  const masks = maskLayers(q.version, size, q.modules.reservedBit);
  const plain = new Uint8Array(size * size);
  const data = q.modules.data;
  const zero = masks[0] ?? plain;
  for (let i = 0; i < plain.length; i++) plain[i] = (data[i] ?? 0) ^ (zero[i] ?? 0);
  let best: Uint8Array = data;
  let lowest = Infinity;
  const cand = new Uint8Array(size * size);
  const scratch = new Uint8Array(size * size);
  for (let p = 0; p < 8; p++) {
    const mask = masks[p] ?? zero;
    for (let i = 0; i < cand.length; i++) cand[i] = (plain[i] ?? 0) ^ (mask[i] ?? 0);
    setFormatInfo(cand, size, p);
    const penalty = maskPenalty(cand, size, scratch);
    if (penalty < lowest) {
      lowest = penalty;
      best = cand.slice();
    }
  }
  return { size, dark: best };
}

/**
 * A QR code in the flow of a document (where its page position is unknown), `sizePt` wide
 * including a quiet zone of `quietModules` modules: a canvas of merged rectangles.
 */
export function qrCanvas(text: string, sizePt: number, quietModules = 4): ContentCanvas {
  const m = qrMatrix(text);
  const cell = sizePt / (m.size + 2 * quietModules);
  const q = quietModules * cell;
  const rects = gridRects(m.size, m.size, m.dark).map(
    ([x = 0, y = 0, w = 0, h = 0]): CanvasElement => ({ type: 'rect', x: q + x * cell, y: q + y * cell, w: w * cell, h: h * cell, color: '#000000', lineWidth: 0 }),
  );
  rects.push({ type: 'line', x1: sizePt, y1: sizePt, x2: sizePt, y2: sizePt, lineWidth: 0, lineColor: '#ffffff' });
  return { canvas: rects };
}

/** PDF operators drawing a QR code at page position (x, y), `sizePt` wide including `quietModules` of margin. */
export function qrOps(text: string, x: number, y: number, sizePt: number, quietModules = 4): string {
  const m = qrMatrix(text);
  const cell = sizePt / (m.size + 2 * quietModules);
  const offset = quietModules * cell;
  return rectsToOps(gridRects(m.size, m.size, m.dark), x + offset, y + offset, cell, cell);
}

/** A QR code stamped at page position (x, y) (see stamps.ts). */
export function qrStamp(sheet: StampSheet, text: string, x: number, y: number, sizePt: number, quietModules = 4): Content {
  return sheet.stamp(qrOps(text, x, y, sizePt, quietModules), x, y, sizePt, sizePt);
}

/** Data mask condition of pattern `p` at (row i, column j) (ISO/IEC 18004, as the qrcode library writes it). */
function maskAt(p: number, i: number, j: number): boolean {
  switch (p) {
    case 0:
      return (i + j) % 2 === 0;
    case 1:
      return i % 2 === 0;
    case 2:
      return j % 3 === 0;
    case 3:
      return (i + j) % 3 === 0;
    case 4:
      return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5:
      return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6:
      return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default:
      return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

const maskCache = new Map<number, Uint8Array[]>();

/** For each of the 8 masks, 1 where it flips a module (never on function patterns); per version. */
function maskLayers(version: number, size: number, reserved: ArrayLike<number>): Uint8Array[] {
  const cached = maskCache.get(version);
  if (cached) return cached;
  const layers: Uint8Array[] = [];
  for (let p = 0; p < 8; p++) {
    const layer = new Uint8Array(size * size);
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const i = row * size + col;
        if (!reserved[i] && maskAt(p, row, col)) layer[i] = 1;
      }
    }
    layers.push(layer);
  }
  maskCache.set(version, layers);
  return layers;
}

const G15 = 0b10100110111;
const G15_MASK = 0b101010000010010;

function bchDigits(n: number): number {
  let d = 0;
  for (let x = n; x !== 0; x >>>= 1) d++;
  return d;
}

/** The 15 format bits for error correction M (indicator 0b00) and `mask`. */
function formatBits(mask: number): number {
  const data = mask;
  let d = data << 10;
  const g = bchDigits(G15);
  while (bchDigits(d) - g >= 0) d ^= G15 << (bchDigits(d) - g);
  return ((data << 10) | d) ^ G15_MASK;
}

/** Writes the format information of `mask` (and the dark module) where the library puts it. */
function setFormatInfo(m: Uint8Array, size: number, mask: number): void {
  const bits = formatBits(mask);
  for (let i = 0; i < 15; i++) {
    const mod = (bits >> i) & 1;
    const vr = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    m[vr * size + 8] = mod;
    const hc = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1;
    m[8 * size + hc] = mod;
  }
  m[(size - 8) * size + 8] = 1;
}

/** Penalty of runs of 5+ same modules and of 1:1:3:1:1 finder-like patterns along the lines of `m`. */
function linePenalty(m: Uint8Array, size: number): number {
  let n1 = 0;
  let n3 = 0;
  for (let a = 0, at = 0; a < size; a++, at += size) {
    let run = 0;
    let last = -1;
    let bits = 0;
    for (let b = 0; b < size; b++) {
      const v = m[at + b] as number;
      if (v === last) run++;
      else {
        if (run >= 5) n1 += run - 2;
        last = v;
        run = 1;
      }
      bits = ((bits << 1) & 0x7ff) | v;
      if (b >= 10 && (bits === 0x5d0 || bits === 0x05d)) n3++;
    }
    if (run >= 5) n1 += run - 2;
  }
  return n1 + n3 * 40;
}

/** The four penalty rules (runs, 2x2 blocks, finder-like patterns, dark balance), rows and columns. */
function maskPenalty(m: Uint8Array, size: number, t: Uint8Array): number {
  let n2 = 0;
  let dark = 0;
  for (let row = 0, at = 0; row < size; row++, at += size) {
    for (let col = 0; col < size; col++) {
      const v = m[at + col] as number;
      t[col * size + row] = v;
      dark += v;
      if (row < size - 1 && col < size - 1) {
        const sum = v + (m[at + col + 1] as number) + (m[at + size + col] as number) + (m[at + size + col + 1] as number);
        if (sum === 4 || sum === 0) n2++;
      }
    }
  }
  const k = Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10);
  return linePenalty(m, size) + linePenalty(t, size) + n2 * 3 + k * 10;
}
