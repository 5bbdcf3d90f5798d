// Text nodes that are cheap for pdfmake: one line = one inline (noWrap) with every style
// property spelled out, so pdfmake neither splits words nor walks its style stack. Lines are
// fitted and wrapped with the font metrics of metrics.ts.
import type { Alignment, Content, ContentStack, ContentText, Margins } from 'pdfmake/interfaces';
import { INK } from './palette';
import { fitLine, textWidth, wrapLines } from './metrics';

export interface LineStyle {
  fontSize: number;
  bold?: boolean;
  color?: string;
  alignment?: Alignment;
  characterSpacing?: number;
  lineHeight?: number;
  margin?: Margins;
}

/** One line of text as given (the caller knows it fits). */
export function line(text: string, s: LineStyle): ContentText {
  const node: ContentText = {
    text,
    font: 'Roboto',
    fontSize: s.fontSize,
    bold: s.bold ?? false,
    italics: false,
    color: s.color ?? INK,
    alignment: s.alignment ?? 'left',
    characterSpacing: s.characterSpacing ?? 0,
    lineHeight: s.lineHeight ?? 1,
    noWrap: true,
    opacity: 1,
    sup: false,
    sub: false,
    preserveLeadingSpaces: false,
    preserveTrailingSpaces: false,
    wordBreak: 'normal',
    leadingIndent: 0,
    // Harmless values for properties pdfmake would otherwise look up through its whole style
    // stack for every line ('' and 0 are treated as "none"; `link` must stay unset, and
    // `fontFeatures: []` would defeat pdfkit's text layout cache).
    background: '',
    decorationColor: '',
    decorationThickness: 0,
    linkToPage: 0,
    linkToDestination: '',
  };
  if (s.margin) node.margin = s.margin;
  return node;
}

/** One line cut with "…" to fit `width` pt. */
export function fitted(text: string, width: number, s: LineStyle): ContentText {
  return line(fitLine(text, width - (s.characterSpacing ?? 0) * text.length, s.fontSize, s.bold), s);
}

/** A paragraph wrapped to `width` pt, at most `maxLines` lines. */
export function wrapped(text: string, width: number, s: LineStyle, maxLines = Infinity): ContentStack {
  const { margin, ...rest } = s;
  const stack: Content[] = wrapLines(text, width, s.fontSize, s.bold, maxLines).map((l) => line(l, rest));
  return margin ? { stack, margin } : { stack };
}

/** A bullet item: "• " then the text wrapped, continuation lines aligned after the bullet. */
export function bullet(text: string, width: number, s: LineStyle, maxLines = Infinity): ContentStack {
  const indent = textWidth('• ', s.fontSize, s.bold);
  const ls = wrapLines(text, width - indent, s.fontSize, s.bold, maxLines);
  return {
    stack: ls.map((l, k) => (k === 0 ? line(`• ${l}`, s) : line(l, { ...s, margin: [indent, 0, 0, 0] }))),
  };
}

/**
 * A paragraph pdfmake wraps itself (justified body text), with the style spelled out so its
 * words do not walk the style stack.
 */
export function para(text: string, s: LineStyle & { alignment?: Alignment }): ContentText {
  // pdfmake breaks lines at spaces: "R$" keeps its amount on its line (a no-break space).
  return { ...line(text.replace(/R\$ (?=-?\d)/g, 'R$\u00a0'), s), noWrap: false };
}
