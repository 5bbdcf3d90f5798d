import { afterEach, describe, expect, it } from 'vitest';
import { addTabEntry, createCreditSale } from './sales';
import { receivePayment } from './payments';
import { logContact, pauseCollection, renegotiateDebt, setNextAction } from './collections';
import { customerDetail, firstCustomers, openInstallments, overdueSummaries, searchCustomers } from './queries';
import { loadBoardData, todayDueActions as todayActions } from './screen-reads';
import { markTodayRun } from './board-today';
import { aCustomer, finishDbs, freshDb } from './test-helpers';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

async function shop() {
  const db = await freshDb();
  const late = await aCustomer(db, { name: 'Carla Atrasada' });
  const punctual = await aCustomer(db, { name: 'Bruno Pontual' });
  const paused = await aCustomer(db, { name: 'Paulo Pausado' });
  const sell = (customerId: string, first: string) => createCreditSale(db, { customerId, date: '2025-01-05', totalCents: 30_000, plan: { kind: 'plan', count: 3, firstDueDate: first } }, '2025-01-05');
  await sell(late.id, '2025-02-05');
  await sell(punctual.id, '2025-03-25');
  await sell(paused.id, '2025-02-20');
  await pauseCollection(db, paused.id, '2025-03-31', 'Viagem', '2025-03-01');
  return { db, late, punctual, paused };
}

