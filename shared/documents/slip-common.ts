// What both parts of a slip need: the context, the amount asked and the boleto, if any.
import { parseBoletoCode, type BoletoCode } from '../br/boleto';
import { lineHeight, type FormPage } from './draw/form';
import { totalDue } from './format';
import { MUTED } from './layout';
import { shopPixPayload } from './pix';
import { installmentReference, installmentTxid } from './reference';
import type { ChargesPolicyDoc, ShopProfileDoc, SlipDoc } from './types';

export interface SlipContext {
  shop: ShopProfileDoc;
  policy: ChargesPolicyDoc;
  issuedOn: string;
}

/** Page position of a slip part: left edge, top edge and width, in pt. */
export interface Frame {
  x: number;
  y: number;
  width: number;
}

/** Everything about one slip that both parts use, computed once. */
export interface PreparedSlip {
  slip: SlipDoc;
  amountCents: number;
  /** Date the amount was updated to (late installment), or null. */
  updatedOn: string | null;
  reference: string;
  txid: string;
  pix: string | null;
  boleto: BoletoCode | null;
}

export function prepareSlip(ctx: SlipContext, slip: SlipDoc): PreparedSlip {
  const amount = slipAmount(slip);
  const txid = installmentTxid(slip.installment.id);
  return {
    slip,
    amountCents: amount.cents,
    updatedOn: amount.updatedOn,
    reference: installmentReference(slip.installment.id),
    txid,
    pix: shopPixPayload(ctx.shop, amount.cents, txid),
    boleto: boletoOf(slip, ctx.issuedOn),
  };
}

/** What the slip asks for: the open amount, or the updated amount when already late. */
export function slipAmount(slip: SlipDoc): { cents: number; updatedOn: string | null } {
  const i = slip.installment;
  const late = i.charges && i.charges.fineCents + i.charges.interestCents > 0;
  return late && i.charges ? { cents: totalDue(i), updatedOn: i.charges.asOf } : { cents: i.openCents, updatedOn: null };
}

/** The installment's registered bank boleto, when its code is valid. */
export function boletoOf(slip: SlipDoc, today: string): BoletoCode | null {
  const code = slip.installment.boletoCode;
  if (!code) return null;
  try {
    return parseBoletoCode(code, { today });
  } catch {
    return null;
  }
}

/** Inner padding of a boleto-style box. */
export const PAD = 3;

/** The height boxField gives a caption over one line of `valueFontSize`. */
export function boxFieldHeight(valueFontSize: number): number {
  return 1.5 + lineHeight(6) + lineHeight(valueFontSize) + 2;
}

/**
 * A boleto-style box: small grey caption, then the value drawn by `draw(x, top, width)`
 * (which returns its height); the outline is drawn to fit. Returns the box height.
 */
export function boxField(
  page: FormPage,
  x: number,
  y: number,
  width: number,
  caption: string,
  draw: (x: number, top: number, width: number) => number,
  minHeight = 0,
): number {
  const capH = page.text(x + PAD, y + 1.5, caption, { fontSize: 6, color: MUTED });
  const h = Math.max(minHeight, 1.5 + capH + draw(x + PAD, y + 1.5 + capH, width - 2 * PAD) + 2);
  page.box(x, y, width, h);
  return h;
}
