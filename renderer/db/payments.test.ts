import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadernetaDB } from './schema';
import { createCreditSale } from './sales';
import { receivePayment, reversePayment } from './payments';
import { updateSettings } from './settings';
import { auditOf } from './audit';
import { aCustomer, finishDbs, freshDb } from './test-helpers';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

/** A customer with two installments of R$ 100,00 due 2025-02-10 and 2025-03-10. */
async function setup(): Promise<{ db: CadernetaDB; customerId: string; ids: string[] }> {
  const db = await freshDb();
  const c = await aCustomer(db);
  const { installments } = await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 20_000, plan: { kind: 'plan', count: 2, firstDueDate: '2025-02-10' } }, '2025-01-10');
  return { db, customerId: c.id, ids: installments.map((i) => i.id) };
}

describe('receivePayment', () => {
  it('pays on time: installment paid, receipt number from the device series, summary updated', async () => {
    const { db, customerId, ids } = await setup();
    const { payment } = await receivePayment(db, { customerId, amountCents: 10_000, method: 'pix' }, '2025-02-10');
    expect(payment.receiptNumber).toBe('C1-000001');
    expect(payment.allocations).toEqual([{ installmentId: ids[0], fineCents: 0, interestCents: 0, principalCents: 10_000, waivedFineCents: 0, waivedInterestCents: 0 }]);
    expect(await db.installments.get(ids[0] ?? '')).toMatchObject({ status: 'paid', paidPrincipalCents: 10_000, paidDate: '2025-02-10' });
    expect(await db.summaries.get(customerId)).toMatchObject({ openCents: 10_000, openCount: 1, lastPaymentDate: '2025-02-10' });
    const second = await receivePayment(db, { customerId, amountCents: 100, method: 'dinheiro' }, '2025-02-11');
    expect(second.payment.receiptNumber).toBe('C1-000002');
    expect(await auditOf(db, 'payments', payment.id)).toHaveLength(1);
  });

  it('charges a late payment fine -> interest -> principal', async () => {
    const { db, customerId, ids } = await setup();
    // 30 days late: fine 2% = R$ 2,00; interest 1%/month pro rata = R$ 1,00.
    const { payment, allocation } = await receivePayment(db, { customerId, amountCents: 5_000, method: 'dinheiro', installmentIds: [ids[0] ?? ''] }, '2025-03-12');
    expect(payment.allocations[0]).toMatchObject({ fineCents: 200, interestCents: 100, principalCents: 4_700 });
    expect(allocation.remainingDueCents).toBe(5_300);
    expect(await db.installments.get(ids[0] ?? '')).toMatchObject({ status: 'open', paidPrincipalCents: 4_700, paidFineCents: 200, paidInterestCents: 100 });
    expect((await db.summaries.get(customerId))?.openDues).toBe('2025-02-10:5300@2025-03-12/4700/200/100,2025-03-10:10000');
  });

  it('waives charges only with a reason', async () => {
    const { db, customerId, ids } = await setup();
    await expect(receivePayment(db, { customerId, amountCents: 10_000, method: 'pix', waive: { fine: true, interest: true, reason: '' } }, '2025-03-12')).rejects.toThrow('Informe o motivo do abono.');
    const { payment } = await receivePayment(db, { customerId, amountCents: 10_000, method: 'pix', installmentIds: [ids[0] ?? ''], waive: { fine: true, interest: true, reason: 'Cliente fiel' } }, '2025-03-12');
    expect(payment.waiverReason).toBe('Cliente fiel');
    expect(payment.allocations[0]).toMatchObject({ fineCents: 0, interestCents: 0, principalCents: 10_000, waivedFineCents: 200, waivedInterestCents: 100 });
    expect((await db.installments.get(ids[0] ?? ''))?.status).toBe('paid');
  });

  it('gives change for cash and keeps a Pix overpayment as credit (or refuses it by setting)', async () => {
    const { db, customerId } = await setup();
    const cash = await receivePayment(db, { customerId, amountCents: 25_000, method: 'dinheiro' }, '2025-02-01');
    expect(cash.payment).toMatchObject({ changeCents: 5_000, creditCents: 0 });
    expect((await db.summaries.get(customerId))?.openCents).toBe(0);

    const other = await setup();
    const pix = await receivePayment(other.db, { customerId: other.customerId, amountCents: 21_000, method: 'pix' }, '2025-02-01');
    expect(pix.payment).toMatchObject({ changeCents: 0, creditCents: 1_000 });
    expect((await other.db.summaries.get(other.customerId))?.creditCents).toBe(1_000);

    const third = await setup();
    await updateSettings(third.db, 'general', { overpaymentMode: 'refuse' });
    await expect(receivePayment(third.db, { customerId: third.customerId, amountCents: 21_000, method: 'pix' }, '2025-02-01')).rejects.toMatchObject({ code: 'overpayment' });
    expect(await third.db.payments.count()).toBe(0);
  });

  it('spends store credit on a later payment', async () => {
    const { db, customerId, ids } = await setup();
    await receivePayment(db, { customerId, amountCents: 12_000, method: 'pix', installmentIds: [ids[0] ?? ''] }, '2025-02-01');
    expect((await db.summaries.get(customerId))?.creditCents).toBe(2_000);
    const { payment } = await receivePayment(db, { customerId, amountCents: 8_000, method: 'pix', useCreditCents: 2_000 }, '2025-02-02');
    expect(payment.creditUsedCents).toBe(2_000);
    expect(await db.summaries.get(customerId)).toMatchObject({ openCents: 0, creditCents: 0 });
    await expect(receivePayment(db, { customerId, amountCents: 0, method: 'pix', useCreditCents: 1 }, '2025-02-03')).rejects.toThrow(/Crédito disponível: R\$ 0,00/);
  });

  it('refuses future dates and dates before the last payment', async () => {
    const { db, customerId } = await setup();
    await expect(receivePayment(db, { customerId, amountCents: 100, method: 'pix', date: '2025-02-02' }, '2025-02-01')).rejects.toThrow(/futura/);
    await receivePayment(db, { customerId, amountCents: 100, method: 'pix' }, '2025-02-05');
    await expect(receivePayment(db, { customerId, amountCents: 100, method: 'pix', date: '2025-02-04' }, '2025-02-06')).rejects.toThrow(/posterior/);
  });

  it('rolls back payment, installments, counter and audit when a step fails', async () => {
    const { db, customerId, ids } = await setup();
    const before = { audit: await db.audit.count(), inst: await db.installments.get(ids[0] ?? ''), summary: await db.summaries.get(customerId) };
    // The last write issued fails: the ones issued with it (counter, payment, audit, installments) go too.
    const spy = vi.spyOn(db.summaries, 'put').mockImplementation(() => Promise.reject(new Error('disco cheio')) as never);
    await expect(receivePayment(db, { customerId, amountCents: 10_000, method: 'pix' }, '2025-02-10')).rejects.toThrow('disco cheio');
    spy.mockRestore();
    expect(await db.payments.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
    expect(await db.audit.count()).toBe(before.audit);
    expect(await db.installments.get(ids[0] ?? '')).toEqual(before.inst);
    expect(await db.summaries.get(customerId)).toEqual(before.summary);
  });
});

describe('reversePayment', () => {
  it('writes a mirrored reversal row, reopens the installment and never deletes', async () => {
    const { db, customerId, ids } = await setup();
    const { payment } = await receivePayment(db, { customerId, amountCents: 10_000, method: 'pix' }, '2025-02-10');
    await expect(reversePayment(db, payment.id, ' ', '2025-02-11')).rejects.toThrow(/motivo do estorno/);
    const rev = await reversePayment(db, payment.id, 'Pix não compensado', '2025-02-11');
    expect(rev).toMatchObject({ reversalOf: payment.id, amountCents: -10_000, reason: 'Pix não compensado', receiptNumber: 'C1-000002' });
    expect(await db.payments.get(payment.id)).toEqual(payment);
    expect(await db.installments.get(ids[0] ?? '')).toMatchObject({ status: 'open', paidPrincipalCents: 0, paidDate: null });
    expect(await db.summaries.get(customerId)).toMatchObject({ openCents: 20_000, lastPaymentDate: null });
    await expect(reversePayment(db, payment.id, 'de novo', '2025-02-11')).rejects.toThrow('Este pagamento já foi estornado.');
    await expect(reversePayment(db, rev.id, 'estorno do estorno', '2025-02-11')).rejects.toThrow(/não pode ser estornado/);
  });

  it('refuses to reverse a payment whose credit was already spent', async () => {
    const { db, customerId, ids } = await setup();
    const first = await receivePayment(db, { customerId, amountCents: 15_000, method: 'pix', installmentIds: [ids[0] ?? ''] }, '2025-02-01');
    await receivePayment(db, { customerId, amountCents: 0, method: 'pix', useCreditCents: 5_000 }, '2025-02-02');
    await expect(reversePayment(db, first.payment.id, 'engano', '2025-02-03')).rejects.toThrow(/crédito gerado/);
  });
});
