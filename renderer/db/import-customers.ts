// Importing customers and opening balances (saldo inicial) from a checked file: one
// transaction, all or nothing. Each customer goes through the customer form's schema; an
// opening balance becomes a one-installment credit sale dated on the purchase day. Rows whose
// CPF/CNPJ is already registered are merged into that customer or skipped, as chosen.
import { phoneDigits } from '@shared/br/format';
import type { ImportBalance, ImportCustomer, ImportRecord, Rejection } from '@shared/import/validate';
import type { CadernetaDB } from './schema';
import type { AuditRow, CustomerRow, InstallmentRow, SaleRow, SummaryRow, TableName } from './types';
import { customerInputSchema, type CustomerFields } from './customer-schema';
import { stampNew, stampUpdate } from './audit';
import { customerTokens, fold } from './search-tokens';
import { parseInput } from './validation';
import { RepoError } from './errors';
import { newInstallment } from './sales';
import { computeSummary } from './summary-calc';
import { recomputeSummary } from './summary';
import { importReason } from './import-reason';

export type DuplicateMode = 'merge' | 'skip';

export interface ImportDuplicate {
  line: number;
  name: string;
  existingId: string;
  existingName: string;
  /** How it was found: same CPF/CNPJ, or (neither has one) same name and phone. */
  by: 'document' | 'name_phone';
  /** Balances of this record already imported for that customer (same purchase date, due date,
   *  amount and description): importing again never adds them twice. */
  balancesAlready: number;
}

export interface ImportOutcome {
  created: number;
  merged: number;
  skipped: number;
  balances: number;
  balanceCents: number;
  /** Balances left out because an earlier import already brought them in. */
  balancesAlready: number;
}

const SCHEMA_FIELD: Record<string, string> = { name: 'Nome', kind: 'Tipo', document: 'CPF/CNPJ', phones: 'Telefone', email: 'E-mail', address: 'Endereço', creditLimitCents: 'Limite de crédito', notes: 'Observações' };

/** The customer form's own validation of each record (messages with the file line). */
export function schemaRejections(records: readonly ImportRecord[]): Rejection[] {
  const out: Rejection[] = [];
  for (const r of records) {
    const res = customerInputSchema.safeParse(r.customer);
    if (res.success) continue;
    for (const issue of res.error.issues) {
      const top = String(issue.path[0] ?? '');
      out.push({ line: r.lines[0] ?? 0, field: SCHEMA_FIELD[top] ?? (top || null), message: issue.message });
    }
  }
  return out;
}

/** The registered customer each record is: same CPF/CNPJ; without one on either side, same name
 *  (accents and case aside) and same phone. Read inside or outside a transaction. */
async function matchExisting(db: CadernetaDB, records: readonly ImportRecord[]): Promise<Map<ImportRecord, { customer: CustomerRow; by: ImportDuplicate['by'] }>> {
  const docs = [...new Set(records.flatMap((r) => (r.customer.document ? [r.customer.document] : [])))];
  const names = [...new Set(records.flatMap((r) => (!r.customer.document && r.customer.phones[0] ? [fold(r.customer.name)] : [])))];
  const [byDocRows, byNameRows] = await Promise.all([
    docs.length ? db.customers.where('document').anyOf(docs).toArray() : Promise.resolve([]),
    names.length ? db.customers.where('sortName').anyOf(names).toArray() : Promise.resolve([]),
  ]);
  const byDoc = new Map(byDocRows.map((c) => [c.document ?? '', c]));
  const out = new Map<ImportRecord, { customer: CustomerRow; by: ImportDuplicate['by'] }>();
  for (const r of records) {
    const doc = r.customer.document ? byDoc.get(r.customer.document) : undefined;
    if (doc) {
      out.set(r, { customer: doc, by: 'document' });
      continue;
    }
    const phone = r.customer.phones[0]?.number;
    if (r.customer.document || !phone) continue;
    const same = byNameRows.find((c) => !c.document && !c.anonymizedAt && c.sortName === fold(r.customer.name) && c.phones.some((p) => phoneDigits(p.number) === phoneDigits(phone)));
    if (same) out.set(r, { customer: same, by: 'name_phone' });
  }
  return out;
}

/** An opening balance an earlier import wrote, as a re-import compares it. */
interface ImportedBalance {
  date: string;
  dueDate: string;
  cents: number;
  description: string;
}

