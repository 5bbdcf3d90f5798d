// Collection letters (one per stage), single or in batches: each letter is a pdfmake section
// with the shop's letterhead, a "to pay" box with the total, deadline and Pix QR on the first
// page, place and date, addressee, title, the template text with the table of installments,
// signature line and "Página n de m" counted per letter.
import type { Content, ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';
import { qrStamp } from '../draw/qr';
import { StampSheet } from '../draw/stamps';
import { assertShopProfileComplete } from '../errors';
import { addressLine, brl, cityLine, dateBR, documentLabel, longDateBR, shopDisplayName, streetLine } from '../format';
import { A4, DEFAULT_STYLE, MUTED, RULE, STYLES, imagesOf, letterhead, sectionPaging } from '../layout';
import { shopPixPayload } from '../pix';
import { installmentTotals, installmentsTable } from '../tables';
import { line, para, wrapped } from '../text';
import type { LetterData, LettersData } from '../types';

export type { LettersData } from '../types';
import { fillLetterText, letterFields } from './fill';
import { LETTER_LABELS } from './templates';

const M = 56;
const TOP = 120;
const BOX_WIDTH = 150;
const BOX_TOP = TOP + 2;
const QR = 96;
const CONTENT_WIDTH = A4.width - 2 * M;

/** The "to pay" box in the top right corner of the first page. */
function payBox(sheet: StampSheet, d: LetterData, totalCents: number): { nodes: Content[]; height: number } {
  const x = A4.width - M - BOX_WIDTH;
  const cx = x + BOX_WIDTH / 2;
  const txid = d.number ? `CAD${d.number.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 25) : undefined;
  const pix = shopPixPayload(d.shop, totalCents, txid);
  const nodes: Content[] = [];
  const centered = (y: number, text: string, fontSize: number, bold = false, color?: string): void => {
    nodes.push({ absolutePosition: { x, y }, columns: [{ width: BOX_WIDTH, ...line(text, { fontSize, bold, alignment: 'center', ...(color ? { color } : {}) }) }] });
  };
  let y = BOX_TOP + 8;
  centered(y, 'PARA PAGAR', 7.5, true, MUTED);
  y += 11;
  centered(y, brl(totalCents), 14, true);
  y += 18;
  centered(y, `valor em ${dateBR(d.date)}`, 7, false, MUTED);
  y += 10;
  centered(y, `pague até ${dateBR(d.deadline)}`, 8.5, true);
  y += 14;
  if (pix) {
    nodes.push(qrStamp(sheet, pix, cx - QR / 2, y, QR, 2));
    y += QR + 2;
    centered(y, 'Pix: aponte a câmera do celular', 7, false, MUTED);
    y += 12;
  } else {
    centered(y, 'Pague no caixa da loja.', 8);
    y += 14;
  }
  const height = y - BOX_TOP;
  nodes.unshift({ absolutePosition: { x: 0, y: 0 }, canvas: [{ type: 'rect', x, y: BOX_TOP, w: BOX_WIDTH, h: height, r: 4, lineColor: RULE, lineWidth: 0.8 }] });
  return { nodes, height };
}

function addressee(d: LetterData): Content[] {
  const c = d.customer;
  const a = c.address;
  const place = d.shop.address?.city.trim() ?? '';
  const lines: Content[] = [
    para(`${place !== '' ? `${place}, ` : ''}${longDateBR(d.date)}.`, { fontSize: 10, margin: [0, 0, 0, 14] }),
    line('A(o) Sr(a).', { fontSize: 9, color: MUTED }),
    para(c.name, { fontSize: 10.5, bold: true }),
  ];
  const doc = documentLabel(c.document);
  if (doc) lines.push(para(doc, { fontSize: 9.5 }));
  if (a) {
    const street = streetLine(a);
    if (street) lines.push(para(street, { fontSize: 9.5 }));
    const city = cityLine(a);
    if (city) lines.push(para(city, { fontSize: 9.5 }));
  }
  return lines;
}

function signature(d: LetterData): Content {
  return {
    unbreakable: true,
    stack: [
      para('Atenciosamente,', { fontSize: 10, margin: [0, 4, 0, 26] }),
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.6, lineColor: '#000000' }] },
      para(d.signatory?.trim() || d.shop.name.trim(), { fontSize: 10, bold: true, margin: [0, 3, 0, 0] }),
      para([documentLabel(d.shop.document), addressLine(d.shop.address)].filter((s) => s !== '').join(' · '), { fontSize: 8.5, color: MUTED }),
    ],
  };
}

function body(d: LetterData): Content[] {
  const fields = letterFields(d);
  const out: Content[] = [];
  for (const raw of d.template.body.split(/\n\s*\n/)) {
    const text = raw.trim();
    if (text === '') continue;
    if (text === '{tabela}' || text === '{parcelas}') {
      out.push(installmentsTable(d.installments, CONTENT_WIDTH));
      continue;
    }
    // Wrapped here, one node per line: far cheaper for pdfmake than a paragraph of words.
    out.push(wrapped(fillLetterText(text, fields), CONTENT_WIDTH, { fontSize: 10, lineHeight: 1.16, margin: [0, 0, 0, 6] }));
  }
  return out;
}

/** One letter as a section (its own letterhead, paging and "to pay" box). */
export function letterSection(sheet: StampSheet, d: LetterData, onFirstPage?: () => void): ContentSection {
  assertShopProfileComplete(d.shop);
  const total = installmentTotals(d.installments).totalCents;
  const box = payBox(sheet, d, total);
  const label = LETTER_LABELS[d.template.kind];
  const paging = sectionPaging(
    [d.number ? `${label} nº ${d.number}` : label, `emitida em ${dateBR(d.date)}`, shopDisplayName(d.shop)].join(' · '),
    M,
  );
  let started = false;
  return {
    section: [
      ...box.nodes,
      {
        columns: [
          { width: '*', stack: addressee(d) },
          { width: BOX_WIDTH + 12, canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0, y2: box.height + 8, lineWidth: 0, lineColor: '#ffffff' }] },
        ],
      },
      para(fillLetterText(d.template.title, letterFields(d)).toUpperCase(), { fontSize: 12, bold: true, alignment: 'center', margin: [0, 6, 0, 10] }),
      ...body(d),
      signature(d),
    ],
    pageMargins: [M, TOP, M, 50],
    // A fresh letterhead per page: pdfmake moves the vectors of the nodes it lays out.
    header: () => ({ stack: [letterhead(d.shop, CONTENT_WIDTH)], margin: [M, 30, M, 0] }),
    footer: paging.footer,
    background: (page, size) => {
      if (!started) {
        started = true;
        onFirstPage?.();
      }
      return paging.background(page, size);
    },
  };
}


/** One or many letters in one PDF (one section each). Throws DocumentError when the shop profile is incomplete. */
export function lettersDocument(data: LettersData, onProgress?: (done: number, total: number) => void): TDocumentDefinitions {
  const sheet = new StampSheet();
  const total = data.letters.length;
  let done = 0;
  const sections = data.letters.map((d) => letterSection(sheet, d, () => onProgress?.(++done, total)));
  const first = data.letters[0];
  const shop = first?.shop;
  return {
    pageSize: 'A4',
    pageMargins: [M, TOP, M, 50],
    info: {
      title: first ? (total === 1 ? LETTER_LABELS[first.template.kind] : `Cartas de cobrança (${total})`) : 'Cartas',
      author: shop ? shopDisplayName(shop) : 'Caderneta',
      creator: 'Caderneta',
      producer: 'Caderneta',
    },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    images: shop ? imagesOf(shop) : {},
    patterns: sheet.patterns,
    content: sections.length > 0 ? sections : [{ text: 'Nenhuma carta selecionada.' }],
  };
}
