// Receipt (recibo) with the amount in words: on an 80 mm thermal roll, or on A4 with two
// halves (customer's copy and shop's copy) to cut apart.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amountInWords } from '../money/words';
import { addressLine, brl, contactLine, dateBR, documentLabel, longDateBR, shopDisplayName } from './format';
import { A4, DEFAULT_STYLE, LIST_LAYOUT, MM, MUTED, RULE, STYLES, imagesOf, letterhead } from './layout';
import { para } from './text';
import type { ReceiptData, ReceiptLine } from './types';

function lineTotal(l: ReceiptLine): number {
  return l.principalCents + l.fineCents + l.interestCents - (l.discountCents ?? 0);
}

/** "Parcela 2/6 ... R$ 103,43 (principal R$ 100,00 + multa R$ 2,00 + juros R$ 1,43)". */
function lineDetail(l: ReceiptLine): string {
  const extras: string[] = [];
  if (l.fineCents > 0) extras.push(`multa ${brl(l.fineCents)}`);
  if (l.interestCents > 0) extras.push(`juros ${brl(l.interestCents)}`);
  if ((l.discountCents ?? 0) > 0) extras.push(`desconto ${brl(l.discountCents ?? 0)}`);
  return extras.length > 0 ? `principal ${brl(l.principalCents)} + ${extras.join(' + ')}`.replace('+ desconto', '- desconto') : '';
}

/** The payment method inside a sentence: "em dinheiro", "em Pix" (a name keeps its capital). */
function methodInText(method: string): string {
  return method === 'Pix' ? method : method.toLowerCase();
}

function statement(d: ReceiptData): string {
  const doc = documentLabel(d.customer.document);
  return (
    `Recebemos de ${d.customer.name.trim()}${doc ? `, ${doc},` : ''} a importância de ${brl(d.amountCents)} ` +
    `(${amountInWords(d.amountCents)}), em ${methodInText(d.method)}, referente a:`
  );
}

function linesTable(d: ReceiptData, fontSize: number): Content {
  const body = d.lines.map((l) => {
    const detail = lineDetail(l);
    return [
      { stack: [para(l.label, { fontSize }), ...(detail ? [para(detail, { fontSize: fontSize - 1.5, color: MUTED })] : [])] },
      para(brl(lineTotal(l)), { fontSize, alignment: 'right' }),
    ];
  });
  return { table: { widths: ['*', 'auto'], body }, layout: LIST_LAYOUT, margin: [0, 4, 0, 6] };
}

function totals(d: ReceiptData, fontSize: number): Content[] {
  const rows: Content[] = [
    { columns: [para('Total pago', { fontSize: fontSize + 1, bold: true }), para(brl(d.amountCents), { fontSize: fontSize + 1, bold: true, alignment: 'right' })] },
  ];
  if (d.changeCents && d.changeCents > 0) rows.push({ columns: [para('Troco', { fontSize }), para(brl(d.changeCents), { fontSize, alignment: 'right' })] });
  if (d.remainingCents !== undefined && d.remainingCents !== null) {
    rows.push({ columns: [para(`Saldo devedor em ${dateBR(d.date)}, após este pagamento (com multa e juros)`, { fontSize }), para(brl(d.remainingCents), { fontSize, alignment: 'right' })] });
  }
  return rows;
}

function signatureLine(d: ReceiptData, width: number, fontSize: number): Content {
  return {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: '#000000' }], margin: [0, 28, 0, 2] },
      para(`${d.shop.name.trim()} — ${documentLabel(d.shop.document)}`, { fontSize: fontSize - 1, alignment: 'center' }),
    ],
  };
}

function thermal(d: ReceiptData): TDocumentDefinitions {
  const width = 80 * MM;
  const margin = 4 * MM;
  const inner = width - 2 * margin;
  const fs = 8;
  const center = (text: string, size = fs, bold = false): Content => para(text, { fontSize: size, bold, alignment: 'center' });
  const content: Content[] = [
    center(shopDisplayName(d.shop), 11, true),
    center([d.shop.tradeName ? d.shop.name : '', documentLabel(d.shop.document)].filter((s) => s.trim() !== '').join(' · '), 7),
    center(addressLine(d.shop.address), 7),
    center(contactLine(d.shop.phone, d.shop.email), 7),
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: inner, y2: 4, lineWidth: 0.5, lineColor: RULE, dash: { length: 2 } }], margin: [0, 0, 0, 6] },
    center(`RECIBO Nº ${d.number}`, 10, true),
    center(`${dateBR(d.date)}${d.time ? ` às ${d.time}` : ''}`, 8),
    para(statement(d), { fontSize: fs, margin: [0, 6, 0, 0] }),
    linesTable(d, fs),
    ...totals(d, fs),
    ...(d.notes ? [para(d.notes, { fontSize: 7, color: MUTED, margin: [0, 4, 0, 0] })] : []),
    signatureLine(d, inner, fs),
    center('Obrigado pela preferência!', 8, true),
  ];
  return {
    pageSize: { width, height: 'auto' },
    pageMargins: [margin, 4 * MM, margin, 6 * MM],
    info: { title: `Recibo ${d.number}`, author: shopDisplayName(d.shop), creator: 'Caderneta', producer: 'Caderneta' },
    defaultStyle: { ...DEFAULT_STYLE, fontSize: fs },
    content,
  };
}

const HALF = A4.height / 2;
const SIDE = 40;

function halfA4Copy(d: ReceiptData, copy: string, top: number): Content {
  const width = A4.width - 2 * SIDE;
  const fs = 9.5;
  return {
    absolutePosition: { x: SIDE, y: top + 28 },
    // A fixed-width column: an absolutely placed node would otherwise run to the page edge.
    columns: [{ width, stack: [
      letterhead(d.shop, width),
      {
        columns: [
          para(`RECIBO Nº ${d.number}`, { fontSize: 13, bold: true }),
          para(`${brl(d.amountCents)}`, { fontSize: 13, bold: true, alignment: 'right' }),
        ],
      },
      para(copy, { fontSize: 7.5, color: MUTED, margin: [0, 0, 0, 6] }),
      para(statement(d), { fontSize: fs, lineHeight: 1.15 }),
      linesTable(d, fs - 0.5),
      ...totals(d, fs - 0.5),
      {
        columns: [
          para(`${d.shop.address?.city.trim() ? `${d.shop.address.city.trim()}, ` : ''}${longDateBR(d.date)}.`, { fontSize: fs, margin: [0, 28, 0, 0] }),
          { width: 230, stack: [signatureLine(d, 230, fs)] },
        ],
      },
    ] }],
  };
}

function halfA4(d: ReceiptData): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    info: { title: `Recibo ${d.number}`, author: shopDisplayName(d.shop), creator: 'Caderneta', producer: 'Caderneta' },
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES,
    images: imagesOf(d.shop),
    content: [
      halfA4Copy(d, 'Via do cliente', 0),
      { absolutePosition: { x: 0, y: HALF }, canvas: [{ type: 'line', x1: 12, y1: 0, x2: A4.width - 12, y2: 0, lineWidth: 0.6, lineColor: RULE, dash: { length: 4, space: 3 } }] },
      { absolutePosition: { x: 14, y: HALF - 9 }, text: 'corte aqui', fontSize: 6, color: RULE },
      halfA4Copy(d, 'Via da loja', HALF),
    ],
  };
}

/** A receipt in the chosen format. */
export function receiptDocument(d: ReceiptData): TDocumentDefinitions {
  return d.format === 'thermal80' ? thermal(d) : halfA4(d);
}
