// The table of open installments (letters, agreements, statements, dossier), laid out by hand
// in a FlowBlock: a pdfmake table of a few rows costs more than the rest of a letter.
import type { Content } from 'pdfmake/interfaces';
import { FlowBlock } from './draw/block';
import { lineHeight } from './draw/form';
import { brl, chargesOf, dateBR, totalDue } from './format';
import { keepWithNext, NO_LINES, RULE, SHADE } from './layout';
import type { InstallmentDoc } from './types';

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

interface Col {
  title: string;
  /** Width in pt; the sale column takes what is left. */
  width: number;
  align: 'left' | 'right' | 'center';
}

const PAD = 4;
const FS = 8.5;
const TH = 8;

/** Rows per drawn block: a long list breaks across pages between blocks, instead of moving
 *  whole to the next page (the blocks join without a gap). */
const ROWS_PER_BLOCK = 2;

/** Open installments with days late, fine, interest and total, plus a totals row, `width` pt wide. */
export function installmentsTable(list: readonly InstallmentDoc[], width = 483, opts: { showSale?: boolean; caption?: Content } = {}): Content {
  const showSale = opts.showSale ?? true;
  // A short list is one block, the column titles drawn with it.
  if (list.length <= ROWS_PER_BLOCK) {
    const block = tableBlock(list, list, width, showSale, true);
    return opts.caption ? { stack: [{ unbreakable: true, stack: [opts.caption, block] }] } : block;
  }
  const rows: Content[][] = [];
  for (let k = 0; k < list.length; k += ROWS_PER_BLOCK) {
    rows.push([tableBlock(list.slice(k, k + ROWS_PER_BLOCK), k + ROWS_PER_BLOCK >= list.length ? list : null, width, showSale, false)]);
  }
  const table: Content = {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [width], body: [[tableBlock([], null, width, showSale, true)], ...rows] },
    // The blocks of a long list in a one-column table, the column titles as its header row:
    // pdfmake draws it again at the top of every page the list goes on to.
    layout: NO_LINES,
  };
  // A caption (the line that introduces the table) stays on the page of the first rows.
  return opts.caption ? { stack: [keepWithNext(opts.caption as object) as Content, table] } : table;
}

/** One drawn block of the table: the header (first block), `list`'s rows, and the totals of
 *  `totalOf` (none for a block that is not the last). */
function tableBlock(list: readonly InstallmentDoc[], totalOf: readonly InstallmentDoc[] | null, width: number, showSale: boolean, header = true): Content {
  const fixed: Col[] = [
    { title: 'Vencimento', width: 58, align: 'center' },
    { title: 'Dias', width: 30, align: 'right' },
    { title: 'Em aberto', width: 62, align: 'right' },
    { title: 'Multa', width: 50, align: 'right' },
    { title: 'Juros', width: 50, align: 'right' },
    { title: 'Total', width: 64, align: 'right' },
  ];
  const first: Col = { title: 'Parcela', width: 40, align: 'left' };
  const rest = width - first.width - fixed.reduce((a, c) => a + c.width, 0);
  const cols: Col[] = showSale ? [first, { title: 'Compra', width: rest, align: 'left' }, ...fixed] : [{ ...first, width: first.width + rest }, ...fixed];
  const xs: number[] = [];
  cols.reduce((x, c) => (xs.push(x), x + c.width), 0);
  const b = new FlowBlock();
  const cell = (k: number, y: number, text: string, bold = false, size = FS): void => {
    const c = cols[k];
    const x = xs[k] ?? 0;
    if (!c) return;
    const s = { fontSize: size, bold };
    if (c.align === 'right') b.textRight(x + c.width - PAD, y, text, s);
    else if (c.align === 'center') b.textCenter(x + c.width / 2, y, text, s);
    else b.fit(x + PAD, y, c.width - 2 * PAD, text, s);
  };
  const lh = lineHeight(FS);
  let y = 0;
  if (header) {
    const headH = lineHeight(TH) + 2 * PAD - 2;
    b.fill(0, 0, width, headH, SHADE);
    cols.forEach((c, k) => cell(k, PAD - 1, c.title, true, TH));
    y = headH;
    b.rule(0, 0, width, 0, 0.8, RULE);
    b.rule(0, y, width, y, 0.8, RULE);
  }
  for (const i of list) {
    const c = chargesOf(i);
    const values = [dateBR(i.dueDate), c.daysLate > 0 ? String(c.daysLate) : '—', brl(i.openCents), brl(c.fine), brl(c.interest), brl(totalDue(i))];
    const top = y + PAD - 1;
    let h = lh;
    cell(0, top, `${i.number}/${i.count}`);
    if (showSale) {
      const sale = [i.saleDescription ?? '', i.saleDate ? `(${dateBR(i.saleDate)})` : ''].filter((s) => s !== '').join(' ');
      h = b.wrap((xs[1] ?? 0) + PAD, top, (cols[1]?.width ?? 0) - 2 * PAD, sale, { fontSize: FS }, 2) || lh;
    }
    const offset = showSale ? 2 : 1;
    values.forEach((v, k) => cell(k + offset, top, v, k === values.length - 1));
    y += h + 2 * PAD - 2;
    b.rule(0, y, width, y, 0.3, RULE);
  }
  const top0 = header ? 4 : 0;
  if (!totalOf) return { stack: [b.build(y)], margin: [0, top0, 0, 0] };
  const t = installmentTotals(totalOf);
  const top = y + PAD - 1;
  cell(0, top, 'Total', true);
  const offset = showSale ? 2 : 1;
  [brl(t.openCents), brl(t.fineCents), brl(t.interestCents), brl(t.totalCents)].forEach((v, k) => cell(k + offset + 2, top, v, true));
  y += lh + 2 * PAD - 2;
  b.rule(0, y, width, y, 0.8, RULE);
  return { stack: [b.build(y + 1)], margin: [0, top0, 0, 10] };
}
