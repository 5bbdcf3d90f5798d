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
  const q = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  return { size: q.modules.size, dark: q.modules.data };
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
