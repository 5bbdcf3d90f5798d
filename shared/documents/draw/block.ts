// A fixed-height block in the flow of a document, laid out by hand: each text is one line
// placed relative to the block's top-left corner (pdfmake `relativePosition`, which takes no
// room), rules and fills go into one canvas, and that canvas gives the block its height.
// Used where a pdfmake table or columns would cost far more (the installments table of every
// letter, the addressee and "to pay" box, the signature). The block does not split across
// pages (unbreakable), so keep it shorter than a page.
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { fitLine, textWidth, wrapLines } from '../metrics';
import { line, type LineStyle } from '../text';
import { lineHeight } from './form';

export class FlowBlock {
  private readonly nodes: Content[] = [];
  private readonly vectors: CanvasElement[] = [];

  /** A line of text with its top-left at (x, y) within the block; returns the line height. */
  text(x: number, y: number, text: string, s: LineStyle): number {
    if (text !== '') this.nodes.push({ ...line(text, s), relativePosition: { x, y } });
    return lineHeight(s.fontSize, s.lineHeight);
  }

  textRight(right: number, y: number, text: string, s: LineStyle): number {
    return this.text(right - textWidth(text, s.fontSize, s.bold, s.characterSpacing), y, text, s);
  }

  textCenter(center: number, y: number, text: string, s: LineStyle): number {
    return this.text(center - textWidth(text, s.fontSize, s.bold, s.characterSpacing) / 2, y, text, s);
  }

  fit(x: number, y: number, width: number, text: string, s: LineStyle): number {
    return this.text(x, y, fitLine(text, width, s.fontSize, s.bold), s);
  }

  /** A paragraph wrapped to `width`, at most `maxLines`; returns its height. */
  wrap(x: number, y: number, width: number, text: string, s: LineStyle, maxLines = Infinity): number {
    let dy = 0;
    for (const l of wrapLines(text, width, s.fontSize, s.bold, maxLines)) dy += this.text(x, y + dy, l, s);
    return dy;
  }

  rule(x1: number, y1: number, x2: number, y2: number, width = 0.5, color = '#999999'): void {
    this.vectors.push({ type: 'line', x1, y1, x2, y2, lineWidth: width, lineColor: color });
  }

  fill(x: number, y: number, w: number, h: number, color: string): void {
    this.vectors.push({ type: 'rect', x, y, w, h, color, lineWidth: 0 });
  }

  box(x: number, y: number, w: number, h: number, color = '#999999', radius = 0, width = 0.8): void {
    this.vectors.push({ type: 'rect', x, y, w, h, r: radius, lineColor: color, lineWidth: width });
  }

  /** Any other content placed relative to the block (e.g. an image; not absolutely placed content). */
  content(x: number, y: number, c: Content): void {
    this.nodes.push({ stack: [c], relativePosition: { x, y } });
  }

  /** The block as flow content `height` pt tall (plus `marginBottom`). */
  build(height: number, marginBottom = 0): Content {
    // Relative nodes are placed from the current flow position, so they come before the
    // spacer that moves the flow down; the rules come first so texts are painted over fills.
    const spacer: CanvasElement = { type: 'line', x1: 0, y1: height, x2: 0, y2: height, lineWidth: 0, lineColor: '#ffffff' };
    const art: Content[] = this.vectors.length > 0 ? [{ canvas: this.vectors, relativePosition: { x: 0, y: 0 } }] : [];
    return { stack: [...art, ...this.nodes, { canvas: [spacer] }], unbreakable: true, margin: [0, 0, 0, marginBottom] };
  }
}