/** The opening balances already imported for these customers. */
async function importedBalances(db: CadernetaDB, customerIds: readonly string[]): Promise<Map<string, ImportedBalance[]>> {
  const out = new Map<string, ImportedBalance[]>();
  if (customerIds.length === 0) return out;
  const sales = (await db.sales.where('customerId').anyOf([...customerIds]).toArray()).filter((s) => s.openingBalance === true && s.status === 'active');
  const installments = await db.installments.where('saleId').anyOf(sales.map((s) => s.id)).toArray();
  const due = new Map(installments.map((i) => [i.saleId, i.dueDate]));
  for (const s of sales) out.set(s.customerId, [...(out.get(s.customerId) ?? []), { date: s.date, dueDate: due.get(s.id) ?? '', cents: s.totalCents, description: s.description }]);
  return out;
}

/**
 * Takes from `pool` the earlier import of this balance, if there is one: same due date, amount
 * and description, and the same purchase date when the file gives one (without it, the import
 * set the date itself, to the day it ran). Each earlier balance answers for one row: two equal
 * rows where one was imported before bring in the second.
 */
function takeImported(pool: ImportedBalance[] | undefined, b: ImportBalance): boolean {
  const k = pool?.findIndex((x) => x.dueDate === b.dueDate && x.cents === b.amountCents && x.description === b.description && (!b.saleDateGiven || x.date === b.saleDate)) ?? -1;
  if (k < 0 || !pool) return false;
  pool.splice(k, 1);
  return true;
}

/** Records that are customers already registered (see matchExisting), with the balances an
 *  earlier import already brought in. */
export async function findDuplicates(db: CadernetaDB, records: readonly ImportRecord[]): Promise<ImportDuplicate[]> {
  const found = await matchExisting(db, records);
  if (found.size === 0) return [];
  const already = await importedBalances(db, [...new Set([...found.values()].map((f) => f.customer.id))]);
  return records.flatMap((r) => {
    const f = found.get(r);
    if (!f) return [];
    const pool = already.get(f.customer.id);
    const balancesAlready = r.balances.filter((b) => takeImported(pool, b)).length;
    return [{ line: r.lines[0] ?? 0, name: r.customer.name, existingId: f.customer.id, existingName: f.customer.name, by: f.by, balancesAlready }];
  });
}

function customerRow(db: CadernetaDB, f: CustomerFields): CustomerRow {
  const kind = f.document ? (f.document.length === 14 ? 'PJ' : 'PF') : (f.kind ?? 'PF');
  const base = { name: f.name, document: f.document, phones: f.phones, email: f.email, address: f.address, creditLimitCents: f.creditLimitCents, notes: f.notes };
  return { ...stampNew(db), ...base, kind, searchTokens: customerTokens(base), sortName: fold(f.name), blocked: false, blockedReason: null, anonymizedAt: null };
}

/** Fields to fill in on an existing customer: only what it lacks; new phone numbers are added. */
function mergePatch(c: CustomerRow, f: CustomerFields): Partial<CustomerRow> {
  const patch: Partial<CustomerRow> = {};
  const known = new Set(c.phones.map((p) => p.number.replace(/\D/g, '')));
  const phones = [...c.phones, ...f.phones.filter((p) => !known.has(p.number.replace(/\D/g, '')))].slice(0, 5);
  if (phones.length !== c.phones.length) patch.phones = phones;
  if (!c.email && f.email) patch.email = f.email;
  if (!c.address && f.address) patch.address = f.address;
  if (c.creditLimitCents === null && f.creditLimitCents !== null) patch.creditLimitCents = f.creditLimitCents;
  if (f.notes && !c.notes.includes(f.notes)) patch.notes = (c.notes ? `${c.notes}\n${f.notes}` : f.notes).slice(0, 2000);
  if (patch.phones) patch.searchTokens = customerTokens({ name: c.name, document: c.document, phones });
  return patch;
}

function balanceRows(db: CadernetaDB, customerId: string, b: ImportBalance): { sale: SaleRow; installment: InstallmentRow } {
  const sale: SaleRow = {
    ...stampNew(db),
    customerId,
    date: b.saleDate,
    description: b.description,
    items: [],
    totalCents: b.amountCents,
    downPaymentCents: 0,
    planKind: 'installments',
    tabStatus: 'none',
    tabInstallmentId: null,
    agreementId: null,
    overrideReason: null,
    status: 'active',
    openingBalance: true,
  };
  const installment = newInstallment(db, { saleId: sale.id, customerId, number: 1, count: 1, dueDate: b.dueDate, amountCents: b.amountCents });
  return { sale, installment };
}

