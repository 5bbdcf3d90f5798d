// The payment part of a slip: shop, customer, due date, amount, instructions, Pix QR, and the
// "not a boleto" notice or the registered boleto's digitable line and bar code.
import { interleaved2of5Ops } from './draw/barcode';
import type { FormPage } from './draw/form';
import { qrOps } from './draw/qr';
import { addressLine, brl, contactLine, dateBR, documentLabel, shopDisplayName } from './format';
import { LOGO_IMAGE, MM, MUTED } from './layout';
import { textWidth } from './metrics';
import { boxField, boxFieldHeight, type Frame, type PreparedSlip, type SlipContext } from './slip-common';
import { NOT_A_BOLETO, WEEKEND_RULE, lateChargesInstruction } from './slip-text';

const QR_SIZE = 96;
const GAP = 6;
const RIGHT_BOX = 92;
const HEADER = 42;
const BOLETO_LINE = 14;
/** Top of the bottom row (notice or boleto bar code), from the top of the slip. */
const BOTTOM_TOP = 214;

function header(page: FormPage, ctx: SlipContext, p: PreparedSlip, f: Frame): void {
  const shop = ctx.shop;
  const i = p.slip.installment;
  const logo = shop.logoDataUrl ? 36 : 0;
  if (logo) page.content(f.x, f.y, { image: LOGO_IMAGE, fit: [30, 30] });
  const x = f.x + logo;
  const w = f.width - RIGHT_BOX - GAP - logo;
  const small = { fontSize: 6.5, color: MUTED };
  const legal = shop.tradeName && shop.tradeName.trim() !== '' ? shop.name : '';
  let y = f.y;
  y += page.fit(x, y, w, shopDisplayName(shop), { fontSize: 10, bold: true });
  y += page.fit(x, y, w, [legal, documentLabel(shop.document)].filter((s) => s.trim() !== '').join(' · '), small);
  y += page.fit(x, y, w, addressLine(shop.address), small);
  page.fit(x, y, w, contactLine(shop.phone, shop.email), small);
  const right = f.x + f.width;
  const h = page.textRight(right, f.y, `PARCELA ${i.number}/${i.count}`, { fontSize: 11, bold: true });
  page.textRight(right, f.y + h, 'Carnê de pagamento', small);
}

function instructions(ctx: SlipContext, p: PreparedSlip): string[] {
  const i = p.slip.installment;
  const texts: string[] = [];
  if (p.updatedOn && i.charges) {
    texts.push(
      `Parcela vencida: valor atualizado até ${dateBR(p.updatedOn)} com multa de ${brl(i.charges.fineCents)} e juros de ${brl(i.charges.interestCents)} (${i.charges.daysLate} dias).`,
    );
  } else {
    texts.push(lateChargesInstruction(ctx.policy, i.openCents), WEEKEND_RULE);
  }
  texts.push(p.pix ? 'Pague com Pix apontando a câmera do celular para o QR code, ou no caixa da loja.' : 'Pague no caixa da loja.');
  if (i.saleDescription) texts.push(`Compra: ${i.saleDescription}${i.saleDate ? ` em ${dateBR(i.saleDate)}` : ''}`);
  return texts;
}

/** The boxes: beneficiary and due date, payer and amount, instructions. Returns the bottom y. */
function grid(page: FormPage, ctx: SlipContext, p: PreparedSlip, x: number, y: number, width: number): number {
  const c = p.slip.customer;
  const lw = width - RIGHT_BOX;
  const rx = x + lw;
  const amount = { fontSize: 10, bold: true };
  const rightValue = (text: string) => (vx: number, top: number, vw: number) => page.textRight(vx + vw, top, text, amount);
  const beneficiary = `${ctx.shop.name} — ${documentLabel(ctx.shop.document)}`;
  // Each row is as tall as the taller of its two boxes (the amounts' larger type included), so
  // the right column's boxes never overlap the row below.
  const rightH = boxFieldHeight(amount.fontSize);
  const leftH1 = boxField(page, x, y, lw, 'Beneficiário', (vx, top, vw) => page.wrap(vx, top, vw, beneficiary, { fontSize: 7.5 }, 2), rightH);
  boxField(page, rx, y, RIGHT_BOX, 'Vencimento', rightValue(dateBR(p.slip.installment.dueDate)), leftH1);
  let cy = y + leftH1;
  const payer = [c.name, documentLabel(c.document)].filter((s) => s !== '').join(' — ');
  const leftH2 = boxField(page, x, cy, lw, 'Pagador', (vx, top, vw) => {
    const h = page.wrap(vx, top, vw, payer, { fontSize: 7.5, bold: true }, 2);
    return h + page.wrap(vx, top + h, vw, addressLine(c.address), { fontSize: 6.8 }, 2);
  }, rightH);
  boxField(page, rx, cy, RIGHT_BOX, p.updatedOn ? `Valor em ${dateBR(p.updatedOn)}` : 'Valor do documento', rightValue(brl(p.amountCents)), leftH2);
  cy += leftH2;
  const style = { fontSize: 6.8 };
  const indent = textWidth('• ', style.fontSize);
  cy += boxField(page, x, cy, width, 'Instruções', (vx, top, vw) => {
    let h = 0;
    for (const t of instructions(ctx, p)) {
      page.text(vx, top + h, '•', style);
      h += page.wrap(vx + indent, top + h, vw - indent, t, style, 2);
    }
    return h;
  });
  return cy;
}

