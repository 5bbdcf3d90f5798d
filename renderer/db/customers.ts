// Customers: create, update field by field, block credit, anonymise, export (LGPD).
import type { CadernetaDB } from './schema';
import type { CustomerRow, PersonKind, SummaryRow } from './types';
import { customerInputSchema, type CustomerFields, type CustomerInput } from './customer-schema';
import { appendAudit, stampNew, stampUpdate } from './audit';
import { customerTokens, fold } from './search-tokens';
import { parseInput, requireReason } from './validation';
import { RepoError, notFound } from './errors';
import { recomputeSummary } from './summary';

export type { CustomerInput } from './customer-schema';

const EDITABLE = ['name', 'kind', 'document', 'phones', 'email', 'address', 'creditLimitCents', 'notes', 'searchTokens', 'sortName'] as const;

function derived(f: CustomerFields): Pick<CustomerRow, (typeof EDITABLE)[number]> {
  const kind: PersonKind = f.document ? (f.document.length === 14 ? 'PJ' : 'PF') : (f.kind ?? 'PF');
  const base = { name: f.name, document: f.document, phones: f.phones, email: f.email, address: f.address, creditLimitCents: f.creditLimitCents, notes: f.notes };
  return { ...base, kind, searchTokens: customerTokens(base), sortName: fold(f.name) };
}

async function assertUniqueDocument(db: CadernetaDB, document: string | null, selfId: string | null): Promise<void> {
  if (!document) return;
  const existing = await db.customers.where('document').equals(document).first();
  if (existing && existing.id !== selfId) {
    throw new RepoError('duplicate_document', `Já existe um cliente com este CPF/CNPJ: ${existing.name}.`, {
      fields: { document: 'CPF/CNPJ já cadastrado.' },
      details: { existingId: existing.id },
    });
  }
}

export async function createCustomer(db: CadernetaDB, input: CustomerInput): Promise<CustomerRow> {
  const fields = parseInput(customerInputSchema, input);
  return db.transaction('rw', db.customers, db.audit, async () => {
    await assertUniqueDocument(db, fields.document, null);
    const row: CustomerRow = { ...stampNew(db), ...derived(fields), blocked: false, blockedReason: null, anonymizedAt: null };
    await db.customers.add(row);
    await appendAudit(db, { table: 'customers', rowId: row.id, action: 'create', after: row });
    return row;
  });
}

export async function getCustomer(db: CadernetaDB, id: string): Promise<CustomerRow> {
  const c = await db.customers.get(id);
  if (!c) throw notFound('Cliente', id);
  return c;
}

function toInput(c: CustomerRow): CustomerInput {
  return { name: c.name, kind: c.kind, document: c.document, phones: c.phones, email: c.email, address: c.address, creditLimitCents: c.creditLimitCents, notes: c.notes };
}

/** Changes only the given fields (validated together with the rest); writes and audits the diff. */
export async function updateCustomer(db: CadernetaDB, id: string, patch: Partial<CustomerInput>): Promise<CustomerRow> {
  return db.transaction('rw', db.customers, db.summaries, db.audit, async () => {
    const current = await getCustomer(db, id);
    if (current.anonymizedAt) throw new RepoError('invalid_state', 'Cliente anonimizado não pode ser alterado.');
    const next = derived(parseInput(customerInputSchema, { ...toInput(current), ...patch }));
    const changes: Partial<CustomerRow> = {};
    const before: Partial<CustomerRow> = {};
    for (const k of EDITABLE) {
      if (JSON.stringify(current[k]) !== JSON.stringify(next[k])) {
        Object.assign(changes, { [k]: next[k] });
        Object.assign(before, { [k]: current[k] });
      }
    }
    if (Object.keys(changes).length === 0) return current;
    if ('document' in changes) await assertUniqueDocument(db, next.document, id);
    await db.customers.update(id, { ...changes, ...stampUpdate(db) });
    // The summary's copy of the name follows (no row yet: nothing to follow).
    if ('name' in changes) await db.summaries.update(id, { name: next.name });
    await appendAudit(db, { table: 'customers', rowId: id, action: 'update', before, after: changes });
    return getCustomer(db, id);
  });
}

