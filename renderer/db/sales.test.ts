import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadernetaDB } from './schema';
import { addTabEntry, cancelSale, checkCredit, closeTabs, createCreditSale, lastClosingDate } from './sales';
import { setCreditBlocked, updateCustomer } from './customers';
import { auditOf } from './audit';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { updateSettings } from './settings';
import { setStageOverride } from './collections';

let db: CadernetaDB;
afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

const TODAY = '2025-03-15';

describe('credit sales (carnê)', () => {
  it('creates the sale and a plan from shared installmentPlan, updating the summary', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    const { sale, installments } = await createCreditSale(db, { customerId: c.id, date: TODAY, description: 'Geladeira', totalCents: 100_000, downPaymentCents: 10_000, plan: { kind: 'plan', count: 3, firstDueDate: '2025-01-31' } }, TODAY);
    expect(installments.map((i) => [i.number, i.dueDate, i.amountCents])).toEqual([
      [1, '2025-01-31', 30_000],
      [2, '2025-02-28', 30_000],
      [3, '2025-03-31', 30_000],
    ]);
    expect(installments.every((i) => i.saleId === sale.id && i.status === 'open')).toBe(true);
    const s = await db.summaries.get(c.id);
    expect(s).toMatchObject({ openCents: 90_000, overdueCents: 60_000, openCount: 3, overdueCount: 2, oldestOverdueDueDate: '2025-01-31', nextDueDate: '2025-03-31', oldestOpenDueDate: '2025-01-31' });
    expect(await auditOf(db, 'sales', sale.id)).toHaveLength(1);
  });

  it('accepts edited rows only when they sum to total minus down payment', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    const bad = { customerId: c.id, date: TODAY, totalCents: 10_000, downPaymentCents: 1_000, plan: { kind: 'rows' as const, rows: [{ dueDate: '2025-04-10', amountCents: 5_000 }, { dueDate: '2025-05-10', amountCents: 3_000 }] } };
    await expect(createCreditSale(db, bad, TODAY)).rejects.toThrow('A soma das parcelas (R$ 80,00) deve ser igual ao total menos a entrada (R$ 90,00).');
    expect(await db.sales.count()).toBe(0);
    const ok = await createCreditSale(db, { ...bad, plan: { kind: 'rows', rows: [{ dueDate: '2025-04-10', amountCents: 6_000 }, { dueDate: '2025-05-10', amountCents: 3_000 }] } }, TODAY);
    expect(ok.installments.map((i) => i.amountCents)).toEqual([6_000, 3_000]);
  });

  it('refuses over the limit, blocked, or at suspenso; a manager override with reason passes and is audited', async () => {
    db = await freshDb();
    const c = await aCustomer(db, { creditLimitCents: 50_000 });
    const sale = (total: number, override?: { reason: string }) => createCreditSale(db, { customerId: c.id, date: TODAY, totalCents: total, plan: { kind: 'plan', count: 1, firstDueDate: '2025-04-15' }, override }, TODAY);
    await sale(40_000);
    await expect(sale(20_000)).rejects.toMatchObject({ code: 'credit_refused', message: expect.stringContaining('Limite de crédito excedido: limite R$ 500,00, em aberto R$ 400,00') });
    const { sale: forced } = await sale(20_000, { reason: 'Cliente antigo, autorizado' });
    expect(forced.overrideReason).toBe('Cliente antigo, autorizado');
    expect((await auditOf(db, 'sales', forced.id)).map((a) => a.action)).toEqual(['override', 'create']);
    await updateCustomer(db, c.id, { creditLimitCents: null });
    await setCreditBlocked(db, c.id, true, 'Cheque devolvido');
    await expect(sale(1_000)).rejects.toThrow('Crédito bloqueado: Cheque devolvido.');
    await setCreditBlocked(db, c.id, false);
    await setStageOverride(db, c.id, 'suspenso', 'Sumiu há meses');
    await expect(sale(1_000)).rejects.toThrow(/Crédito suspenso/);
  });

  it("answers the sale screen's question before Confirm without writing: a limit used to the last centavo already refuses", async () => {
    db = await freshDb();
    const c = await aCustomer(db, { creditLimitCents: 40_000 });
    await createCreditSale(db, { customerId: c.id, date: TODAY, totalCents: 40_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-04-15' } }, TODAY);
    const before = await db.summaries.get(c.id);
    const g = await checkCredit(db, c.id, 0, TODAY);
    expect(g.reasons).toEqual(['Limite de crédito já usado: limite R$ 400,00, em aberto R$ 400,00.']);
    expect(await db.summaries.get(c.id)).toEqual(before); // nothing written
    expect((await checkCredit(db, c.id, 100, TODAY)).reasons[0]).toContain('Limite de crédito excedido');
  });

  it('refuses by days late (oldest open installment 70 days overdue)', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2024-12-01', totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-01-04' } }, '2024-12-01');
    await expect(createCreditSale(db, { customerId: c.id, date: TODAY, totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-04-01' } }, TODAY)).rejects.toMatchObject({ code: 'credit_refused' });
  });

  it('rolls back every table when a step fails mid-write', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    const auditBefore = await db.audit.count();
    const original = db.audit.add.bind(db.audit);
    let calls = 0;
    const spy = vi.spyOn(db.audit, 'add').mockImplementation((row) => {
      calls += 1;
      if (calls === 3) throw new Error('falha injetada');
      return original(row);
    });
    await expect(createCreditSale(db, { customerId: c.id, date: TODAY, totalCents: 9_000, plan: { kind: 'plan', count: 3, firstDueDate: '2025-04-15' } }, TODAY)).rejects.toThrow('falha injetada');
    spy.mockRestore();
    expect(await db.sales.count()).toBe(0);
    expect(await db.installments.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.audit.count()).toBe(auditBefore);
  });
});

