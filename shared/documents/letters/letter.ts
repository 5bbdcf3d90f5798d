// Collection letters (one per stage), single or in batches: each letter is a pdfmake section
// with the shop's letterhead, a "to pay" box with the total, deadline and Pix QR on the first
// page, place and date, addressee, title, the template text with the table of installments,
// signature line and "Página n de m" counted per letter.
import type { Content, ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FlowBlock } from '../draw/block';
import { qrStamp } from '../draw/qr';
import { StampSheet } from '../draw/stamps';
import { assertShopProfileComplete } from '../errors';
import { addressLine, brl, cityLine, dateBR, documentLabel, longDateBR, shopDisplayName, streetLine } from '../format';
import { A4, DEFAULT_STYLE, MUTED, RULE, STYLES, imagesOf, letterhead, sectionPaging } from '../layout';
import { shopPixPayload } from '../pix';
import { installmentTotals, installmentsTable } from '../tables';
import { para, wrapped } from '../text';
import type { LetterData, LettersData } from '../types';

export type { LettersData } from '../types';
import { fillLetterText, letterFields } from './fill';
import { LETTER_LABELS } from './templates';

const M = 56;
const TOP = 120;
const BOX_WIDTH = 150;
const QR = 96;
const CONTENT_WIDTH = A4.width - 2 * M;

const LEFT_WIDTH = CONTENT_WIDTH - BOX_WIDTH - 14;

/** The "to pay" box in the top right corner of the first page; returns its height. */
function payBox(b: FlowBlock, stamps: Content[], sheet: StampSheet, d: LetterData, totalCents: number): number {
  const x = CONTENT_WIDTH - BOX_WIDTH;
  const cx = x + BOX_WIDTH / 2;
  const txid = d.number ? `CAD${d.number.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 25) : undefined;
  const pix = shopPixPayload(d.shop, totalCents, txid);
  const muted = { color: MUTED };
  let y = 10;
  y += b.textCenter(cx, y, 'PARA PAGAR', { fontSize: 7.5, bold: true, ...muted }) + 2;
  y += b.textCenter(cx, y, brl(totalCents), { fontSize: 14, bold: true }) + 1;
  y += b.textCenter(cx, y, `valor em ${dateBR(d.date)}`, { fontSize: 7, ...muted }) + 2;
  y += b.textCenter(cx, y, `pague até ${dateBR(d.deadline)}`, { fontSize: 8.5, bold: true }) + 4;
  if (pix) {
    // The block is the first thing of the letter, so its top is the page's top margin. The
    // stamp stays outside the block: an unbreakable block would shift absolute positions.
    stamps.push(qrStamp(sheet, pix, M + cx - QR / 2, TOP + y, QR, 2));
    y += QR + 2;
    y += b.textCenter(cx, y, 'Pix: aponte a câmera do celular', { fontSize: 7, ...muted }) + 4;
  } else {
    y += b.textCenter(cx, y, 'Pague no caixa da loja.', { fontSize: 8 }) + 6;
  }
  b.box(x, 2, BOX_WIDTH, y - 2, RULE, 4);
  return y;
}

/** Place and date, and the addressee; returns the height. */
function addressee(b: FlowBlock, d: LetterData): number {
  const c = d.customer;
  const a = c.address;
  const place = d.shop.address?.city.trim() ?? '';
  let y = b.wrap(0, 0, LEFT_WIDTH, `${place !== '' ? `${place}, ` : ''}${longDateBR(d.date)}.`, { fontSize: 10 }, 2) + 14;
  y += b.text(0, y, 'A(o) Sr(a).', { fontSize: 9, color: MUTED });
  y += b.wrap(0, y, LEFT_WIDTH, c.name, { fontSize: 10.5, bold: true }, 2);
  const small = { fontSize: 9.5 };
  const doc = documentLabel(c.document);
  if (doc) y += b.text(0, y, doc, small);
  if (a) {
    y += b.wrap(0, y, LEFT_WIDTH, streetLine(a), small, 2);
    y += b.wrap(0, y, LEFT_WIDTH, cityLine(a), small, 2);
  }
  return y;
}

/** The opening of the first page: addressee on the left, the "to pay" box on the right. */
function opening(sheet: StampSheet, d: LetterData, totalCents: number): Content[] {
  const b = new FlowBlock();
  const stamps: Content[] = [];
  const h = Math.max(addressee(b, d), payBox(b, stamps, sheet, d, totalCents));
  return [...stamps, b.build(h + 8)];
}

function signature(d: LetterData): Content {
  const b = new FlowBlock();
  let y = 4 + b.text(0, 4, 'Atenciosamente,', { fontSize: 10 }) + 26;
  b.rule(0, y, 220, y, 0.6, '#000000');
  y += 3;
  y += b.fit(0, y, CONTENT_WIDTH, d.signatory?.trim() || d.shop.name.trim(), { fontSize: 10, bold: true });
  y += b.wrap(0, y, CONTENT_WIDTH, [documentLabel(d.shop.document), addressLine(d.shop.address)].filter((s) => s !== '').join(' · '), { fontSize: 8.5, color: MUTED }, 2);
  return b.build(y);
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
  const label = LETTER_LABELS[d.template.kind];
  const paging = sectionPaging(
    // Every page names its addressee: a second page on its own still says whose letter it is.
    [d.number ? `${label} nº ${d.number}` : label, `a ${d.customer.name.trim()}`, `emitida em ${dateBR(d.date)}`, shopDisplayName(d.shop)].join(' · '),
    M,
  );
  let started = false;
  return {
    section: [
      ...opening(sheet, d, total),
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
