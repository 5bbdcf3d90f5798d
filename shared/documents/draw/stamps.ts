// Vector art placed at a known spot of a page (absolute position), drawn through a pdfmake
// tiling pattern: the shapes are written once as raw PDF path operators (compact numbers, one
// fill) and a rectangle at that spot is filled with the pattern. This costs pdfmake almost
// nothing per symbol, which is what makes 1,000 slips with a QR code and a bar code fast.
// The pattern's single tile covers the rectangle exactly (steps larger than any page), and
// its space is the page's (pdfkit creates it under the page's top-down transform), so the
// coordinates below are plain pdfmake page coordinates.
import type { Content, Pattern } from 'pdfmake/interfaces';

/** Shortest decimal text with at most 2 decimals ("12.5", "7", "0.75"). */
export function pdfNumber(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * Dark runs of a grid as rectangles [x, y, w, h] in cells: horizontal runs, merged with the
 * identical run of the row above, so a QR code of 45 x 45 modules takes about 450 rectangles.
 */
export function gridRects(width: number, height: number, dark: ArrayLike<number>): number[][] {
  const out: number[][] = [];
  const open = new Map<number, number[]>();
  for (let y = 0; y < height; y++) {
    let x = 0;
    while (x < width) {
      if (dark[y * width + x] !== 1) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && dark[y * width + x] === 1) x++;
      const key = start * 4096 + (x - start);
      const above = open.get(key);
      if (above && (above[1] ?? 0) + (above[3] ?? 0) === y) {
        above[3] = (above[3] ?? 0) + 1;
      } else {
        const r = [start, y, x - start, 1];
        open.set(key, r);
        out.push(r);
      }
    }
  }
  return out;
}

/**
 * PDF operators filling rectangles given in grid cells: a `cm` scales and places the grid so
 * the rectangles keep small integer coordinates (a short stream); one fill paints them all,
 * with no seams where they touch.
 */
export function rectsToOps(rects: readonly (readonly number[])[], x: number, y: number, cellWidth: number, cellHeight: number): string {
  const parts: string[] = [`q ${pdfNumber4(cellWidth)} 0 0 ${pdfNumber4(cellHeight)} ${pdfNumber(x)} ${pdfNumber(y)} cm`];
  for (const r of rects) parts.push(`${r[0] ?? 0} ${r[1] ?? 0} ${r[2] ?? 0} ${r[3] ?? 0} re`);
  parts.push('f Q');
  return parts.join('\n');
}

/** Up to 4 decimals, for scale factors. */
export function pdfNumber4(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** Collects the patterns of one document; each stamp becomes one pattern and one rectangle. */
export class StampSheet {
  readonly patterns: Record<string, Pattern> = {};
  private count = 0;

  /** A rectangle at page position (x, y, w, h) painted with `ops` (page coordinates) in `color`. */
  stamp(ops: string, x: number, y: number, w: number, h: number, color = '#000000'): Content {
    const name = `s${++this.count}`;
    this.patterns[name] = { boundingBox: [x, y, x + w, y + h], xStep: 20000, yStep: 20000, pattern: ops };
    return { absolutePosition: { x: 0, y: 0 }, canvas: [{ type: 'rect', x, y, w, h, color: [name, color], lineWidth: 0 }] };
  }
}
