import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from './sales';
import { receivePayment, reversePayment } from './payments';
import { breakAgreement, logContact, markStageRun, pauseCollection, renegotiateDebt, setNextAction, setResponsible, setStageOverride } from './collections';
import { auditOf } from './audit';
import { aCustomer, finishDbs, freshDb } from './test-helpers';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('contacts', () => {
  it('logs a promise to pay; requires date and amount for a promise', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await expect(logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar' }, '2025-03-01')).rejects.toThrow('Informe a data e o valor prometidos.');
    await expect(logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-02-01', promisedCents: 100 }, '2025-03-01')).rejects.toThrow(/passado/);
    const row = await logContact(db, { customerId: c.id, channel: 'whatsapp', outcome: 'prometeu_pagar', promisedDate: '2025-03-05', promisedCents: 5_000, notes: 'Recebe na sexta' }, '2025-03-01');
    expect(row).toMatchObject({ date: '2025-03-01', direction: 'saida', promisedDate: '2025-03-05', promisedCents: 5_000 });
    expect(await db.contacts.where('promisedDate').equals('2025-03-05').count()).toBe(1);
    await expect(logContact(db, { customerId: c.id, channel: 'pombo' as 'sms', outcome: 'outro' }, '2025-03-01')).rejects.toThrow('Canal de contato inválido.');
  });

  it('keeps the newest promise on the collection row: a later contact without one leaves it, a newer promise replaces it', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    expect((await db.collection.get(c.id))?.lastPromise ?? null).toBeNull();
    const first = await logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-03-05', promisedCents: 5_000, at: '2025-03-01T10:00:00.000Z' }, '2025-03-01');
    const kept = { id: first.id, at: first.at, date: '2025-03-01', promisedDate: '2025-03-05', promisedCents: 5_000 };
    expect((await db.collection.get(c.id))?.lastPromise).toEqual(kept);
    await logContact(db, { customerId: c.id, channel: 'whatsapp', outcome: 'sem_resposta', at: '2025-03-02T10:00:00.000Z' }, '2025-03-02');
    const row = await db.collection.get(c.id);
    expect(row?.lastPromise).toEqual(kept);
    expect(row?.lastContact?.outcome).toBe('sem_resposta');
    // A promise registered late (an older moment) does not replace the newer one.
    await logContact(db, { customerId: c.id, channel: 'visit', outcome: 'prometeu_pagar', promisedDate: '2025-03-09', promisedCents: 1_000, at: '2025-02-28T10:00:00.000Z' }, '2025-03-02');
    expect((await db.collection.get(c.id))?.lastPromise).toEqual(kept);
    const newer = await logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-03-10', promisedCents: 2_000, at: '2025-03-03T10:00:00.000Z' }, '2025-03-03');
    expect((await db.collection.get(c.id))?.lastPromise).toMatchObject({ id: newer.id, promisedDate: '2025-03-10', promisedCents: 2_000 });
  });
});

describe('collection state', () => {
  it('overrides the stage with a reason, pauses, sets responsible and next action, all audited', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await expect(setStageOverride(db, c.id, 'negociacao')).rejects.toThrow(/motivo da mudança de etapa/);
    await expect(setStageOverride(db, c.id, 'inexistente', 'teste')).rejects.toThrow('Etapa de cobrança desconhecida.');
    await setStageOverride(db, c.id, 'negociacao', 'Pediu para negociar');
    await expect(pauseCollection(db, c.id, '2025-03-20', '', '2025-03-01')).rejects.toThrow(/motivo da pausa/);
    await expect(pauseCollection(db, c.id, '2025-02-20', 'x'.repeat(5), '2025-03-01')).rejects.toThrow(/hoje ou depois/);
    await pauseCollection(db, c.id, '2025-03-20', 'Internado', '2025-03-01');
    await setResponsible(db, c.id, 'Ana');
    await setNextAction(db, c.id, { date: '2025-03-21', text: 'Ligar de novo' });
    await markStageRun(db, c.id, 'vencido', '2025-03-01');
    expect(await db.collection.get(c.id)).toMatchObject({
      stageOverride: 'negociacao',
      overrideReason: 'Pediu para negociar',
      pausedUntil: '2025-03-20',
      pauseReason: 'Internado',
      responsible: 'Ana',
      nextAction: { date: '2025-03-21', text: 'Ligar de novo' },
      lastRunStage: { stage: 'vencido', date: '2025-03-01' },
    });
    await setStageOverride(db, c.id, null);
    expect((await db.collection.get(c.id))?.stageOverride).toBeNull();
    expect(await auditOf(db, 'collection', c.id)).toHaveLength(6);
  });
});

