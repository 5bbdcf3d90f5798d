// Blocks naming the parties (creditor and debtor) of formal documents, and signature lines.
import type { Content } from 'pdfmake/interfaces';
import { addressLine, contactLine, documentLabel, partyContactLine } from './format';
import { MUTED } from './layout';
import { para } from './text';
import type { PartyDoc, ShopProfileDoc } from './types';

export function creditorBlock(title: string, shop: ShopProfileDoc): Content {
  return {
    stack: [
      para(title, { fontSize: 8, bold: true, color: MUTED }),
      para(shop.name.trim(), { fontSize: 10.5, bold: true }),
      para([documentLabel(shop.document), addressLine(shop.address)].filter((s) => s !== '').join(' — '), { fontSize: 9.5 }),
      ...(contactLine(shop.phone, shop.email) ? [para(contactLine(shop.phone, shop.email), { fontSize: 9.5 })] : []),
    ],
    margin: [0, 0, 0, 8],
  };
}

export function debtorBlock(title: string, p: PartyDoc): Content {
  const contacts = partyContactLine(p);
  return {
    stack: [
      para(title, { fontSize: 8, bold: true, color: MUTED }),
      para(p.name.trim(), { fontSize: 10.5, bold: true }),
      para([documentLabel(p.document) || 'CPF não informado', addressLine(p.address) || 'endereço não informado'].join(' — '), { fontSize: 9.5 }),
      ...(contacts ? [para(contacts, { fontSize: 9.5 })] : []),
    ],
    margin: [0, 0, 0, 8],
  };
}

/** A signature line with the signer's name and an optional second line. */
export function signatureBox(name: string, detail = '', width = 220): Content {
  return {
    unbreakable: true,
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: '#000000' }], margin: [0, 30, 0, 2] },
      para(name, { fontSize: 9, bold: true }),
      ...(detail ? [para(detail, { fontSize: 8, color: MUTED })] : []),
    ],
  };
}

/** Page footer with a label and "Página n de m" (whole document). */
export function documentFooter(label: string, margin: number) {
  return (page: number, pages: number): Content => ({
    columns: [para(label, { fontSize: 7.5, color: MUTED }), { width: 70, ...para(`Página ${page} de ${pages}`, { fontSize: 7.5, color: MUTED, alignment: 'right' }) }],
    margin: [margin, 14, margin, 0],
  });
}