/** Validates with the customer schema; throws a RepoError naming the first bad line. */
function parseCustomer(r: ImportRecord): CustomerFields {
  try {
    return parseInput(customerInputSchema, r.customer satisfies ImportCustomer);
  } catch (e) {
    if (e instanceof RepoError) throw new RepoError('validation', `Linha ${r.lines[0] ?? '?'}: ${e.message}`, { fields: e.fields });
    throw e;
  }
}

/**
 * Writes every record or nothing. Throws (and writes nothing) if any record is invalid or
 * `records` is empty.
 */
export async function importCustomers(db: CadernetaDB, records: readonly ImportRecord[], mode: DuplicateMode, today: string): Promise<ImportOutcome> {
  if (records.length === 0) throw new RepoError('validation', 'Nenhum cliente para importar.');
  const parsed = records.map((r) => ({ record: r, fields: parseCustomer(r) }));
  const tables = [db.customers, db.sales, db.installments, db.payments, db.summaries, db.audit];
  return db.transaction('rw', tables, async () => {
    const found = await matchExisting(db, records);
    const already = mode === 'merge' ? await importedBalances(db, [...new Set([...found.values()].map((f) => f.customer.id))]) : new Map<string, ImportedBalance[]>();
    const customers: CustomerRow[] = [];
    const sales: SaleRow[] = [];
    const installments: InstallmentRow[] = [];
    const audit: AuditRow[] = [];
    const merges: { id: string; before: Partial<CustomerRow>; patch: Partial<CustomerRow>; line: number }[] = [];
    const fresh = new Map<string, { sales: SaleRow[]; installments: InstallmentRow[] }>();
    const touched = new Set<string>();
    const outcome: ImportOutcome = { created: 0, merged: 0, skipped: 0, balances: 0, balanceCents: 0, balancesAlready: 0 };
    const log = (table: TableName, rowId: string, after: unknown, line: number, before: unknown = null): void => {
      const meta = stampNew(db);
      audit.push({ ...meta, at: meta.createdAt, table, rowId, action: 'import', before, after, reason: importReason(line) });
    };

    for (const { record, fields } of parsed) {
      const line = record.lines[0] ?? 0;
      const old = found.get(record)?.customer;
      if (old && mode === 'skip') {
        outcome.skipped++;
        continue;
      }
      let customerId: string;
      if (old) {
        customerId = old.id;
        const patch = mergePatch(old, fields);
        if (Object.keys(patch).length > 0) merges.push({ id: old.id, before: Object.fromEntries(Object.keys(patch).map((k) => [k, old[k as keyof CustomerRow]])), patch, line });
        if (record.balances.length > 0) touched.add(old.id);
        outcome.merged++;
      } else {
        const row = customerRow(db, fields);
        customers.push(row);
        log('customers', row.id, row, line);
        customerId = row.id;
        fresh.set(row.id, { sales: [], installments: [] });
        outcome.created++;
      }
      const pool = old ? already.get(old.id) : undefined;
      for (const b of record.balances) {
        // Imported before (the same file again, fixed): not a second debt.
        if (takeImported(pool, b)) {
          outcome.balancesAlready++;
          continue;
        }
        const { sale, installment } = balanceRows(db, customerId, b);
        sales.push(sale);
        installments.push(installment);
        log('sales', sale.id, sale, b.line);
        log('installments', installment.id, installment, b.line);
        fresh.get(customerId)?.sales.push(sale);
        fresh.get(customerId)?.installments.push(installment);
        outcome.balances++;
        outcome.balanceCents += b.amountCents;
      }
    }

    for (const m of merges) {
      await db.customers.update(m.id, { ...m.patch, ...stampUpdate(db) });
      if (typeof m.patch.name === 'string') await db.summaries.update(m.id, { name: m.patch.name });
      log('customers', m.id, m.patch, m.line, m.before);
    }
    await db.customers.bulkAdd(customers);
    await db.sales.bulkAdd(sales);
    await db.installments.bulkAdd(installments);

    const at = new Date().toISOString();
    const summaries: SummaryRow[] = [];
    const names = new Map(customers.map((c) => [c.id, c.name]));
    for (const [id, rows] of fresh) {
      if (rows.installments.length === 0) continue;
      summaries.push({ id, createdAt: at, updatedAt: at, deviceId: db.device.deviceId, ...computeSummary(id, rows.installments, rows.sales, [], today), ...(names.has(id) ? { name: names.get(id) ?? null } : {}) });
    }
    await db.summaries.bulkPut(summaries);
    for (const id of touched) await recomputeSummary(db, id, today);
    await db.audit.bulkAdd(audit);
    return outcome;
  });
}