describe('renegotiation', () => {
  it('turns overdue installments into an agreement whose new installments sum to the agreed total', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    const { installments } = await createCreditSale(db, { customerId: c.id, date: '2025-04-10', totalCents: 15_000, plan: { kind: 'plan', count: 3, firstDueDate: '2025-05-10' } }, '2025-04-10');
    const [a, b, third] = installments.map((i) => i.id);
    const r = await renegotiateDebt(db, { customerId: c.id, installmentIds: [a ?? '', b ?? ''], downPaymentCents: 1_000, count: 3, firstDueDate: '2025-07-20' }, '2025-06-20');
    expect(r.agreement).toMatchObject({ originalPrincipalCents: 10_000, chargesCents: 285, discountCents: 0, totalCents: 10_285, status: 'active' });
    expect(r.installments.map((i) => [i.dueDate, i.amountCents])).toEqual([
      ['2025-06-20', 1_000],
      ['2025-07-20', 3_095],
      ['2025-08-20', 3_095],
      ['2025-09-20', 3_095],
    ]);
    expect((await db.installments.bulkGet([a ?? '', b ?? '', third ?? ''])).map((i) => i?.status)).toEqual(['renegotiated', 'renegotiated', 'open']);
    expect((await db.summaries.get(c.id))?.openCents).toBe(5_000 + 10_285);
    // Paying everything fulfils the agreement; a reversal makes it active again.
    const pay = await receivePayment(db, { customerId: c.id, amountCents: 10_285, method: 'pix', installmentIds: r.agreement.newInstallmentIds }, '2025-06-20');
    expect((await db.agreements.get(r.agreement.id))?.status).toBe('fulfilled');
    await reversePayment(db, pay.payment.id, 'Pix devolvido', '2025-06-21');
    expect((await db.agreements.get(r.agreement.id))?.status).toBe('active');
    await expect(reversePayment(db, pay.payment.id, 'de novo', '2025-06-21')).rejects.toThrow();
  });

  it('breaks an agreement with a reason, keeping its installments owed', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-02-10' } }, '2025-01-10');
    const r = await renegotiateDebt(db, { customerId: c.id, discount: { on: 'charges', percent: 100 }, count: 2, firstDueDate: '2025-04-01' }, '2025-03-15');
    expect(r.agreement.totalCents).toBe(5_000);
    await expect(breakAgreement(db, r.agreement.id, '', '2025-05-20')).rejects.toThrow(/motivo da quebra/);
    const broken = await breakAgreement(db, r.agreement.id, 'Não pagou a 1ª parcela', '2025-05-20');
    expect(broken).toMatchObject({ status: 'broken', statusDate: '2025-05-20' });
    expect((await db.summaries.get(c.id))?.openCents).toBe(5_000);
    await expect(breakAgreement(db, r.agreement.id, 'de novo', '2025-05-21')).rejects.toThrow('Este acordo já foi quebrado.');
  });

  it('refuses a payment reversal touching renegotiated installments', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    const { installments } = await createCreditSale(db, { customerId: c.id, date: '2025-01-10', totalCents: 10_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-02-10' } }, '2025-01-10');
    const p = await receivePayment(db, { customerId: c.id, amountCents: 3_000, method: 'dinheiro' }, '2025-02-01');
    await renegotiateDebt(db, { customerId: c.id, installmentIds: [installments[0]?.id ?? ''], count: 2, firstDueDate: '2025-03-10' }, '2025-02-20');
    await expect(reversePayment(db, p.payment.id, 'engano', '2025-02-21')).rejects.toThrow(/renegociada/);
  });
});
