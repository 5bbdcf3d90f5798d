// Carnê: boleto-style payment slips, 3 per A4 page with cut marks. Each slip has a stub
// (canhoto) the customer keeps, with the Code 128 reference the counter scans, and the
// payment part with the shop (CDC art. 42-A), the customer, due date, amount, plain-words
// instructions, a static Pix QR with the amount, and either the "not a boleto" notice or, when
// the installment has a valid registered bank boleto, its digitable line and bar code.
// The slip is a fixed form, laid out by hand (draw/form.ts) for speed.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FormPage } from './draw/form';
import { StampSheet } from './draw/stamps';
import { shopDisplayName } from './format';
import { A4, DEFAULT_STYLE, RULE, imagesOf } from './layout';
import { prepareSlip, type SlipContext } from './slip-common';
import { drawMain } from './slip-main';
import { drawStub } from './slip-stub';
import type { SlipsData } from './types';

export const SLIPS_PER_PAGE = 3;
const SLIP_HEIGHT = A4.height / SLIPS_PER_PAGE;
const LEFT = 20;
const STUB_WIDTH = 150;
const GAP = 14;
const MAIN_WIDTH = A4.width - LEFT * 2 - STUB_WIDTH - GAP;

/** Dashed cut lines between slips and between stub and payment part. */
function cutMarks(page: FormPage, k: number): void {
  const top = k * SLIP_HEIGHT;
  const x = LEFT + STUB_WIDTH + GAP / 2;
  page.rule(x, top + 10, x, top + SLIP_HEIGHT - 10, [3, 2]);
  if (k > 0) {
    page.rule(6, top, A4.width - 6, top, [4, 3]);
    page.text(8, top - 8, 'corte aqui', { fontSize: 5.5, color: RULE });
  }
}

/** One A4 page of slips (up to 3). */
function slipPage(ctx: SlipContext, sheet: StampSheet, data: SlipsData, first: number, pageIndex: number): Content {
  const page = new FormPage(sheet, A4.width, A4.height);
  for (let k = 0; k < SLIPS_PER_PAGE; k++) {
    const slip = data.slips[first + k];
    if (!slip) break;
    const top = k * SLIP_HEIGHT + 14;
    const p = prepareSlip(ctx, slip);
    cutMarks(page, k);
    drawStub(page, ctx, p, { x: LEFT, y: top, width: STUB_WIDTH });
    drawMain(page, ctx, p, { x: LEFT + STUB_WIDTH + GAP, y: top, width: MAIN_WIDTH });
  }
  const stack = page.finish(RULE);
  return pageIndex === 0 ? { stack } : { stack, pageBreak: 'before' };
}

/** The carnê / batch of slips as a pdfmake document definition. */
export function slipsDocument(data: SlipsData, onProgress?: (done: number, total: number) => void): TDocumentDefinitions {
  const sheet = new StampSheet();
  const ctx: SlipContext = { shop: data.shop, policy: data.policy, issuedOn: data.issuedOn };
  const total = data.slips.length;
  const pages: Content[] = [];
  for (let first = 0, p = 0; first < total; first += SLIPS_PER_PAGE, p++) {
    pages.push(slipPage(ctx, sheet, data, first, p));
  }
  return {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    info: { title: 'Carnê de pagamento', author: shopDisplayName(data.shop), creator: 'Caderneta', producer: 'Caderneta' },
    defaultStyle: { ...DEFAULT_STYLE, fontSize: 8 },
    images: imagesOf(data.shop),
    patterns: sheet.patterns,
    // Called once per page as pdfmake lays it out: a cheap progress signal for big batches.
    ...(onProgress
      ? {
          background: (page: number) => {
            onProgress(Math.min(page * SLIPS_PER_PAGE, total), total);
            return null;
          },
        }
      : {}),
    content: pages.length > 0 ? pages : [{ text: 'Nenhuma parcela selecionada.' }],
  };
}
