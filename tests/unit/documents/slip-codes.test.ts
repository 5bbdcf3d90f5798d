// Decodes the QR and bar codes of a generated carnê PDF with zbarimg: the Pix payload must be
// valid and carry the installment's amount and txid, the Code 128 must be the reference that
// finds the installment, and a registered boleto must come out as its 44-digit barcode.
import { describe, expect, it } from 'vitest';
import { decodePixPayload } from '@shared/br/pix';
import { slipsDocument } from '@shared/documents/slips';
import { qrCanvas } from '@shared/documents/draw/qr';
import { installmentReference, installmentTxid, parseInstallmentReference } from '@shared/documents/reference';
import { SAMPLE_CUSTOMER, SAMPLE_LONG_CUSTOMER, SAMPLE_POLICY, SAMPLE_SHOP, sampleBoletoBarcode, sampleInstallments } from '@shared/documents/samples';
import type { SlipDoc } from '@shared/documents/types';
import { decodeCodes, hasTool, pdfText, renderPdfNode, writeTemp } from './pdf-node';

const tools = hasTool('pdftoppm') && hasTool('zbarimg') && hasTool('pdftotext');

describe.skipIf(!tools)('carnê slip codes (zbarimg)', () => {
  it('decodes to the installment amount, txid, reference and boleto', { timeout: 60_000 }, async () => {
    const inst = sampleInstallments('2026-03-20');
    const late = inst[0];
    const future = inst[2];
    const withBoleto = inst[3];
    if (!late || !future || !withBoleto) throw new Error('sample');
    const barcode = sampleBoletoBarcode(withBoleto.dueDate, withBoleto.amountCents);
    const slips: SlipDoc[] = [
      { customer: SAMPLE_CUSTOMER, installment: future },
      { customer: SAMPLE_LONG_CUSTOMER, installment: late },
      { customer: SAMPLE_CUSTOMER, installment: { ...withBoleto, boletoCode: barcode } },
    ];
    const bytes = await renderPdfNode(slipsDocument({ shop: SAMPLE_SHOP, policy: SAMPLE_POLICY, issuedOn: '2026-03-20', slips }));
    const file = writeTemp(bytes, 'carne.pdf');
    const codes = decodeCodes(file);

    const pix = codes.filter((c) => c.startsWith('QR-Code:')).map((c) => decodePixPayload(c.slice('QR-Code:'.length)));
    expect(pix).toHaveLength(3);
    const byTxid = new Map(pix.map((p) => [p.txid, p]));
    expect(byTxid.get(installmentTxid(future.id))?.amountCents).toBe(future.openCents);
    // a late installment asks for principal + fine + interest as of the print date
    const lateTotal = late.openCents + (late.charges?.fineCents ?? 0) + (late.charges?.interestCents ?? 0);
    expect(byTxid.get(installmentTxid(late.id))?.amountCents).toBe(lateTotal);
    expect(byTxid.get(installmentTxid(withBoleto.id))?.amountCents).toBe(withBoleto.openCents);
    for (const p of pix) expect(p.key).toBe('11222333000181');

    const refs = codes.filter((c) => c.startsWith('CODE-128:')).map((c) => c.slice('CODE-128:'.length));
    expect(refs).toHaveLength(3);
    const ids = slips.map((s) => s.installment.id);
    for (const ref of refs) {
      const parsed = parseInstallmentReference(ref);
      expect(parsed).not.toBeNull();
      expect(ids.filter((id) => installmentReference(id) === parsed)).toHaveLength(1);
    }

    expect(codes).toContain(`I2/5:${barcode}`);

    const text = pdfText(file);
    expect(text).toContain('NÃO É BOLETO BANCÁRIO');
    expect(text).toContain('PARCELA 4/6');
    expect(text).toContain('R$ 103,43');
    expect(text).toContain('Francisco de Assis Albuquerque');
  });
  it('draws a QR code in the flow of a document too', async () => {
    const text = 'Caderneta: pagamento da parcela 2/6';
    const bytes = await renderPdfNode({ content: ['Pague com Pix:', qrCanvas(text, 100)] });
    expect(decodeCodes(writeTemp(bytes, 'flow-qr.pdf'))).toEqual([`QR-Code:${text}`]);
  });
});