/** Blocks (reason required) or unblocks new credit for a customer. */
export async function setCreditBlocked(db: CadernetaDB, id: string, blocked: boolean, reason?: string): Promise<CustomerRow> {
  const why = blocked ? requireReason(reason, 'o motivo do bloqueio') : (reason?.trim() ?? null);
  return db.transaction('rw', db.customers, db.audit, async () => {
    const c = await getCustomer(db, id);
    const changes = { blocked, blockedReason: blocked ? why : null };
    await db.customers.update(id, { ...changes, ...stampUpdate(db) });
    await appendAudit(db, { table: 'customers', rowId: id, action: 'update', before: { blocked: c.blocked, blockedReason: c.blockedReason }, after: changes, reason: why });
    return { ...c, ...changes };
  });
}

const REDACTED = { redacted: true };

/**
 * LGPD: erases a customer's personal data once nothing is owed either way. The ledger stays
 * (amounts, dates); names, documents, phones, addresses and notes go. The customer's own audit
 * payloads and contact notes are redacted too — the one sanctioned rewrite of insert-only rows,
 * since keeping the name there would defeat the erasure.
 */
/** sortName of an anonymised customer: sorts last, and lets a count leave them out by index. */
export const ANONYMIZED_SORT_NAME = '~anonimizado';

/** Why a customer with these figures cannot be anonymised yet (null: it can). The customer page
 *  says it before the button is pressed; anonymizeCustomer enforces it. */
export function anonymizeRefusal(s: Pick<SummaryRow, 'openCents' | 'tabOpenCents' | 'creditCents'>): string | null {
  if (s.openCents > 0 || s.tabOpenCents > 0) return 'O cliente ainda tem valores em aberto; não é possível anonimizar.';
  if (s.creditCents > 0) return 'O cliente tem crédito na loja; devolva o crédito antes de anonimizar.';
  return null;
}

export async function anonymizeCustomer(db: CadernetaDB, id: string, today: string): Promise<CustomerRow> {
  return db.transaction('rw', [db.customers, db.installments, db.sales, db.payments, db.contacts, db.audit, db.summaries], async () => {
    const c = await getCustomer(db, id);
    const refusal = anonymizeRefusal(await recomputeSummary(db, id, today));
    if (refusal) throw new RepoError('has_debt', refusal);
    const changes: Partial<CustomerRow> = {
      name: 'Cliente anonimizado',
      document: null,
      phones: [],
      email: null,
      address: null,
      notes: '',
      searchTokens: [],
      sortName: ANONYMIZED_SORT_NAME,
      blocked: true,
      blockedReason: 'Anonimizado',
      anonymizedAt: new Date().toISOString(),
    };
    await db.customers.update(id, { ...changes, ...stampUpdate(db) });
    await db.summaries.update(id, { name: null });
    await db.audit.where('[table+rowId]').equals(['customers', id]).modify({ before: REDACTED, after: REDACTED });
    const contactIds = await db.contacts.where('customerId').equals(id).primaryKeys();
    await db.contacts.where('customerId').equals(id).modify({ notes: '' });
    for (const cid of contactIds) await db.audit.where('[table+rowId]').equals(['contacts', cid]).modify({ before: REDACTED, after: REDACTED });
    await appendAudit(db, { table: 'customers', rowId: id, action: 'anonymize', before: REDACTED, after: { anonymizedAt: changes.anonymizedAt } });
    return { ...c, ...changes };
  });
}

export interface CustomerExport {
  format: 'caderneta-cliente';
  version: 1;
  exportedAt: string;
  customer: CustomerRow;
  sales: unknown[];
  installments: unknown[];
  payments: unknown[];
  contacts: unknown[];
  agreements: unknown[];
  documents: unknown[];
  collection: unknown;
}

/** Everything stored about one customer (LGPD right of access), ready to save as JSON. */
export async function exportCustomerData(db: CadernetaDB, id: string): Promise<CustomerExport> {
  return db.transaction('r', [db.customers, db.sales, db.installments, db.payments, db.contacts, db.agreements, db.documents, db.collection], async () => {
    const customer = await getCustomer(db, id);
    const by = <T>(t: { where(k: string): { equals(v: string): { toArray(): Promise<T[]> } } }) => t.where('customerId').equals(id).toArray();
    const [sales, installments, payments, contacts, agreements, documents, collection] = await Promise.all([
      by(db.sales),
      by(db.installments),
      by(db.payments),
      by(db.contacts),
      by(db.agreements),
      db.documents.where('customerIds').equals(id).toArray(),
      db.collection.get(id),
    ]);
    return { format: 'caderneta-cliente', version: 1, exportedAt: new Date().toISOString(), customer, sales, installments, payments, contacts, agreements, documents, collection: collection ?? null };
  });
}
