// The two parts of one slip: the stub (canhoto) and the payment part.
import type { Column, Content, ContentStack, TableCellProperties } from 'pdfmake/interfaces';
import { parseBoletoCode, type BoletoCode } from '../br/boleto';
import { code128Canvas, interleaved2of5Canvas } from './draw/barcode';
import { qrCanvas } from './draw/qr';
import { addressLine, brl, clip, dateBR, documentLabel, contactLine, shopDisplayName, totalDue } from './format';
import { GRID_LAYOUT, INK, LOGO_IMAGE, MM, MUTED } from './layout';
import { shopPixPayload } from './pix';
import { formatReference, installmentReference, installmentTxid } from './reference';
import { NOT_A_BOLETO, WEEKEND_RULE, lateChargesInstruction } from './slip-text';
import type { ChargesPolicyDoc, ShopProfileDoc, SlipDoc } from './types';

export interface SlipContext {
  shop: ShopProfileDoc;
  policy: ChargesPolicyDoc;
  issuedOn: string;
}

const QR_SIZE = 96;

const label = (text: string): Content => ({ text, fontSize: 6, color: MUTED });
const field = (name: string, value: Content, extra: TableCellProperties = {}): ContentStack & TableCellProperties => ({
  stack: [label(name), value],
  ...extra,
});

/** What the slip asks for: the open amount, or the updated amount when already late. */
function slipAmount(slip: SlipDoc): { cents: number; updatedOn: string | null } {
  const i = slip.installment;
  const late = i.charges && i.charges.fineCents + i.charges.interestCents > 0;
  return late && i.charges ? { cents: totalDue(i), updatedOn: i.charges.asOf } : { cents: i.openCents, updatedOn: null };
}

function boletoOf(slip: SlipDoc, today: string): BoletoCode | null {
  const code = slip.installment.boletoCode;
  if (!code) return null;
  try {
    return parseBoletoCode(code, { today });
  } catch {
    return null;
  }
}

export function slipStub(ctx: SlipContext, slip: SlipDoc, width: number): Content[] {
  const i = slip.installment;
  const ref = installmentReference(i.id);
  const amount = slipAmount(slip);
  return [
    { text: 'CANHOTO DO CLIENTE', bold: true, fontSize: 6.5, color: MUTED },
    { text: clip(shopDisplayName(ctx.shop), 60), bold: true, fontSize: 8, margin: [0, 1, 0, 3] },
    {
      table: {
        widths: ['*', '*'],
        body: [
          [field('Parcela', { text: `${i.number}/${i.count}`, bold: true }), field('Vencimento', { text: dateBR(i.dueDate), bold: true })],
          [field(amount.updatedOn ? `Valor em ${dateBR(amount.updatedOn)}` : 'Valor', { text: brl(amount.cents), bold: true, fontSize: 9 }, { colSpan: 2 }), ''],
          [field('Cliente', { text: clip(slip.customer.name, 70) }, { colSpan: 2 }), ''],
          [field('Referência', { text: formatReference(ref), bold: true, characterSpacing: 0.3 }, { colSpan: 2 }), ''],
        ],
      },
      layout: GRID_LAYOUT,
    },
    { ...code128Canvas(ref, width, 11 * MM), margin: [0, 5, 0, 1] },
    { text: 'Pago em ____/____/________', fontSize: 7, margin: [0, 6, 0, 0] },
    { text: 'Visto do caixa: ____________________', fontSize: 7, margin: [0, 7, 0, 0] },
  ];
}

function mainHeader(ctx: SlipContext, slip: SlipDoc): Content {
  const shop = ctx.shop;
  const i = slip.installment;
  const identity: ContentStack = {
    stack: [
      { text: clip(shopDisplayName(shop), 70), bold: true, fontSize: 10 },
      { text: clip([shop.tradeName ? shop.name : '', documentLabel(shop.document)].filter((s) => s.trim() !== '').join(' · '), 110), fontSize: 6.5, color: MUTED },
      { text: clip(addressLine(shop.address), 130), fontSize: 6.5, color: MUTED },
      { text: contactLine(shop.phone, shop.email), fontSize: 6.5, color: MUTED },
    ],
  };
  const right: Column = {
    width: 92,
    stack: [
      { text: `PARCELA ${i.number}/${i.count}`, bold: true, fontSize: 11, alignment: 'right' },
      { text: 'Carnê de pagamento', fontSize: 6.5, color: MUTED, alignment: 'right' },
    ],
  };
  const main: Column = { stack: identity.stack, width: '*' };
  const cols: Column[] = shop.logoDataUrl ? [{ image: LOGO_IMAGE, fit: [30, 30], width: 34 }, main, right] : [main, right];
  return { columns: cols, columnGap: 6, margin: [0, 0, 0, 4] };
}

