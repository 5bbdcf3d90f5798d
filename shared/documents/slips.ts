// Carnê: boleto-style payment slips, 3 per A4 page with cut marks. Each slip has a stub
// (canhoto) the customer keeps, with the Code 128 reference the counter scans, and the
// payment part with the shop (CDC art. 42-A), the customer, due date, amount, plain-words
// instructions, a static Pix QR with the amount, and either the "not a boleto" notice or, when
// the installment has a valid registered bank boleto, its digitable line and barcode.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { A4, DEFAULT_STYLE, RULE, imagesOf } from './layout';
import { shopDisplayName } from './format';
import { slipMain, slipStub, type SlipContext } from './slip-parts';
import type { SlipsData } from './types';

export const SLIPS_PER_PAGE = 3;
const SLIP_HEIGHT = A4.height / SLIPS_PER_PAGE;
const LEFT = 20;
const STUB_WIDTH = 150;
const GAP = 14;
const MAIN_WIDTH = A4.width - LEFT * 2 - STUB_WIDTH - GAP;

/** Dashed cut lines between slips and between stub and payment part. */
function cutMarks(k: number): Content[] {
  const top = k * SLIP_HEIGHT;
  const xCut = LEFT + STUB_WIDTH + GAP / 2;
  const marks: Content[] = [
    {
      absolutePosition: { x: 0, y: top + 10 },
      canvas: [{ type: 'line', x1: xCut, y1: 0, x2: xCut, y2: SLIP_HEIGHT - 20, lineWidth: 0.5, lineColor: RULE, dash: { length: 3, space: 2 } }],
    },
  ];
  if (k > 0) {
    marks.push({
      absolutePosition: { x: 0, y: top },
      canvas: [{ type: 'line', x1: 6, y1: 0, x2: A4.width - 6, y2: 0, lineWidth: 0.6, lineColor: RULE, dash: { length: 4, space: 3 } }],
    });
    marks.push({ absolutePosition: { x: 8, y: top - 8 }, text: 'corte aqui', fontSize: 5.5, color: RULE });
  }
  return marks;
}

/** One A4 page of slips (up to 3). */
function slipPage(ctx: SlipContext, data: SlipsData, first: number, pageIndex: number): Content {
  const nodes: Content[] = [];
  for (let k = 0; k < SLIPS_PER_PAGE; k++) {
    const slip = data.slips[first + k];
    if (!slip) break;
    nodes.push(...cutMarks(k), {
      absolutePosition: { x: LEFT, y: k * SLIP_HEIGHT + 14 },
      columns: [
        { width: STUB_WIDTH, stack: slipStub(ctx, slip, STUB_WIDTH) },
        { width: MAIN_WIDTH, stack: slipMain(ctx, slip, MAIN_WIDTH) },
      ],
      columnGap: GAP,
    });
  }
  return pageIndex === 0 ? { stack: nodes } : { stack: nodes, pageBreak: 'before' };
}

/** The carnê / batch of slips as a pdfmake document definition. */
export function slipsDocument(data: SlipsData): TDocumentDefinitions {
  const ctx: SlipContext = { shop: data.shop, policy: data.policy, issuedOn: data.issuedOn };
  const pages: Content[] = [];
  for (let first = 0, p = 0; first < data.slips.length; first += SLIPS_PER_PAGE, p++) {
    pages.push(slipPage(ctx, data, first, p));
  }
  return {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    info: { title: 'Carnê de pagamento', author: shopDisplayName(data.shop), creator: 'Caderneta', producer: 'Caderneta' },
    defaultStyle: { ...DEFAULT_STYLE, fontSize: 8 },
    images: imagesOf(data.shop),
    content: pages.length > 0 ? pages : [{ text: 'Nenhuma parcela selecionada.' }],
  };
}
