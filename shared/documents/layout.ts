// Shared pdfmake building blocks: styles, the shop's letterhead, table layouts, footers.
import type { Content, CustomTableLayout, DynamicBackground, DynamicContent, StyleDictionary, TDocumentDefinitions, Node } from 'pdfmake/interfaces';
import { addressLine, contactLine, documentLabel, shopDisplayName } from './format';
import { FlowBlock } from './draw/block';
import { fitted } from './text';
import type { ShopProfileDoc } from './types';

export { INK, MUTED, RULE, SHADE } from './palette';
import { INK, MUTED, RULE, SHADE } from './palette';

/** A4 in pt. */
export const A4 = { width: 595.28, height: 841.89 } as const;
/** 1 mm in pt. */
export const MM = 72 / 25.4;

export const STYLES: StyleDictionary = {
  title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 6, 0, 10] },
  h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  label: { fontSize: 6.5, color: MUTED },
  small: { fontSize: 8, color: MUTED },
  th: { bold: true, fontSize: 8, color: INK, fillColor: SHADE },
  num: { alignment: 'right' },
  body: { fontSize: 10.5, lineHeight: 1.25, alignment: 'justify' },
};

export const DEFAULT_STYLE = { font: 'Roboto', fontSize: 10, color: INK };

/** Thin grey grid used by boleto-style boxes and tables. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/** Horizontal rules only, for lists of installments and statements. */
export const LIST_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

export const NO_LINES: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

export const LOGO_IMAGE = 'logo';

/** The images dictionary of a document: the logo once, reused on every page. */
export function imagesOf(shop: ShopProfileDoc): Record<string, string> {
  return shop.logoDataUrl ? { [LOGO_IMAGE]: shop.logoDataUrl } : {};
}

/** The shop's letterhead: logo, name, CPF/CNPJ, address and contacts (one line each), with a rule below. */
export function letterhead(shop: ShopProfileDoc, width: number): Content {
  const name = shopDisplayName(shop);
  const legal = shop.tradeName && shop.tradeName.trim() !== '' && shop.name.trim() !== name ? shop.name.trim() : '';
  const textWidth = shop.logoDataUrl ? width - 68 : width;
  const small = { fontSize: 8.5, color: MUTED };
  const lines = [
    [legal, documentLabel(shop.document)].filter((s) => s !== '').join(' · '),
    addressLine(shop.address),
    contactLine(shop.phone, shop.email),
  ].filter((s) => s !== '');
  const text: Content = { stack: [fitted(name, textWidth, { fontSize: 15, bold: true }), ...lines.map((l) => fitted(l, textWidth, small))] };
  const row: Content = shop.logoDataUrl
    ? { columns: [{ image: LOGO_IMAGE, fit: [54, 54], width: 60 }, { ...text, width: '*' }], columnGap: 8 }
    : text;
  return {
    stack: [row, { canvas: [{ type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 0.8, lineColor: RULE }], margin: [0, 0, 0, 10] }],
  };
}

/**
 * A footer with "Página n de m" counted within one section (one letter of a batch), plus a
 * left label. pdfmake adds footers after laying out every page, and calls each section's
 * background once per page while laying it out, so the background records the section's pages.
 */
export function sectionPaging(leftLabel: string, margin: number): { background: DynamicBackground; footer: DynamicContent } {
  const pages: number[] = [];
  return {
    background: (page: number) => {
      if (!pages.includes(page)) pages.push(page);
      return null;
    },
    footer: (page: number) => {
      const index = pages.indexOf(page);
      const n = index < 0 ? 1 : index + 1;
      const total = Math.max(pages.length, 1);
      const small = { fontSize: 7.5, color: MUTED };
      const width = A4.width - 2 * margin;
      const b = new FlowBlock();
      b.fit(0, 0, width - 96, leftLabel, small);
      b.textRight(width, 0, `Página ${n} de ${total}`, small);
      return { stack: [b.build(10)], margin: [margin, 12, margin, 0] };
    },
  };
}

/** Room a heading needs below it: itself and a few lines of what it introduces. */
const KEEP_WITH_NEXT_PT = 60;

/** Points between where a node starts and the foot of its page's content area. */
function roomBelow(n: Node): number {
  const p = n.startPosition;
  return p.pageInnerHeight * (1 - p.verticalRatio);
}

/** Marks a heading (or a line that introduces what follows) to be kept with the next node:
 *  left alone at a page's foot, it moves to the next page (a4Document's pageBreakBefore). */
export function keepWithNext<T extends object>(node: T): T & { headlineLevel: number } {
  return { ...node, headlineLevel: 1 };
}

/** Common document skeleton (A4, Roboto, metadata). */
export function a4Document(title: string, shop: ShopProfileDoc, content: Content, margins: [number, number, number, number]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: margins,
    info: { title, author: shopDisplayName(shop), creator: 'Caderneta', producer: 'Caderneta' },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    images: imagesOf(shop),
    content,
    // A heading that starts less than KEEP_WITH_NEXT_PT above the page's foot starts the next
    // page (pdfmake's list of the nodes "following on the page" also holds the page's header and
    // footer, so the room left is what tells).
    pageBreakBefore: (node) => node.headlineLevel === 1 && roomBelow(node) < KEEP_WITH_NEXT_PT,
  };
}
