// The stub (canhoto) the customer keeps, with the Code 128 reference the counter scans.
import { code128Ops } from './draw/barcode';
import type { FormPage } from './draw/form';
import { brl, dateBR, shopDisplayName } from './format';
import { MM, MUTED } from './layout';
import { formatReference } from './reference';
import { boxField, type Frame, type PreparedSlip, type SlipContext } from './slip-common';

/** Distance from the top of the stub to its bar code, and the bar code's height. */
const BARCODE_TOP = 124;
const BARCODE_HEIGHT = 11 * MM;

export function drawStub(page: FormPage, ctx: SlipContext, p: PreparedSlip, f: Frame): void {
  const i = p.slip.installment;
  const half = f.width / 2;
  let y = f.y;
  y += page.text(f.x, y, 'CANHOTO DO CLIENTE', { fontSize: 6.5, bold: true, color: MUTED });
  y += page.fit(f.x, y + 1, f.width, shopDisplayName(ctx.shop), { fontSize: 8, bold: true }) + 4;
  const value = { fontSize: 8, bold: true };
  const row1 = Math.max(
    boxField(page, f.x, y, half, 'Parcela', (x, top) => page.text(x, top, `${i.number}/${i.count}`, value)),
    boxField(page, f.x + half, y, half, 'Vencimento', (x, top) => page.text(x, top, dateBR(i.dueDate), value)),
  );
  y += row1;
  const caption = p.updatedOn ? `Valor em ${dateBR(p.updatedOn)}` : 'Valor';
  y += boxField(page, f.x, y, f.width, caption, (x, top) => page.text(x, top, brl(p.amountCents), { fontSize: 9, bold: true }));
  y += boxField(page, f.x, y, f.width, 'Cliente', (x, top, w) => page.wrap(x, top, w, p.slip.customer.name, { fontSize: 8 }, 2));
  boxField(page, f.x, y, f.width, 'Referência', (x, top) => page.text(x, top, formatReference(p.reference), { ...value, characterSpacing: 0.3 }));
  const by = f.y + BARCODE_TOP;
  page.symbol(code128Ops(p.reference, f.x, by, f.width, BARCODE_HEIGHT));
  page.text(f.x, by + BARCODE_HEIGHT + 8, 'Pago em ____/____/________', { fontSize: 7 });
  page.text(f.x, by + BARCODE_HEIGHT + 24, 'Visto do caixa: ____________________', { fontSize: 7 });
}
