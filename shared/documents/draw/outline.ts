// Turns a grid of dark cells (QR modules, bar-code bars) into ONE filled polyline for
// pdfmake: each connected shape is traced along its border (dark side on the right, so
// outer borders and holes get opposite windings), and the loops are chained by bridges that
// are walked forward and then back, so they enclose no area under the non-zero rule. One
// vector per symbol keeps the PDF small and fast to lay out, with no seams between modules.
import type { CanvasLine, CanvasPolyline } from 'pdfmake/interfaces';

/** Border loops of the dark cells of a width x height grid, as flat [x0, y0, x1, y1, ...] corner lists. */
export function traceOutlines(width: number, height: number, dark: ArrayLike<number>): number[][] {
  const W = width + 1;
  const H = height + 1;
  const isDark = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && dark[y * width + x] === 1;
  // edge[(vertex * 4) + dir] = 1 when an oriented border edge leaves that vertex; dir 0=E 1=S 2=W 3=N
  const edge = new Uint8Array(W * H * 4);
  for (let y = 0; y <= height; y++) {
    for (let x = 0; x <= width; x++) {
      if (x < width) {
        const above = isDark(x, y - 1);
        const below = isDark(x, y);
        if (above !== below) {
          if (below) edge[(y * W + x) * 4] = 1;
          else edge[(y * W + x + 1) * 4 + 2] = 1;
        }
      }
      if (y < height) {
        const left = isDark(x - 1, y);
        const right = isDark(x, y);
        if (left !== right) {
          if (left) edge[(y * W + x) * 4 + 1] = 1;
          else edge[((y + 1) * W + x) * 4 + 3] = 1;
        }
      }
    }
  }
  const DX = [1, 0, -1, 0];
  const DY = [0, 1, 0, -1];
  const loops: number[][] = [];
  for (let v = 0; v < W * H; v++) {
    for (let d0 = 0; d0 < 4; d0++) {
      if (edge[v * 4 + d0] !== 1) continue;
      const sx = v % W;
      const sy = (v - sx) / W;
      const pts: number[] = [];
      let x = sx;
      let y = sy;
      let d = d0;
      let prev = -1;
      for (;;) {
        edge[(y * W + x) * 4 + d] = 0;
        if (d !== prev) pts.push(x, y);
        prev = d;
        x += DX[d] ?? 0;
        y += DY[d] ?? 0;
        if (x === sx && y === sy) break;
        const at = (y * W + x) * 4;
        const right = (d + 1) & 3;
        const left = (d + 3) & 3;
        if (edge[at + right] === 1) d = right;
        else if (edge[at + d] !== 1) d = left;
      }
      loops.push(pts);
    }
  }
  return loops;
}

export interface Placement {
  /** Left and top of cell (0, 0), in pt, relative to the canvas. */
  x: number;
  y: number;
  /** Size of one cell, in pt. */
  cellWidth: number;
  cellHeight: number;
}

const r3 = (n: number): number => Math.round(n * 1000) / 1000;

/** One filled polyline drawing all loops (see the header comment for the bridges). */
export function outlinePolyline(loops: readonly (readonly number[])[], p: Placement, color = '#000000'): CanvasPolyline {
  const points: { x: number; y: number }[] = [];
  const starts: { x: number; y: number }[] = [];
  for (const loop of loops) {
    const sx = r3(p.x + (loop[0] ?? 0) * p.cellWidth);
    const sy = r3(p.y + (loop[1] ?? 0) * p.cellHeight);
    for (let k = 0; k < loop.length; k += 2) {
      points.push({ x: r3(p.x + (loop[k] ?? 0) * p.cellWidth), y: r3(p.y + (loop[k + 1] ?? 0) * p.cellHeight) });
    }
    points.push({ x: sx, y: sy });
    starts.push({ x: sx, y: sy });
  }
  starts.pop();
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k];
    if (s) points.push({ x: s.x, y: s.y });
  }
  return { type: 'polyline', points, color, lineWidth: 0 };
}

/** A zero-length, invisible line that makes pdfmake measure a canvas as `width` x `height`. */
export function sizeMark(width: number, height: number): CanvasLine {
  return { type: 'line', x1: width, y1: height, x2: width, y2: height, lineWidth: 0, lineColor: '#ffffff' };
}