const PIX_TEXT = { fontSize: 5.5, lineHeight: 1.05 };

/** `text` cut into lines no wider than `width` (the Pix payload has no spaces to break at). */
export function byWidth(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0; // widths add up character by character (no kerning)
  for (const ch of text) {
    const w = textWidth(ch, fontSize);
    if (line !== '' && used + w > width) {
      lines.push(line);
      line = ch;
      used = w;
    } else {
      line += ch;
      used += w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function pixBlock(page: FormPage, p: PreparedSlip, x: number, y: number): void {
  const center = x + QR_SIZE / 2;
  if (!p.pix) {
    page.textCenter(center, y + 30, 'Pix indisponível:', { fontSize: 7, color: MUTED });
    page.textCenter(center, y + 39, 'pague no caixa da loja.', { fontSize: 7, color: MUTED });
    return;
  }
  page.textCenter(center, y, 'PAGUE COM PIX', { fontSize: 7.5, bold: true });
  page.symbol(qrOps(p.pix, x, y + 10, QR_SIZE, 2));
  page.textCenter(center, y + 11 + QR_SIZE, `Identificador: ${p.txid}`, { fontSize: 5.5, color: MUTED });
}

function bottom(page: FormPage, p: PreparedSlip, f: Frame): void {
  const y = f.y + BOTTOM_TOP;
  if (p.boleto) {
    const barWidth = 103 * MM;
    page.symbol(interleaved2of5Ops(p.boleto.barcode, f.x, y, barWidth, 13 * MM));
    const note = 'Boleto registrado no banco: pague em qualquer banco, lotérica ou aplicativo, até o vencimento.';
    page.wrap(f.x + barWidth + 8, y, f.width - barWidth - 8, note, { fontSize: 6.5, color: MUTED }, 5);
    return;
  }
  page.box(f.x, y, f.width, 17);
  page.textCenter(f.x + f.width / 2, y + 3.5, NOT_A_BOLETO.toUpperCase(), { fontSize: 8.5, bold: true });
}

export function drawMain(page: FormPage, ctx: SlipContext, p: PreparedSlip, f: Frame): void {
  header(page, ctx, p, f);
  let top = f.y + HEADER;
  if (p.boleto) {
    page.text(f.x, f.y + HEADER - 2, `Banco ${p.boleto.bankCode}`, { fontSize: 9, bold: true });
    page.textRight(f.x + f.width, f.y + HEADER - 2, p.boleto.digitableLine, { fontSize: 9.5, bold: true, characterSpacing: 0.2 });
    top += BOLETO_LINE;
  }
  const gridWidth = f.width - QR_SIZE - GAP;
  let y = grid(page, ctx, p, f.x, top, gridWidth);
  pixBlock(page, p, f.x + f.width - QR_SIZE, top);
  if (p.pix) {
    y += page.text(f.x, y + 3, 'Pix copia e cola:', { fontSize: 6, color: MUTED }) + 3;
    // Broken by width under the boxes, clear of the QR code's column and its identifier.
    for (const chunk of byWidth(p.pix, gridWidth, PIX_TEXT.fontSize)) y += page.text(f.x, y, chunk, PIX_TEXT);
  }
  bottom(page, p, f);
}