function instructions(ctx: SlipContext, slip: SlipDoc, pix: string | null): Content {
  const i = slip.installment;
  const lines: string[] = [];
  const amount = slipAmount(slip);
  if (amount.updatedOn && i.charges) {
    lines.push(
      `Parcela vencida: valor atualizado até ${dateBR(amount.updatedOn)} com multa de ${brl(i.charges.fineCents)} e juros de ${brl(i.charges.interestCents)} (${i.charges.daysLate} dias).`,
    );
  } else {
    lines.push(lateChargesInstruction(ctx.policy, i.openCents));
    lines.push(WEEKEND_RULE);
  }
  lines.push(pix ? 'Pague com Pix apontando a câmera do celular para o QR code, ou no caixa da loja.' : 'Pague no caixa da loja.');
  if (i.saleDescription) lines.push(clip(`Compra: ${i.saleDescription}${i.saleDate ? ` em ${dateBR(i.saleDate)}` : ''}`, 150));
  return { ul: lines, fontSize: 6.8, markerColor: MUTED };
}

function grid(ctx: SlipContext, slip: SlipDoc, pix: string | null): Content {
  const c = slip.customer;
  const amount = slipAmount(slip);
  const payer = [c.name, documentLabel(c.document)].filter((s) => s !== '').join(' — ');
  return {
    table: {
      widths: ['*', 92],
      body: [
        [
          field('Beneficiário', { text: clip(`${ctx.shop.name} — ${documentLabel(ctx.shop.document)}`, 95), fontSize: 7.5 }),
          field('Vencimento', { text: dateBR(slip.installment.dueDate), bold: true, fontSize: 10, alignment: 'right' }),
        ],
        [
          field('Pagador', {
            stack: [
              { text: clip(payer, 110), fontSize: 7.5, bold: true },
              { text: clip(addressLine(c.address), 110), fontSize: 6.8 },
            ],
          }),
          field(amount.updatedOn ? `Valor em ${dateBR(amount.updatedOn)}` : 'Valor do documento', { text: brl(amount.cents), bold: true, fontSize: 10, alignment: 'right' }),
        ],
        [field('Instruções', instructions(ctx, slip, pix), { colSpan: 2 }), ''],
      ],
    },
    layout: GRID_LAYOUT,
  };
}

function pixColumn(pix: string | null, txid: string): Content {
  if (!pix) {
    return { stack: [{ text: 'Pix indisponível: pague no caixa da loja.', fontSize: 7, color: MUTED, margin: [0, 20, 0, 0] }] };
  }
  return {
    stack: [
      { text: 'PAGUE COM PIX', bold: true, fontSize: 7.5, alignment: 'center' },
      { ...qrCanvas(pix, QR_SIZE, 2), alignment: 'center' },
      { text: `Identificador: ${txid}`, fontSize: 5.5, color: MUTED, alignment: 'center' },
    ],
  };
}

/** Splits a long code into lines so it wraps (pdfmake only breaks at spaces). */
function chunked(text: string, size: number): string {
  const out: string[] = [];
  for (let k = 0; k < text.length; k += size) out.push(text.slice(k, k + size));
  return out.join('\n');
}

function bottom(boleto: BoletoCode | null, width: number): Content {
  if (boleto) {
    const barWidth = 103 * MM;
    return {
      columns: [
        { width: barWidth, stack: [interleaved2of5Canvas(boleto.barcode, barWidth, 13 * MM)] },
        { width: '*', text: 'Boleto registrado no banco: pague em qualquer banco, lotérica ou aplicativo, até o vencimento.', fontSize: 6.5, color: MUTED },
      ],
      columnGap: 8,
      margin: [0, 5, 0, 0],
    };
  }
  return {
    table: {
      widths: [width - 8],
      body: [[{ text: NOT_A_BOLETO.toUpperCase(), bold: true, fontSize: 8.5, alignment: 'center', color: INK, margin: [0, 2, 0, 2] }]],
    },
    layout: GRID_LAYOUT,
    margin: [0, 5, 0, 0],
  };
}

export function slipMain(ctx: SlipContext, slip: SlipDoc, width: number): Content[] {
  const i = slip.installment;
  const txid = installmentTxid(i.id);
  const pix = shopPixPayload(ctx.shop, slipAmount(slip).cents, txid);
  const boleto = boletoOf(slip, ctx.issuedOn);
  const parts: Content[] = [mainHeader(ctx, slip)];
  if (boleto) {
    parts.push({
      columns: [
        { text: `Banco ${boleto.bankCode}`, bold: true, fontSize: 9, width: 60 },
        { text: boleto.digitableLine, bold: true, fontSize: 9.5, alignment: 'right', characterSpacing: 0.2 },
      ],
      margin: [0, 0, 0, 3],
    });
  }
  parts.push({ columns: [{ width: '*', stack: [grid(ctx, slip, pix)] }, { width: QR_SIZE, stack: [pixColumn(pix, txid)] }], columnGap: 6 });
  if (pix) {
    parts.push({
      stack: [
        { text: 'Pix copia e cola:', fontSize: 6, color: MUTED, margin: [0, 3, 0, 0] },
        { text: chunked(pix, 100), fontSize: 5.5, color: INK, lineHeight: 1.05 },
      ],
    });
  }
  parts.push(bottom(boleto, width));
  return parts;
}
