// Tables shared by letters, agreements and the dossier.
import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import { brl, chargesOf, dateBR, totalDue } from './format';
import { LIST_LAYOUT } from './layout';
import { para } from './text';
import type { InstallmentDoc } from './types';

const TH = { fontSize: 8, bold: true };
const TD = { fontSize: 8.5 };
const th = (text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell => ({ ...para(text, { ...TH, alignment }), fillColor: '#e6e6e6' });
const td = (text: string, alignment: 'left' | 'right' | 'center' = 'left', bold = false): ContentText => para(text, { ...TD, alignment, bold });

export interface InstallmentTotals {
  openCents: number;
  fineCents: number;
  interestCents: number;
  totalCents: number;
}

export function installmentTotals(list: readonly InstallmentDoc[]): InstallmentTotals {
  let openCents = 0;
  let fineCents = 0;
  let interestCents = 0;
  for (const i of list) {
    const c = chargesOf(i);
    openCents += i.openCents;
    fineCents += c.fine;
    interestCents += c.interest;
  }
  return { openCents, fineCents, interestCents, totalCents: openCents + fineCents + interestCents };
}

/** Open installments with days late, fine, interest and total, plus a totals row. */
export function installmentsTable(list: readonly InstallmentDoc[], opts: { showSale?: boolean } = {}): Content {
  const showSale = opts.showSale ?? true;
  const header: TableCell[] = [
    th('Parcela'),
    ...(showSale ? [th('Compra')] : []),
    th('Vencimento', 'center'),
    th('Dias', 'right'),
    th('Em aberto', 'right'),
    th('Multa', 'right'),
    th('Juros', 'right'),
    th('Total', 'right'),
  ];
  const rows: TableCell[][] = list.map((i) => {
    const c = chargesOf(i);
    return [
      td(`${i.number}/${i.count}`),
      ...(showSale ? [td([i.saleDescription ?? '', i.saleDate ? `(${dateBR(i.saleDate)})` : ''].filter((s) => s !== '').join(' '))] : []),
      td(dateBR(i.dueDate), 'center'),
      td(c.daysLate > 0 ? String(c.daysLate) : '—', 'right'),
      td(brl(i.openCents), 'right'),
      td(brl(c.fine), 'right'),
      td(brl(c.interest), 'right'),
      td(brl(totalDue(i)), 'right', true),
    ];
  });
  const t = installmentTotals(list);
  const totals: TableCell[] = [
    { ...td('Total', 'left', true), colSpan: showSale ? 4 : 3 },
    ...Array.from({ length: showSale ? 3 : 2 }, (): TableCell => ({})),
    td(brl(t.openCents), 'right', true),
    td(brl(t.fineCents), 'right', true),
    td(brl(t.interestCents), 'right', true),
    td(brl(t.totalCents), 'right', true),
  ];
  const widths = showSale ? [34, '*', 50, 22, 54, 42, 42, 56] : [44, 60, 34, '*', 56, 56, 66];
  return { table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows, totals] }, layout: LIST_LAYOUT, margin: [0, 4, 0, 10] };
}
