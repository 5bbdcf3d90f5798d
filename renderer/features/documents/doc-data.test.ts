import { afterEach, describe, expect, it } from 'vitest';
import { aCustomer, finishDbs, freshDb } from '../../db/test-helpers';
import { addTabEntry, cancelSale, closeTabs, createCreditSale } from '../../db/sales';
import { customerDetail } from '../../db/queries';
import { receivePayment, reversePayment } from '../../db/payments';
import { updateSettings } from '../../db/settings';
import { logContact } from '../../db/collections';
import { DOC_TYPE_LABELS, docTypeLabel } from './doc-types';
import { LETTER_KINDS } from '@shared/documents/letters/templates';
import { letterDocumentType } from '../collections/print/record-issued';
import { dossierData, receiptData, slipsData, statementData } from './doc-data';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

async function shopWithDebt() {
  const db = await freshDb('docs');
  await updateSettings(db, 'shop', { name: 'Loja Teste', document: '11222333000181', pixKey: '11222333000181', address: { cep: '01310100', street: 'Rua A', number: '1', complement: '', district: 'Centro', city: 'São Paulo', uf: 'SP' } });
  const c = await aCustomer(db, { document: '52998224725' });
  const { installments } = await createCreditSale(db, { customerId: c.id, date: '2026-01-10', description: 'Geladeira', totalCents: 30000, downPaymentCents: 0, plan: { kind: 'plan', count: 3, firstDueDate: '2026-02-10', every: 'month' } }, '2026-01-10');
  return { db, c, installments };
}

describe('document data from the database', () => {
  it('a statement reconciles: opening balance + entries = principal still open', async () => {
    const { db, c } = await shopWithDebt();
    const late = await receivePayment(db, { customerId: c.id, amountCents: 5000, method: 'pix' }, '2026-03-02');
    await receivePayment(db, { customerId: c.id, amountCents: 10000, method: 'dinheiro' }, '2026-03-20');
    await reversePayment(db, late.payment.id, 'Pix devolvido', '2026-03-25');
    const s = await statementData(db, c.id, '2026-03-01', '2026-03-31', '2026-03-31');
    const closing = s.openingBalanceCents + s.entries.reduce((t, e) => t + e.amountCents, 0);
    const open = (await db.installments.where('customerId').equals(c.id).toArray()).filter((i) => i.status === 'open').reduce((t, i) => t + i.amountCents - i.paidPrincipalCents, 0);
    expect(s.openingBalanceCents).toBe(30000);
    expect(closing).toBe(open);
    expect(s.entries.some((e) => e.kind === 'charge' && e.amountCents > 0)).toBe(true);
    expect(s.entries.some((e) => e.description.includes('Pix devolvido'))).toBe(true);
  });

  it('a statement lists a purchase at its whole value and the down payment paid at the counter under it', async () => {
    const { db, c } = await shopWithDebt();
    await createCreditSale(db, { customerId: c.id, date: '2026-03-05', description: 'Fogão', totalCents: 45000, downPaymentCents: 5000, plan: { kind: 'plan', count: 2, firstDueDate: '2026-04-05', every: 'month' } }, '2026-03-05');
    const s = await statementData(db, c.id, '2026-03-01', '2026-03-31', '2026-03-31');
    expect(s.entries.filter((e) => e.date === '2026-03-05').map((e) => [e.kind, e.description, e.amountCents])).toEqual([
      ['sale', 'Compra no carnê: Fogão', 45000],
      ['payment', 'Entrada paga na compra', -5000],
    ]);
    const closing = s.openingBalanceCents + s.entries.reduce((t, e) => t + e.amountCents, 0);
    expect(closing).toBe(30000 + 40000);
    // Cancelled, the sale and its entrada leave the statement: it closes on what is open.
    const { sale } = await createCreditSale(db, { customerId: c.id, date: '2026-03-06', description: 'Sofá', totalCents: 90000, downPaymentCents: 10000, plan: { kind: 'plan', count: 2, firstDueDate: '2026-04-06', every: 'month' } }, '2026-03-06');
    await cancelSale(db, sale.id, 'Desistiu da compra', '2026-03-07');
    const after = await statementData(db, c.id, '2026-03-01', '2026-03-31', '2026-03-31');
    expect(after.entries.some((e) => e.description.includes('Sofá'))).toBe(false);
    expect(after.openingBalanceCents + after.entries.reduce((t, e) => t + e.amountCents, 0)).toBe(30000 + 40000);
  });

  it('a receipt lists what the payment paid on each installment', async () => {
    const { db, c } = await shopWithDebt();
    const { payment } = await receivePayment(db, { customerId: c.id, amountCents: 12000, method: 'dinheiro' }, '2026-02-20');
    const r = await receiptData(db, payment.id);
    expect(r.number).toBe(payment.receiptNumber);
    expect(r.lines).toHaveLength(2);
    expect(r.lines.reduce((t, l) => t + l.principalCents + l.fineCents + l.interestCents, 0)).toBe(12000);
    expect(r.lines[0]?.fineCents).toBe(200);
    expect(r.remainingCents).toBe((await customerDetail(db, c.id, '2026-02-20'))?.owedTodayCents);
  });

  it("a receipt's balance is what the customer's page says is owed that day, fine and interest of the other late installments included", async () => {
    const { db, c } = await shopWithDebt();
    // On 20/03 both 10/02 and 10/03 are late; R$ 50,00 pays part of the first only.
    const { payment } = await receivePayment(db, { customerId: c.id, amountCents: 5000, method: 'pix' }, '2026-03-20');
    const r = await receiptData(db, payment.id);
    const owed = (await customerDetail(db, c.id, '2026-03-20'))?.owedTodayCents;
    expect(r.remainingCents).toBe(owed);
    const principalLeft = 30000 - r.lines.reduce((t, l) => t + l.principalCents, 0);
    // The second installment's fine (R$ 2,00) and 10 days of interest (R$ 0,33).
    expect(owed).toBe(principalLeft + 200 + 33);
    // A purchase since, or a later payment, changed the balance: an older receipt gives none.
    await addTabEntry(db, { customerId: c.id, date: '2026-03-20', totalCents: 1500 }, '2026-03-20');
    expect((await receiptData(db, payment.id)).remainingCents).toBeNull();
    const { payment: later } = await receivePayment(db, { customerId: c.id, amountCents: 1000, method: 'pix' }, '2026-03-21');
    expect((await receiptData(db, payment.id)).remainingCents).toBeNull();
    // The newest one counts the open tab too, as the customer's page does.
    expect((await receiptData(db, later.id)).remainingCents).toBe((await customerDetail(db, c.id, '2026-03-21'))?.owedTodayCents);
  });

  it('slips carry the open principal and charges of each installment on the day', async () => {
    const { db, installments } = await shopWithDebt();
    const s = await slipsData(db, installments.map((i) => i.id), '2026-02-20');
    expect(s.slips).toHaveLength(3);
    expect(s.slips[0]?.installment.charges?.fineCents).toBe(200);
    expect(s.slips[1]?.installment.charges ?? null).toBeNull();
    expect(s.slips[0]?.customer.document).toBe('52998224725');
  });

  it('the dossier has the sale with its installments and the payments', async () => {
    const { db, c } = await shopWithDebt();
    await receivePayment(db, { customerId: c.id, amountCents: 10000, method: 'pix' }, '2026-02-09');
    await logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2026-03-20', promisedCents: 5000, at: '2026-03-15T14:00:00.000Z' }, '2026-03-15');
    await logContact(db, { customerId: c.id, channel: 'visit', outcome: 'sem_resposta', at: '2026-04-02T14:00:00.000Z' }, '2026-04-02');
    // A letter printed and a message sent from the app are logged with outcome 'outro'.
    await logContact(db, { customerId: c.id, channel: 'letter', outcome: 'outro', notes: 'Carta: Cobrança formal', at: '2026-04-03T14:00:00.000Z' }, '2026-04-03');
    await logContact(db, { customerId: c.id, channel: 'whatsapp', outcome: 'outro', notes: 'Mensagem enviada por WhatsApp: Lembrete', at: '2026-04-04T14:00:00.000Z' }, '2026-04-04');
    await logContact(db, { customerId: c.id, channel: 'phone', outcome: 'outro', notes: 'Falou com a filha', at: '2026-04-05T14:00:00.000Z' }, '2026-04-05');
    const d = await dossierData(db, c.id, '2026-06-01');
    // Contacts in the court's language, not the app's codes.
    expect(d.contacts.map((x) => [x.channel, x.outcome])).toEqual([
      ['Telefone', 'Prometeu pagar'],
      ['Visita', 'Sem resposta'],
      ['Carta', 'Carta enviada'],
      ['WhatsApp', 'Mensagem enviada'],
      ['Telefone', 'Outro'],
    ]);
    expect(d.sales).toHaveLength(1);
    expect(d.sales[0]?.installments).toHaveLength(3);
    expect(d.payments).toHaveLength(1);
    expect(d.minimumWageCents).toBe(162100);
  });
});

