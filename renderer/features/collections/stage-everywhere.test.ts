// One stage per customer on every screen: the board, the customer list, the customer's page,
// the collection panel and the credit gate all apply standingOf (a broken promise moves the
// customer on; a stage after the notice waits for the written notice, CDC art. 43 §2).
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from '../../db/sales';
import { logContact, pauseCollection } from '../../db/collections';
import { logLetterContact } from '../../db/board-notices';
import { NOTICE_NOTE_PREFIX } from '../../db/board-data';
import { loadBoardData } from '../../db/screen-reads';
import { customerDetail } from '../../db/queries';
import { creditGate } from '../../db/credit-gate';
import { getSettings } from '../../db/settings';
import { aCustomer, finishDbs, freshDb } from '../../db/test-helpers';
import type { CadernetaDB } from '../../db/schema';
import { loadCustomerList } from '../customers/useCustomerList';
import { loadCollectionCustomer } from './useCollectionCustomer';
import { buildBoard } from './model/board-model';
import { contextOf, toSource } from './useBoard';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

/** The stage id each screen shows for the customer on `today`. */
async function stages(db: CadernetaDB, customerId: string, today: string): Promise<Record<string, string | null | undefined>> {
  const data = await loadBoardData(db, today);
  const board = buildBoard(data.rows.map(toSource), contextOf(data, today));
  const list = await loadCustomerList(db, '', false, today, 'name', '');
  const customer = await db.customers.get(customerId);
  if (!customer) throw new Error('no customer');
  return {
    board: board.cards.find((c) => c.customerId === customerId)?.column,
    list: list.find((r) => r.customer.id === customerId)?.placement.stageId,
    page: (await customerDetail(db, customerId, today))?.placement.stageId,
    panel: (await loadCollectionCustomer(db, customerId, today))?.placement.stageId,
    gate: (await creditGate(db, customer, 0, today, await getSettings(db))).stageId,
  };
}

const everywhere = (stageId: string) => ({ board: stageId, list: stageId, page: stageId, panel: stageId, gate: stageId });

describe('the stage of a customer', () => {
  it('is the same on every screen: held in "Crédito suspenso" until the notice\'s 10 days have run out', async () => {
    const db = await freshDb();
    const c = await aCustomer(db, { name: 'Rita Sem Aviso' });
    await createCreditSale(db, { customerId: c.id, date: '2026-07-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-08-01' } }, '2026-07-01');
    // 100 days late: 'juridico' by the days alone.
    expect(await stages(db, c.id, '2026-11-09')).toEqual(everywhere('suspenso'));
    await logLetterContact(db, { customerId: c.id, channel: 'letter', outcome: 'outro', notes: `${NOTICE_NOTE_PREFIX}. Enviada com AR.` }, '2026-11-09', true);
    // The notice gives 10 days to pay (until 19/11): the next stage from 20/11.
    expect(await stages(db, c.id, '2026-11-19')).toEqual(everywhere('suspenso'));
    expect(await stages(db, c.id, '2026-11-20')).toEqual(everywhere('juridico'));
  });

  it('a paused customer is refused credit in the stage the rule gives, notice hold included', async () => {
    const db = await freshDb();
    const c = await aCustomer(db, { name: 'Paula Pausada' });
    await createCreditSale(db, { customerId: c.id, date: '2026-07-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-08-01' } }, '2026-07-01');
    await pauseCollection(db, c.id, '2026-12-31', 'Viajou', '2026-11-01');
    const customer = await db.customers.get(c.id);
    if (!customer) throw new Error('no customer');
    const gate = await creditGate(db, customer, 0, '2026-11-09', await getSettings(db));
    expect(gate).toMatchObject({ allowed: false, stageId: 'suspenso' });
    expect(gate.reasons.join(' ')).toContain('"Crédito suspenso"');
  });

  it('is the same on every screen after a broken promise: one stage on', async () => {
    const db = await freshDb();
    const c = await aCustomer(db, { name: 'Caio Prometeu' });
    await createCreditSale(db, { customerId: c.id, date: '2026-09-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-10-01' } }, '2026-09-01');
    // 34 to 40 days late: 'notificacao' by the days alone.
    await logContact(db, { customerId: c.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2026-11-05', promisedCents: 30_000, at: '2026-11-02T13:00:00.000Z' }, '2026-11-02');
    expect(await stages(db, c.id, '2026-11-04')).toEqual(everywhere('notificacao'));
    expect(await stages(db, c.id, '2026-11-10')).toEqual(everywhere('suspenso'));
  });
});