describe('fiado tab', () => {
  it('knows the last closing date', () => {
    expect(lastClosingDate('2025-03-15', 10)).toBe('2025-03-10');
    expect(lastClosingDate('2025-03-09', 10)).toBe('2025-02-10');
    expect(lastClosingDate('2025-03-10', 10)).toBe('2025-03-10');
  });

  it('accumulates entries and closes them into one installment per customer, idempotently', async () => {
    db = await freshDb();
    await updateSettings(db, 'general', { tabDueDays: 5 });
    const a = await aCustomer(db);
    const b = await aCustomer(db, { name: 'João Pedro' });
    await addTabEntry(db, { customerId: a.id, date: '2025-02-20', description: 'Pão e leite', totalCents: 1_250 }, '2025-02-20');
    await addTabEntry(db, { customerId: a.id, date: '2025-03-01', totalCents: 3_000 }, '2025-03-01');
    const late = await addTabEntry(db, { customerId: a.id, date: '2025-03-12', totalCents: 700 }, '2025-03-12');
    await addTabEntry(db, { customerId: b.id, date: '2025-03-05', totalCents: 999 }, '2025-03-05');
    expect((await db.summaries.get(a.id))?.tabOpenCents).toBe(4_950);
    const created = await closeTabs(db, TODAY, 10);
    expect(created.map((i) => [i.customerId, i.amountCents, i.dueDate]).sort()).toEqual([
      [a.id, 4_250, '2025-03-15'],
      [b.id, 999, '2025-03-15'],
    ].sort());
    const instA = created.find((i) => i.customerId === a.id);
    expect(instA?.tabSaleIds).toHaveLength(2);
    expect((await db.sales.get(late.id))?.tabStatus).toBe('open');
    expect(await db.summaries.get(a.id)).toMatchObject({ tabOpenCents: 700, openCents: 4_250 });
    expect(await closeTabs(db, TODAY, 10)).toEqual([]);
  });

  it('cancels an unpaid sale with a reason', async () => {
    db = await freshDb();
    const c = await aCustomer(db);
    const { sale } = await createCreditSale(db, { customerId: c.id, date: TODAY, totalCents: 2_000, plan: { kind: 'plan', count: 2, firstDueDate: '2025-04-15' } }, TODAY);
    await expect(cancelSale(db, sale.id, '', TODAY)).rejects.toThrow(/motivo do cancelamento/);
    await cancelSale(db, sale.id, 'Lançada em duplicidade', TODAY);
    expect((await db.installments.where('saleId').equals(sale.id).toArray()).map((i) => i.status)).toEqual(['cancelled', 'cancelled']);
    expect(await db.summaries.get(c.id)).toMatchObject({ openCents: 0, openCount: 0 });
    await expect(cancelSale(db, sale.id, 'De novo', TODAY)).rejects.toThrow('Esta venda já foi cancelada.');
  });
});
