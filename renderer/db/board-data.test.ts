import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from './sales';
import { logContact, pauseCollection, renegotiateDebt, setStageOverride } from './collections';
import { noticeSentOnOf, NOTICE_NOTE_PREFIX } from './board-data';
import { loadBoardData, todayInputs } from './screen-reads';
import { listTasks, resolveTask, runToday } from './board-today';
import { logLetterContact } from './board-notices';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { anonymizeCustomer, updateCustomer } from './customers';
import { receivePayment } from './payments';
import { checkInvariants } from './invariants';
import { DEFAULT_SETTINGS, updateSettings } from './settings';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('board data', () => {
  it("reads the summaries in reach of the shop's own régua, also when it differs from the one read before", async () => {
    const db = await freshDb();
    const soon = await aCustomer(db, { name: 'Bia Vence Logo', phones: [] });
    await createCreditSale(db, { customerId: soon.id, date: '2026-11-01', totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-11-25' } }, '2026-11-01');
    const names = async (): Promise<string[]> => (await loadBoardData(db, '2026-11-23')).rows.map((r) => r.name);
    const inReach = async (): Promise<string[]> => (await todayInputs(db, '2026-11-23')).customers.map((c) => c.customerId);
    expect(await names()).toEqual(['Bia Vence Logo']); // the reminder stage starts 3 days before the due date
    expect(await inReach()).toEqual([soon.id]);
    const withoutReminder = DEFAULT_SETTINGS.collection.stages.filter((st) => st.fromDay > 0);
    await updateSettings(db, 'collection', { ...DEFAULT_SETTINGS.collection, stages: withoutReminder });
    expect(await names()).toEqual([]);
    expect(await inReach()).toEqual([]);
    expect(await names()).toEqual([]); // read again with that policy as the first guess
    await updateSettings(db, 'collection', DEFAULT_SETTINGS.collection);
    expect(await names()).toEqual(['Bia Vence Logo']);
    expect(await inReach()).toEqual([soon.id]);
  });

  it('reads the customers in reach of the régua with their collection state, promise and notice', async () => {
    const db = await freshDb();
    const late = await aCustomer(db, { name: 'Ana Atrasada' });
    const soon = await aCustomer(db, { name: 'Bia Vence Logo', phones: [] });
    const far = await aCustomer(db, { name: 'Caio Em Dia', phones: [] });
    const paused = await aCustomer(db, { name: 'Davi Pausado', phones: [] });
    await createCreditSale(db, { customerId: late.id, date: '2026-09-01', totalCents: 20_000, plan: { kind: 'plan', count: 2, firstDueDate: '2026-10-01' } }, '2026-09-01');
    await createCreditSale(db, { customerId: soon.id, date: '2026-11-01', totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-11-25' } }, '2026-11-01');
    await createCreditSale(db, { customerId: far.id, date: '2026-11-01', totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-12-20' } }, '2026-11-01');
    await createCreditSale(db, { customerId: paused.id, date: '2026-11-01', totalCents: 5_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-12-20' } }, '2026-11-01');
    await pauseCollection(db, paused.id, '2026-12-31', 'Internado', '2026-11-20');
    await logContact(db, { customerId: late.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2026-11-20', promisedCents: 10_000 }, '2026-11-15');
    await logLetterContact(db, { customerId: late.id, channel: 'letter', outcome: 'outro', notes: 'Carta comum' }, '2026-11-10', false);
    await logLetterContact(db, { customerId: late.id, channel: 'letter', outcome: 'outro', notes: `${NOTICE_NOTE_PREFIX}. Enviada com AR.` }, '2026-11-16', true);
    await setStageOverride(db, late.id, 'negociacao', 'Pediu para conversar');

    const { rows, settings } = await loadBoardData(db, '2026-11-23');
    expect(settings.collection.stages.length).toBeGreaterThan(0);
    const names = rows.map((r) => r.name).sort();
    expect(names).toEqual(['Ana Atrasada', 'Bia Vence Logo', 'Davi Pausado']);
    const ana = rows.find((r) => r.name === 'Ana Atrasada');
    expect(ana?.collection?.stageOverride).toBe('negociacao');
    expect(ana?.promise?.contact.promisedCents).toBe(10_000);
    expect(ana?.promise?.paidCentsSince).toBe(0);
    expect(ana?.lastContact?.channel).toBe('letter');
    expect(ana?.noticeSentOn).toBe('2026-11-16');
  });

  it('finds the written notice in letters and in the documents registry', () => {
    expect(noticeSentOnOf([{ channel: 'letter', notes: `${NOTICE_NOTE_PREFIX} (CDC)`, date: '2026-01-02' }, { channel: 'letter', notes: 'Carta comum', date: '2026-03-01' }], [])).toBe('2026-01-02');
    expect(noticeSentOnOf([], [{ type: 'aviso_negativacao', date: '2026-02-01' }, { type: 'recibo', date: '2026-04-01' }])).toBe('2026-02-01');
    expect(noticeSentOnOf([], [])).toBeNull();
  });
});

describe('today tasks', () => {
  it('generates each régua step once, catches up missed days, and remembers done / skipped / rescheduled', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2026-10-01', totalCents: 10_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-11-02' } }, '2026-10-01');
    // First run on 01/11: the reminder before the due date (fromDay -3 = 30/10).
    expect((await runToday(db, '2026-11-01')).created).toBe(1);
    expect((await runToday(db, '2026-11-01')).created).toBe(0);
    // The shop was closed until 12/11: "Vencido" (03/11) and "Cobrança" (10/11) both come in once.
    expect((await runToday(db, '2026-11-12')).created).toBe(2);
    expect((await runToday(db, '2026-11-12')).created).toBe(0);
    const tasks = await listTasks(db);
    expect(tasks.map((t) => t.stage?.stageId).sort()).toEqual(['a_vencer', 'cobranca', 'vencido']);
    const [first, second, third] = tasks;
    if (!first || !second || !third) throw new Error('tasks missing');
    await resolveTask(db, { key: first.key, kind: 'stage', customerId: c.id, status: 'done' }, '2026-11-12');
    await expect(resolveTask(db, { key: second.key, kind: 'stage', customerId: c.id, status: 'skipped' }, '2026-11-12')).rejects.toThrow(/motivo/);
    await resolveTask(db, { key: second.key, kind: 'stage', customerId: c.id, status: 'skipped', reason: 'Cliente avisou que paga amanhã' }, '2026-11-12');
    await expect(resolveTask(db, { key: third.key, kind: 'stage', customerId: c.id, status: 'rescheduled', reason: 'Ligar segunda', showOn: '2026-11-12' }, '2026-11-12')).rejects.toThrow(/depois de hoje/);
    await resolveTask(db, { key: third.key, kind: 'stage', customerId: c.id, status: 'rescheduled', reason: 'Ligar segunda', showOn: '2026-11-16' }, '2026-11-12');
    const after = await listTasks(db);
    expect(after.map((t) => t.status).sort()).toEqual(['done', 'rescheduled', 'skipped']);
    expect(after.find((t) => t.status === 'rescheduled')?.stage?.stageId).toBe(third.stage?.stageId);
  });
});

describe('spent tasks in the daily run', () => {
  it("deletes a paid debt's resolved steps at once and its pending ones once old, keeps what still shows or hides, and logs it", async () => {
    const db = await freshDb();
    const payer = await aCustomer(db, { name: 'Paga Tudo' });
    const late = await aCustomer(db, { name: 'Segue Devendo' });
    for (const c of [payer, late]) {
      await createCreditSale(db, { customerId: c.id, date: '2026-10-01', totalCents: 10_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-11-02' } }, '2026-10-01');
    }
    // Two runs: the reminder before the due date, then the two steps since (three each).
    expect((await runToday(db, '2026-11-01')).created).toBe(2);
    expect((await runToday(db, '2026-11-12')).created).toBe(4);
    const tasks = await listTasks(db);
    const reminder = (id: string) => tasks.find((t) => t.customerId === id && t.stage?.stageId === 'a_vencer');
    const lateDone = reminder(late.id);
    const payerDone = reminder(payer.id);
    if (!lateDone || !payerDone) throw new Error('steps missing');
    await resolveTask(db, { key: lateDone.key, kind: 'stage', customerId: late.id, status: 'done' }, '2026-11-12');
    await resolveTask(db, { key: payerDone.key, kind: 'stage', customerId: payer.id, status: 'done' }, '2026-11-12');
    await receivePayment(db, { customerId: payer.id, amountCents: 20_000, method: 'dinheiro' }, '2026-11-13');
    expect((await db.summaries.get(payer.id))?.openCents).toBe(0);

    // The next day: the payer's done step goes; their two pending ones stay a while (a reversed
    // payment would bring that debt back).
    expect((await runToday(db, '2026-11-14')).pruned).toBe(1);
    expect((await listTasks(db)).filter((t) => t.customerId === payer.id)).toHaveLength(2);
    // Sixty days after they fell due, they go too; the late customer's steps all stay, the done
    // one included, so the run does not bring it back as pending.
    expect((await runToday(db, '2027-01-10')).pruned).toBe(2);
    const left = await listTasks(db);
    expect(left.every((t) => t.customerId === late.id)).toBe(true);
    expect(left.find((t) => t.key === lateDone.key)?.status).toBe('done');
    const log = await db.audit.where('[table+rowId]').equals(['meta', 'task:']).toArray();
    expect(log.map((e) => [e.action, e.before])).toEqual([
      ['prune', { tasks: 1, stage: 1 }],
      ['prune', { tasks: 2, stage: 2 }],
    ]);
    // Nothing spent the next day: no entry.
    expect((await runToday(db, '2027-01-11')).pruned).toBe(0);
    expect(await db.audit.where('[table+rowId]').equals(['meta', 'task:']).count()).toBe(2);
  });
});

describe('agreements in the daily run', () => {
  it('breaks an agreement whose installment is late past the limit and lists it once on Today', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2026-08-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-09-01' } }, '2026-08-01');
    const { agreement } = await renegotiateDebt(db, { customerId: c.id, count: 2, firstDueDate: '2026-10-01' }, '2026-09-20');
    expect((await runToday(db, '2026-10-11')).broken).toBe(0); // 10 days late: still within the limit
    const r = await runToday(db, '2026-10-12');
    expect(r.broken).toBe(1);
    expect((await db.agreements.get(agreement.id))?.status).toBe('broken');
    const tasks = (await listTasks(db)).filter((t) => t.kind === 'agreement');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.info?.title).toMatch(/Acordo quebrado/);
    expect((await runToday(db, '2026-10-13')).broken).toBe(0);
  });

  it("names come from the summary rows, follow a rename, drop an anonymised customer, and rows without a name fall back to the customers table", async () => {
    const db = await freshDb();
    const ana = await aCustomer(db, { name: 'Ana Antiga' });
    const bia = await aCustomer(db, { name: 'Bia Sem Cópia', phones: [] });
    for (const c of [ana, bia]) {
      await createCreditSale(db, { customerId: c.id, date: '2026-09-01', totalCents: 10_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-10-01' } }, '2026-09-01');
    }
    expect((await db.summaries.get(ana.id))?.name).toBe('Ana Antiga');
    await updateCustomer(db, ana.id, { name: 'Ana Renomeada' });
    expect((await db.summaries.get(ana.id))?.name).toBe('Ana Renomeada');
    // A summary written before rows carried the name (or restored from such a backup).
    await db.summaries.where(':id').equals(bia.id).modify((row) => {
      delete row.name;
    });
    expect((await db.summaries.get(bia.id))?.name).toBeUndefined();
    const names = (await loadBoardData(db, '2026-11-23')).rows.map((r) => r.name).sort();
    expect(names).toEqual(['Ana Renomeada', 'Bia Sem Cópia']);
    // A wrong copy is caught by the invariants (and put right for the test's own check).
    await db.summaries.update(ana.id, { name: 'Outra Pessoa' });
    expect((await checkInvariants(db)).map((v) => v.rule)).toContain('summary-name');
    await db.summaries.update(ana.id, { name: 'Ana Renomeada' });
    // Paid off and anonymised: the summary's name is gone with the personal data.
    await receivePayment(db, { customerId: ana.id, amountCents: 20_000, method: 'dinheiro' }, '2026-11-23');
    await anonymizeCustomer(db, ana.id, '2026-11-23');
    expect((await db.summaries.get(ana.id))?.name).toBeNull();
  });
});