describe('document type names', () => {
  it('names every type in Portuguese, including an agreement term registered under its old key', () => {
    expect(docTypeLabel('termo_acordo')).toBe('Termo de acordo');
    expect(docTypeLabel('agreement')).toBe('Termo de acordo');
    expect(docTypeLabel('recibo')).toBe('Recibo');
  });

  it('has a name for every letter the régua prints', () => {
    for (const kind of LETTER_KINDS) expect(DOC_TYPE_LABELS[letterDocumentType(kind)], kind).toBeTruthy();
  });
});

describe('dossier: fiado purchases', () => {
  it('lists the purchases closed into one installment together, with it, and the ones still open apart', async () => {
    const db = await freshDb();
    const c = await aCustomer(db, { name: 'Dona Fiado' });
    const tab = (date: string, description: string, totalCents: number) => addTabEntry(db, { customerId: c.id, date, description, totalCents }, date);
    await tab('2026-10-03', 'Pão e leite', 1250);
    await tab('2026-10-20', 'Arroz', 2890);
    await closeTabs(db, '2026-11-01', 1);
    await tab('2026-11-05', 'Café', 1500);
    const d = await dossierData(db, c.id, '2026-11-10');
    expect(d.sales.map((s) => [s.description, s.totalCents, s.installments.length, s.noInstallments ?? null])).toEqual([
      ['Compras no fiado de 03/10/2026 a 20/10/2026, fechadas numa parcela (03/10 Pão e leite R$ 12,50; 20/10 Arroz R$ 28,90)', 4140, 1, null],
      ['Compras no fiado em 05/11/2026, ainda não fechadas (05/11 Café R$ 15,00)', 1500, 0, 'Na conta do fiado: entram na parcela do próximo fechamento.'],
    ]);
    expect(d.sales[0]?.installments[0]?.amountCents).toBe(4140);
  });
});
