// A fixed form laid out by hand, for the slips: every text is one absolutely placed line
// (sizes from metrics.ts), and all rules and bar codes of a page are written as raw PDF
// operators into two tiling patterns (grey rules, black symbols) painted once per page.
// pdfmake then has no tables or columns to lay out: 1,000 slips stay fast and small.
import type { Content, ContentText } from 'pdfmake/interfaces';
import { textWidth, wrapLines, fitLine } from '../metrics';
import { line, type LineStyle } from '../text';
import { pdfNumber, type StampSheet } from './stamps';

/** Height pdfmake gives one line of Roboto (ascender - descender = 2400/2048 em). */
export function lineHeight(fontSize: number, factor = 1): number {
  return fontSize * (2400 / 2048) * factor;
}

const n = pdfNumber;

export class FormPage {
  private readonly nodes: Content[] = [];
  private readonly rules: string[] = [];
  private readonly marks: string[] = [];

  constructor(
    private readonly sheet: StampSheet,
    private readonly pageWidth: number,
    private readonly pageHeight: number,
  ) {}

  /** A line of text with its top-left at (x, y); returns the line height. */
  text(x: number, y: number, text: string, s: LineStyle): number {
    if (text !== '') this.nodes.push(this.at(x, y, line(text, s)));
    return lineHeight(s.fontSize, s.lineHeight);
  }

  /** A line of text ending at `right`. */
  textRight(right: number, y: number, text: string, s: LineStyle): number {
    return this.text(right - textWidth(text, s.fontSize, s.bold, s.characterSpacing), y, text, s);
  }

  /** A line of text centred on `center`. */
  textCenter(center: number, y: number, text: string, s: LineStyle): number {
    return this.text(center - textWidth(text, s.fontSize, s.bold, s.characterSpacing) / 2, y, text, s);
  }

  /** A line cut with "…" to fit `width`. */
  fit(x: number, y: number, width: number, text: string, s: LineStyle): number {
    return this.text(x, y, fitLine(text, width, s.fontSize, s.bold), s);
  }

  /** A paragraph wrapped to `width`, at most `maxLines`; returns its height. */
  wrap(x: number, y: number, width: number, text: string, s: LineStyle, maxLines = Infinity): number {
    let dy = 0;
    for (const l of wrapLines(text, width, s.fontSize, s.bold, maxLines)) dy += this.text(x, y + dy, l, s);
    return dy;
  }

  /** Height `wrap` would take, without drawing. */
  wrapHeight(width: number, text: string, s: LineStyle, maxLines = Infinity): number {
    return wrapLines(text, width, s.fontSize, s.bold, maxLines).length * lineHeight(s.fontSize, s.lineHeight);
  }

  /** Grey rectangle outline. */
  box(x: number, y: number, w: number, h: number): void {
    this.rules.push(`${n(x)} ${n(y)} ${n(w)} ${n(h)} re S`);
  }

  /** Grey straight line, optionally dashed. */
  rule(x1: number, y1: number, x2: number, y2: number, dash?: readonly [number, number]): void {
    const d = dash ? `[${dash[0]} ${dash[1]}] 0 d ` : '';
    const reset = dash ? ' [] 0 d' : '';
    this.rules.push(`${d}${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S${reset}`);
  }

  /** Black shapes (bar codes, QR codes) as PDF operators in page coordinates. */
  symbol(ops: string): void {
    this.marks.push(ops);
  }

  /** Any other pdfmake content, placed at (x, y). */
  content(x: number, y: number, c: ContentText | Content): void {
    this.nodes.push({ absolutePosition: { x, y }, stack: [c] });
  }

  /** The page's content: rules and symbols first (one pattern each), then the texts. */
  finish(ruleColor: string, ruleWidth = 0.5): Content[] {
    const out: Content[] = [];
    const W = this.pageWidth;
    const H = this.pageHeight;
    if (this.rules.length > 0) out.push(this.sheet.stamp(`${ruleWidth} w\n${this.rules.join('\n')}`, 0, 0, W, H, ruleColor));
    if (this.marks.length > 0) out.push(this.sheet.stamp(this.marks.join('\n'), 0, 0, W, H));
    out.push(...this.nodes);
    return out;
  }

  private at(x: number, y: number, t: ContentText): Content {
    return { ...t, absolutePosition: { x, y } };
  }
}
