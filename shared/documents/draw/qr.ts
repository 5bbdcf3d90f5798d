// Pix QR codes drawn as a single vector (see outline.ts): much cheaper than pdfmake's `qr`
// node or an SVG, which matters for a batch of 1,000 slips.
import QRCode from 'qrcode';
import type { ContentCanvas } from 'pdfmake/interfaces';
import { outlinePolyline, sizeMark, traceOutlines } from './outline';

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
