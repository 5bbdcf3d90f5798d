// Importing customers and opening balances (saldo inicial) from a checked file: one
// transaction, all or nothing. Each customer goes through the customer form's schema; an
// opening balance becomes a one-installment credit sale dated on the purchase day. Rows whose
// CPF/CNPJ is already registered are merged into that customer or skipped, as chosen.
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
}

export interface ImportOutcome {
  created: number;
  merged: number;
  skipped: number;
  balances: number;
  balanceCents: number;
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

/** Records whose CPF/CNPJ is already registered. */
export async function findDuplicates(db: CadernetaDB, records: readonly ImportRecord[]): Promise<ImportDuplicate[]> {
  const docs = [...new Set(records.flatMap((r) => (r.customer.document ? [r.customer.document] : [])))];
  if (docs.length === 0) return [];
  const existing = await db.customers.where('document').anyOf(docs).toArray();
  const byDoc = new Map(existing.map((c) => [c.document ?? '', c]));
  return records.flatMap((r) => {
    const c = r.customer.document ? byDoc.get(r.customer.document) : undefined;
    return c ? [{ line: r.lines[0] ?? 0, name: r.customer.name, existingId: c.id, existingName: c.name }] : [];
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
    const docs = [...new Set(parsed.flatMap((p) => (p.fields.document ? [p.fields.document] : [])))];
    const existing = new Map((await db.customers.where('document').anyOf(docs).toArray()).map((c) => [c.document ?? '', c]));
    const customers: CustomerRow[] = [];
    const sales: SaleRow[] = [];
    const installments: InstallmentRow[] = [];
    const audit: AuditRow[] = [];
    const merges: { id: string; before: Partial<CustomerRow>; patch: Partial<CustomerRow>; line: number }[] = [];
    const fresh = new Map<string, { sales: SaleRow[]; installments: InstallmentRow[] }>();
    const touched = new Set<string>();
    const outcome: ImportOutcome = { created: 0, merged: 0, skipped: 0, balances: 0, balanceCents: 0 };
    const log = (table: TableName, rowId: string, after: unknown, line: number, before: unknown = null): void => {
      const meta = stampNew(db);
      audit.push({ ...meta, at: meta.createdAt, table, rowId, action: 'import', before, after, reason: importReason(line) });
    };

    for (const { record, fields } of parsed) {
      const line = record.lines[0] ?? 0;
      const old = fields.document ? existing.get(fields.document) : undefined;
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
      for (const b of record.balances) {
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
