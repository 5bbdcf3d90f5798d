// Collection work: contact history (insert-only), per-customer collection state (stage
// override, pause, responsible, next action).
import type { CadernetaDB } from './schema';
import type { CollectionRow, ContactRow, NextAction } from './types';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { getSettings } from './settings';
import { parseInput, requireReason, assertDate } from './validation';
import { RepoError, notFound } from './errors';
import { contactSchema, type ContactInput } from './contact-schema';
import { nowIso } from './ids';
import { lastPromiseOf, replacesPromise } from './last-promise';

export type { ContactInput } from './contact-schema';
export { renegotiateDebt, breakAgreement } from './agreements';

/** Records one contact with the customer (insert-only), e.g. a promise to pay. */
export async function logContact(db: CadernetaDB, input: ContactInput, today: string): Promise<ContactRow> {
  const f = parseInput(contactSchema, input);
  if (f.promisedDate && f.promisedDate < today) throw new RepoError('validation', 'A data prometida não pode estar no passado.', { fields: { promisedDate: 'Data no passado.' } });
  return db.transaction('rw', [db.customers, db.contacts, db.collection, db.audit], async () => {
    if (!(await db.customers.get(f.customerId))) throw notFound('Cliente', f.customerId);
    const at = f.at ?? nowIso();
    const row: ContactRow = {
      ...stampNew(db),
      customerId: f.customerId,
      at,
      date: f.at ? at.slice(0, 10) : today,
      channel: f.channel,
      direction: f.direction,
      outcome: f.outcome,
      promisedDate: f.promisedDate ?? null,
      promisedCents: f.promisedCents ?? null,
      notes: f.notes,
      documentId: f.documentId ?? null,
    };
    await db.contacts.add(row);
    await appendAudit(db, { table: 'contacts', rowId: row.id, action: 'create', after: row });
    const col = await db.collection.get(row.customerId);
    const changes: Partial<CollectionFields> = {};
    if (!col?.lastContact || col.lastContact.at <= row.at) {
      const { id, at: when, channel, outcome, promisedDate, promisedCents } = row;
      changes.lastContact = { id, at: when, channel, outcome, promisedDate, promisedCents };
    }
    if (replacesPromise(col?.lastPromise, row)) changes.lastPromise = lastPromiseOf(row);
    if (Object.keys(changes).length > 0) await writeCollection(db, row.customerId, changes, null);
    return row;
  });
}

type CollectionFields = Omit<CollectionRow, 'id' | 'createdAt' | 'updatedAt' | 'deviceId' | 'customerId'>;

export const EMPTY_COLLECTION: CollectionFields = { stageOverride: null, overrideReason: null, pausedUntil: null, pauseReason: null, responsible: null, nextAction: null, lastRunStage: null, lastContact: null, lastPromise: null };

/** Writes the given collection fields of a customer (creating the row), audited. Inside a tx. */
async function writeCollection(db: CadernetaDB, customerId: string, changes: Partial<CollectionFields>, reason: string | null): Promise<CollectionRow> {
  if (!(await db.customers.get(customerId))) throw notFound('Cliente', customerId);
  const row = await db.collection.get(customerId);
  if (!row) {
    const created: CollectionRow = { ...stampNew(db, customerId), customerId, ...EMPTY_COLLECTION, ...changes };
    await db.collection.add(created);
    await appendAudit(db, { table: 'collection', rowId: customerId, action: 'create', after: created, reason });
    return created;
  }
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof CollectionFields]]));
  await db.collection.update(customerId, { ...changes, ...stampUpdate(db) });
  await appendAudit(db, { table: 'collection', rowId: customerId, action: 'update', before, after: changes, reason });
  return { ...row, ...changes };
}

const tx = <T>(db: CadernetaDB, f: () => Promise<T>) => db.transaction('rw', [db.customers, db.collection, db.settings, db.audit], f);

/** Puts a customer in a stage by hand (reason required), or lifts the override (null). */
export async function setStageOverride(db: CadernetaDB, customerId: string, stageId: string | null, reason?: string): Promise<CollectionRow> {
  const why = stageId ? requireReason(reason, 'o motivo da mudança de etapa') : (reason?.trim() ?? null);
  return tx(db, async () => {
    if (stageId) {
      const { collection } = await getSettings(db);
      if (!collection.stages.some((s) => s.id === stageId)) throw new RepoError('validation', 'Etapa de cobrança desconhecida.', { fields: { stageId: 'Etapa desconhecida.' } });
    }
    return writeCollection(db, customerId, { stageOverride: stageId, overrideReason: stageId ? why : null }, why);
  });
}

/** Pauses collection through `until` (inclusive, reason required) or resumes it (null). */
export async function pauseCollection(db: CadernetaDB, customerId: string, until: string | null, reason: string | undefined, today: string): Promise<CollectionRow> {
  if (until !== null) {
    assertDate(until, 'pausar até');
    if (until < today) throw new RepoError('validation', 'A pausa deve terminar hoje ou depois.', { fields: { until: 'Data no passado.' } });
  }
  const why = until ? requireReason(reason, 'o motivo da pausa') : (reason?.trim() ?? null);
  return tx(db, () => writeCollection(db, customerId, { pausedUntil: until, pauseReason: until ? why : null }, why));
}

export async function setResponsible(db: CadernetaDB, customerId: string, responsible: string | null): Promise<CollectionRow> {
  const r = responsible?.trim() || null;
  if (r && r.length > 60) throw new RepoError('validation', 'Nome do responsável longo demais.');
  return tx(db, () => writeCollection(db, customerId, { responsible: r }, null));
}

export async function setNextAction(db: CadernetaDB, customerId: string, next: NextAction | null): Promise<CollectionRow> {
  if (next) {
    assertDate(next.date, 'próxima ação');
    if (next.text.trim().length === 0 || next.text.length > 300) throw new RepoError('validation', 'Descreva a próxima ação (até 300 caracteres).', { fields: { nextAction: 'Descreva a ação.' } });
  }
  return tx(db, () => writeCollection(db, customerId, { nextAction: next ? { date: next.date, text: next.text.trim() } : null }, null));
}

/** Remembers the stage step done for a customer (so the régua does not repeat it). */
export async function markStageRun(db: CadernetaDB, customerId: string, stageId: string, today: string): Promise<CollectionRow> {
  return tx(db, () => writeCollection(db, customerId, { lastRunStage: { stage: stageId, date: today } }, null));
}
