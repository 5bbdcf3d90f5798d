// Linear bar codes as single vectors: Code 128 for the installment reference, and
// Interleaved 2 of 5 for a bank boleto (FEBRABAN: narrow:wide 1:3, about 103 x 13 mm).
// bwip-js encodes (bar and space widths in modules); stamps.ts writes them as PDF operators.
import bwipjs from 'bwip-js/browser';
import type { Content } from 'pdfmake/interfaces';
import { gridRects, rectsToOps, type StampSheet } from './stamps';

/** Bar/space widths in modules, starting with a bar. */
export function barWidths(bcid: 'code128' | 'interleaved2of5', text: string): number[] {
  const out = bwipjs.raw(bcid, text, bcid === 'interleaved2of5' ? { includecheck: false } : {});
  const first = out[0];
  if (!first || !('sbs' in first)) throw new Error(`bwip-js: no bar pattern for ${bcid}`);
  return first.sbs;
}

/** One row of modules (1 = bar) from bar/space widths; `wide` rescales width-2 elements (I2of5 ratio). */
export function barModules(widths: readonly number[], wide?: number): Uint8Array {
  const scaled = widths.map((w) => (wide !== undefined && w > 1 ? wide : w));
  const total = scaled.reduce((a, b) => a + b, 0);
  const row = new Uint8Array(total);
  let x = 0;
  scaled.forEach((w, i) => {
    if (i % 2 === 0) row.fill(1, x, x + w);
    x += w;
  });
  return row;
}

/** PDF operators for the bars of a module row (one-row grid, scaled to the bar height). */
function barOps(row: Uint8Array, x: number, y: number, modulePt: number, heightPt: number): string {
  return rectsToOps(gridRects(row.length, 1, row), x, y, modulePt, heightPt);
}

/** PDF operators of a Code 128 at page position (x, y), `widthPt` wide including 10-module quiet zones. */
export function code128Ops(text: string, x: number, y: number, widthPt: number, heightPt: number): string {
  const row = barModules(barWidths('code128', text));
  const quiet = 10;
  const module = widthPt / (row.length + 2 * quiet);
  return barOps(row, x + quiet * module, y, module, heightPt);
}

/** PDF operators of an Interleaved 2 of 5 (narrow:wide 1:3) at (x, y), `widthPt` wide without quiet zones. */
export function interleaved2of5Ops(digits: string, x: number, y: number, widthPt: number, heightPt: number): string {
  if (!/^(\d\d)+$/.test(digits)) throw new Error('Interleaved 2 of 5 needs an even number of digits.');
  const row = barModules(barWidths('interleaved2of5', digits), 3);
  return barOps(row, x, y, widthPt / row.length, heightPt);
}

/** A Code 128 stamped at page position (x, y) (see stamps.ts). */
export function code128Stamp(sheet: StampSheet, text: string, x: number, y: number, widthPt: number, heightPt: number): Content {
  return sheet.stamp(code128Ops(text, x, y, widthPt, heightPt), x, y, widthPt, heightPt);
}