describe('queries', () => {
  it('board rows come from summaries in reach, with collection state and last contact; figures re-dated to today', async () => {
    const { db, late, paused } = await shop();
    await logContact(db, { customerId: late.id, channel: 'whatsapp', outcome: 'prometeu_pagar', promisedDate: '2025-03-25', promisedCents: 10_000, at: '2025-03-20T13:00:00.000Z' }, '2025-03-20');
    const { rows } = await loadBoardData(db, '2025-03-20');
    expect(rows.map((r) => r.name).sort()).toEqual(['Carla Atrasada', 'Paulo Pausado']);
    const carla = rows.find((r) => r.summary.customerId === late.id);
    expect(carla?.lastContact).toMatchObject({ outcome: 'prometeu_pagar', promisedDate: '2025-03-25' });
    expect(carla?.promise).toMatchObject({ contact: { promisedDate: '2025-03-25', promisedCents: 10_000 }, paidCentsSince: 0 });
    expect(rows.find((r) => r.summary.customerId === paused.id)?.collection?.pausedUntil).toBe('2025-03-31');
    const now = await overdueSummaries(db, '2025-03-20');
    expect(now.find((s) => s.id === late.id)).toMatchObject({ asOf: '2025-03-20', overdueCents: 20_000, overdueCount: 2, oldestOverdueDueDate: '2025-02-05' });
    // A later "today" moves figures without any write.
    const later = await overdueSummaries(db, '2025-04-06');
    expect(later.find((s) => s.id === late.id)).toMatchObject({ overdueCents: 30_000, overdueCount: 3 });
  });

  it('customer detail values open installments as of today', async () => {
    const { db, late } = await shop();
    await receivePayment(db, { customerId: late.id, amountCents: 10_000, method: 'pix' }, '2025-02-05');
    const d = await customerDetail(db, late.id, '2025-04-06');
    expect(d?.installments.map((v) => v.row.status)).toEqual(['paid', 'open', 'open']);
    const second = d?.installments[1]?.state;
    // due 2025-03-05, 32 days late: fine 200, interest 1%/30 x 32 days of 10_000 = 107
    expect(second).toMatchObject({ fineDueCents: 200, interestDueCents: 107, totalDueCents: 10_307 });
    expect(d?.owedTodayCents).toBe(10_307 + (d?.installments[2]?.state?.totalDueCents ?? 0));
    expect(d?.payments).toHaveLength(1);
    // A fiado tab not yet closed is owed too.
    await addTabEntry(db, { customerId: late.id, date: '2025-04-06', description: 'Pão e leite', totalCents: 1_250 }, '2025-04-06');
    const withTab = await customerDetail(db, late.id, '2025-04-06');
    expect(withTab?.owedTodayCents).toBe((d?.owedTodayCents ?? 0) + 1_250);
    expect(await customerDetail(db, 'nope', '2025-04-06')).toBeNull();
    expect((await openInstallments(db, late.id, '2025-04-06')).map((v) => v.row.dueDate)).toEqual(['2025-03-05', '2025-04-05']);
  });

  it("today's actions: régua steps since the last run, promises due, next actions, agreements at risk", async () => {
    const { db, late, punctual } = await shop();
    await logContact(db, { customerId: late.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-03-01', promisedCents: 5_000, at: '2025-02-27T12:00:00.000Z' }, '2025-02-27');
    await setNextAction(db, punctual.id, { date: '2025-03-02', text: 'Confirmar endereço' });
    const first = await todayActions(db, '2025-03-02');
    expect(first.inputs.lastRun).toBeNull();
    expect(first.actions.map((a) => [a.customerId, a.stageId])).toEqual([[late.id, 'negociacao']]);
    expect(first.inputs.promises.map((p) => [p.contact.customerId, p.status])).toEqual([[late.id, 'quebrada']]);
    expect(first.inputs.nextActions.map((c) => c.customerId)).toEqual([punctual.id]);
    await markTodayRun(db, '2025-03-02');
    const next = await todayActions(db, '2025-03-24');
    expect(next.inputs.lastRun).toBe('2025-03-02');
    expect(next.actions.map((a) => [a.customerId, a.stageId])).toEqual([
      [late.id, 'notificacao'],
      [punctual.id, 'a_vencer'],
    ]);
    const r = await renegotiateDebt(db, { customerId: late.id, count: 2, firstDueDate: '2025-03-25' }, '2025-03-24');
    const risk = await todayActions(db, '2025-04-10');
    expect(risk.inputs.agreementsAtRisk.map((a) => a.id)).toEqual([r.agreement.id]);
  });

  it("a newer promise replaces the customer's older one: the older is not listed as broken", async () => {
    const { db, late } = await shop();
    await logContact(db, { customerId: late.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-03-01', promisedCents: 5_000, at: '2025-02-27T12:00:00.000Z' }, '2025-02-27');
    expect((await todayActions(db, '2025-03-02')).inputs.promises.map((p) => p.status)).toEqual(['quebrada']);
    await logContact(db, { customerId: late.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2025-03-10', promisedCents: 5_000, at: '2025-03-02T12:00:00.000Z' }, '2025-03-02');
    expect((await todayActions(db, '2025-03-02')).inputs.promises).toEqual([]);
    // Its own date comes: it is the one listed.
    expect((await todayActions(db, '2025-03-10')).inputs.promises.map((p) => [p.contact.promisedDate, p.status])).toEqual([['2025-03-10', 'vence_hoje']]);
  });

  it('the list without search text is drawn from the whole shop for each sort, not from the first names', async () => {
    const db = await freshDb();
    const sell = async (name: string, totalCents: number, firstDueDate: string) => {
      const c = await aCustomer(db, { name });
      await createCreditSale(db, { customerId: c.id, date: '2025-01-05', totalCents, plan: { kind: 'plan', count: 2, firstDueDate } }, '2025-01-05');
    };
    await sell('Ana Pequena', 2_000, '2025-03-10');
    await sell('Bia Antiga', 4_000, '2025-01-10');
    await sell('Zeca Grande', 90_000, '2025-02-10');
    await sell('Xavier Médio', 50_000, '2025-04-10');
    await aCustomer(db, { name: 'Carlos Sem Compras' });
    const names = async (sort: 'name' | 'open' | 'overdue' | 'days', onlyOverdue: boolean, limit: number) => (await firstCustomers(db, sort, onlyOverdue, '2025-03-20', limit)).map((c) => c.name);
    expect(await names('name', false, 2)).toEqual(['Ana Pequena', 'Bia Antiga']);
    // The two biggest balances come first although their names sort last.
    expect(await names('open', false, 2)).toEqual(['Zeca Grande', 'Xavier Médio']);
    // Overdue on 2025-03-20: Zeca 45_000 (1 of 2), Bia 4_000 (both), Ana 1_000; Xavier nothing yet.
    expect(await names('overdue', true, 10)).toEqual(['Zeca Grande', 'Bia Antiga', 'Ana Pequena']);
    expect(await names('days', false, 2)).toEqual(['Bia Antiga', 'Zeca Grande']);
    expect(await names('name', true, 10)).toEqual(['Ana Pequena', 'Bia Antiga', 'Zeca Grande']);
    // Fewer customers with purchases than the page: the others follow by name.
    expect(await names('open', false, 10)).toEqual(['Zeca Grande', 'Xavier Médio', 'Bia Antiga', 'Ana Pequena', 'Carlos Sem Compras']);
  });

  it('search finds the same customers by its one-read fast path and by walking the index', async () => {
    const db = await freshDb();
    // 20 "Ana Silva", and 3 "Ana Souza" whose surname only shows after the first index entries.
    for (let i = 0; i < 20; i++) await aCustomer(db, { name: `Ana Silva ${String(i).padStart(2, '0')}`, phones: [] });
    for (let i = 0; i < 3; i++) await aCustomer(db, { name: `Ana Souza ${i}`, phones: [] });
    // One word: the first 5 (of 23) by the index, sorted by name.
    const one = await searchCustomers(db, 'ana', 5);
    expect(one).toHaveLength(5);
    expect(new Set(one.map((c) => c.id)).size).toBe(5);
    // Two words whose longer one ('silva', 20 entries) fills the fast read's window (15) with
    // customers the other word rules out: the walk goes on and finds the one that matches.
    expect((await searchCustomers(db, 'silva 19', 5)).map((c) => c.name)).toEqual(['Ana Silva 19']);
    // Range shorter than the window: complete without the walk.
    expect((await searchCustomers(db, 'souza', 5)).map((c) => c.name)).toEqual(['Ana Souza 0', 'Ana Souza 1', 'Ana Souza 2']);
  });
});
