// Pix QR codes drawn as a single vector (see outline.ts): much cheaper than pdfmake's `qr`
// node or an SVG, which matters for a batch of 1,000 slips.
import QRCode from 'qrcode';
import type { Content, ContentCanvas } from 'pdfmake/interfaces';
import { outlinePolyline, sizeMark, traceOutlines } from './outline';
import { gridRects, rectsToOps, type StampSheet } from './stamps';

export interface QrMatrix {
  size: number;
  dark: Uint8Array;
}

/** QR modules of a text (byte mode, error correction M, which phone cameras read from paper well). */
export function qrMatrix(text: string): QrMatrix {
  const q = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  return { size: q.modules.size, dark: q.modules.data };
}

/**
 * A QR code `sizePt` wide including a quiet zone of `quietModules` modules on each side
 * (4 is the standard; less is fine when the area around it is blank anyway).
 */
export function qrCanvas(text: string, sizePt: number, quietModules = 4): ContentCanvas {
  const m = qrMatrix(text);
  const cell = sizePt / (m.size + 2 * quietModules);
  const offset = quietModules * cell;
  const shape = outlinePolyline(traceOutlines(m.size, m.size, m.dark), { x: offset, y: offset, cellWidth: cell, cellHeight: cell });
  return { canvas: [shape, sizeMark(sizePt, sizePt)] };
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
