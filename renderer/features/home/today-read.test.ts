import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from '../../db/sales';
import { receivePayment } from '../../db/payments';
import { breakAgreement, renegotiateDebt } from '../../db/agreements';
import { logContact, setNextAction } from '../../db/collections';
import { loadBoardData } from '../../db/screen-reads';
import { buildBoard } from '../collections/model/board-model';
import { contextOf, toSource } from '../collections/useBoard';
import { resolveTask, runToday } from '../../db/board-today';
import { nativeConnection } from '../../db/native-connection';
import { aCustomer, finishDbs, freshDb } from '../../db/test-helpers';
import type { CadernetaDB } from '../../db/schema';
import { readToday } from './today-read';
import { logLetterContact } from '../../db/board-notices';
import { NOTICE_NOTE_PREFIX } from '../../db/board-data';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

const sell = (db: CadernetaDB, customerId: string, firstDueDate: string) =>
  createCreditSale(db, { customerId, date: '2025-01-05', totalCents: 30_000, plan: { kind: 'plan', count: 3, firstDueDate } }, '2025-01-05');

describe("Today's list read", () => {
  it('shows the steps still owed, the follow-ups and the agreements at risk, each with its name', async () => {
    const db = await freshDb();
    const gil = await aCustomer(db, { name: 'Gil Atrasado' });
    const fabio = await aCustomer(db, { name: 'Fábio Quitou' });
    const carla = await aCustomer(db, { name: 'Carla Acordo Atrasado' });
    const eva = await aCustomer(db, { name: 'Eva Acordo Quebrado' });
    const dora = await aCustomer(db, { name: 'Dora Acordo em Dia' });
    const bruno = await aCustomer(db, { name: 'Bruno Pontual' });
    await sell(db, gil.id, '2025-02-20');
    await sell(db, fabio.id, '2025-02-15');
    await sell(db, carla.id, '2025-02-05');
    await sell(db, eva.id, '2025-02-05');
    await sell(db, dora.id, '2025-02-10');
    await sell(db, bruno.id, '2025-06-25');
    // The day's run stores a régua step for each late customer.
    await runToday(db, '2025-03-02');
    // Fábio pays everything: his step no longer applies, and his name is not needed.
    await receivePayment(db, { customerId: fabio.id, amountCents: 60_000, method: 'dinheiro' }, '2025-03-03');
    // Three agreements, in this order: Carla's runs late, Eva's is broken, Dora's is on time.
    const late = await renegotiateDebt(db, { customerId: carla.id, count: 2, firstDueDate: '2025-03-25' }, '2025-03-24');
    const ended = await renegotiateDebt(db, { customerId: eva.id, count: 2, firstDueDate: '2025-03-25' }, '2025-03-24');
    await breakAgreement(db, ended.agreement.id, 'Desistiu do acordo', '2025-03-26');
    await renegotiateDebt(db, { customerId: dora.id, count: 2, firstDueDate: '2025-05-20' }, '2025-03-24');
    // A follow-up for a customer whose debt is out of the régua's reach: his name comes from
    // the customers table.
    await setNextAction(db, bruno.id, { date: '2025-04-09', text: 'Confirmar endereço' });

    const { items } = await readToday(await nativeConnection(db), '2025-04-10');
    const seen = items.map((i) => [i.section, i.name]);
    expect(seen).toContainEqual(['agenda', 'Bruno Pontual']);
    expect(seen).toContainEqual(['acordos', 'Carla Acordo Atrasado']);
    expect(items.find((i) => i.section === 'acordos')?.agreementId).toBe(late.agreement.id);
    expect(seen.filter(([s]) => s === 'acordos')).toHaveLength(1);
    expect(seen).toContainEqual(['regua', 'Gil Atrasado']);
    expect(seen.filter(([, n]) => n === 'Fábio Quitou' || n === 'Dora Acordo em Dia')).toEqual([]);
    // Every item found its customer's name (none fell back to the placeholder).
    expect(items.every((i) => i.name !== 'Cliente')).toBe(true);
  });

  it('holds a step after the notice stage until the written notice\'s 10 days have run out, as the board does', async () => {
    const db = await freshDb();
    const rita = await aCustomer(db, { name: 'Rita Sem Aviso' });
    await createCreditSale(db, { customerId: rita.id, date: '2026-07-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-08-01' } }, '2026-07-01');
    // The first run stores the step of the stage she is in by the days alone: Jurídico.
    await runToday(db, '2026-11-09');
    const read = async (day: string) => (await readToday(await nativeConnection(db), day)).items.filter((i) => i.customerId === rita.id);
    const [held] = await read('2026-11-09');
    expect(held).toMatchObject({ stageId: 'suspenso', channel: 'letter', heldFor: 'Jurídico' });
    await logLetterContact(db, { customerId: rita.id, channel: 'letter', outcome: 'outro', notes: `${NOTICE_NOTE_PREFIX}. Enviada com AR.` }, '2026-11-09', true);
    expect(await read('2026-11-19')).toEqual([]);
    const [step] = await read('2026-11-20');
    // Due from the day it was released (not from when the days late reached the stage).
    expect(step).toMatchObject({ stageId: 'juridico', title: expect.stringMatching(/^Jurídico: /), dueOn: '2026-11-20', late: false, detail: 'Para hoje' });
    expect(step?.heldFor).toBeUndefined();
  });

  it('skipping the held notice skips the notice, not the step it holds: the step comes back once the notice went out', async () => {
    const db = await freshDb();
    const rita = await aCustomer(db, { name: 'Rita Pulou o Aviso' });
    await createCreditSale(db, { customerId: rita.id, date: '2026-07-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-08-01' } }, '2026-07-01');
    await runToday(db, '2026-11-09');
    const read = async (day: string) => (await readToday(await nativeConnection(db), day)).items.filter((i) => i.customerId === rita.id);
    const [held] = await read('2026-11-09');
    if (!held) throw new Error('no held item');
    await resolveTask(db, { key: held.key, kind: held.kind, customerId: rita.id, status: 'skipped', reason: 'Vai pagar na sexta' }, '2026-11-09');
    // Gone from the list, also after the next day's run (its row keeps the step's debt).
    expect(await read('2026-11-09')).toEqual([]);
    await runToday(db, '2026-11-10');
    expect(await read('2026-11-10')).toEqual([]);
    // The notice goes out later (from the board): the Jurídico step comes back after its days.
    await logLetterContact(db, { customerId: rita.id, channel: 'letter', outcome: 'outro', notes: `${NOTICE_NOTE_PREFIX}. Enviada com AR.` }, '2026-11-12', true);
    await runToday(db, '2026-11-23');
    const [step] = await read('2026-11-23');
    expect(step).toMatchObject({ stageId: 'juridico', dueOn: '2026-11-23' });
  });

  it("suggests the message of the customer's stage as the board places it, a promise broken two weeks ago included", async () => {
    const db = await freshDb();
    const ivo = await aCustomer(db, { name: 'Ivo Prometeu' });
    await createCreditSale(db, { customerId: ivo.id, date: '2026-10-03', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-11-03' } }, '2026-10-03');
    // Promised on 05/11 to pay on 10/11 and paid nothing: 13 days before today.
    await logContact(db, { customerId: ivo.id, channel: 'phone', outcome: 'prometeu_pagar', promisedDate: '2026-11-10', promisedCents: 30_000, at: '2026-11-05T14:00:00.000Z' }, '2026-11-05');
    await setNextAction(db, ivo.id, { date: '2026-11-23', text: 'Ligar de novo' });
    const today = '2026-11-23';
    const data = await loadBoardData(db, today);
    const card = buildBoard(data.rows.map(toSource), contextOf(data, today)).cards.find((c) => c.customerId === ivo.id);
    // 20 days late is "Negociação"; the broken promise moves the card one stage on.
    expect(card?.column).toBe('notificacao');
    const items = (await readToday(await nativeConnection(db), today)).items.filter((i) => i.customerId === ivo.id && i.section === 'agenda');
    expect(items.map((i) => i.templateId)).toEqual(['notificacao']);
  });

  it('putting the held notice off shows it again on the day chosen, still as the notice', async () => {
    const db = await freshDb();
    const rita = await aCustomer(db, { name: 'Rita Adiou o Aviso' });
    await createCreditSale(db, { customerId: rita.id, date: '2026-07-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-08-01' } }, '2026-07-01');
    await runToday(db, '2026-11-09');
    const read = async (day: string) => (await readToday(await nativeConnection(db), day)).items.filter((i) => i.customerId === rita.id);
    const [held] = await read('2026-11-09');
    if (!held) throw new Error('no held item');
    await resolveTask(db, { key: held.key, kind: held.kind, customerId: rita.id, status: 'rescheduled', reason: 'Pediu até segunda', showOn: '2026-11-16' }, '2026-11-09');
    expect(await read('2026-11-13')).toEqual([]);
    const [again] = await read('2026-11-16');
    expect(again).toMatchObject({ stageId: 'suspenso', heldFor: 'Jurídico', dueOn: '2026-11-16' });
  });
});
