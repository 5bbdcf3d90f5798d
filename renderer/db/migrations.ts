// Every schema version, oldest first. Versions only move forward: to change the schema, append
// { version: n + 1, stores, upgrade } (never edit an old entry) and add a case to
// migrations.test.ts that fills a database at version n and checks nothing was lost.
import { Dexie, type Transaction } from 'dexie';
import type { AuditRow, CollectionRow, ContactRow, CustomerRow, DocumentRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow, TableName } from './types';
import { isBalanceImport, withOpeningBalances } from './import-reason';
import { packDues, withDueLedgers, withSummaryNames, type Due } from './summary-calc';
import { newestPromises, withLastPromise } from './last-promise';
import { withCustomerIds } from './document-customers';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions (only tables that change need to be listed after v1). */
  stores: Partial<Record<TableName, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Index definitions of version 1 (primary key first; never '++': ids are client ULIDs). */
export const SCHEMA_V1: Record<TableName, string> = {
  customers: 'id, *searchTokens, sortName, document, updatedAt',
  sales: 'id, customerId, date, agreementId, [planKind+tabStatus]',
  installments: 'id, saleId, customerId, [status+dueDate], [customerId+status], agreementId',
  payments: 'id, customerId, date, reversalOf, receiptNumber',
  contacts: 'id, customerId, at, promisedDate',
  collection: 'id, pausedUntil, responsible, nextAction.date',
  agreements: 'id, customerId, status',
  documents: 'id, number, type, customerId, sha256',
  settings: 'id',
  audit: 'id, at, [table+rowId]',
  summaries: 'id, oldestOpenDueDate',
  counters: 'id',
  meta: 'id',
};

export const VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  {
    // Caches the board reads instead of thousands of rows: each summary carries its customer's
    // name, each collection row the customer's newest promise to pay. No index changes; the
    // rows keep their updatedAt (a cache is not a change the shop made).
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      const [customers, summaries, promised, collection] = await Promise.all([
        tx.table<CustomerRow, string>('customers').toArray(),
        tx.table<SummaryRow, string>('summaries').toArray(),
        tx.table<ContactRow, string>('contacts').where('promisedDate').above('').toArray(),
        tx.table<CollectionRow, string>('collection').toArray(),
      ]);
      const named = withSummaryNames(summaries, customers).filter((r, i) => r !== summaries[i]);
      if (named.length > 0) await tx.table('summaries').bulkPut(named);
      const kept = withLastPromise(collection, newestPromises(promised)).filter((r, i) => r !== collection[i]);
      if (kept.length > 0) await tx.table('collection').bulkPut(kept);
    },
  },
  {
    // A summary's open dues packed in one string (they were [date, cents] pairs: ~5,000 rows
    // read at once deserialise several times faster), and the stage chosen by hand indexed, so
    // Today reads those collection rows (and the paused ones) alone.
    version: 3,
    stores: { collection: 'id, pausedUntil, responsible, nextAction.date, stageOverride' },
    upgrade: async (tx) => {
      const summaries = await tx.table<SummaryRow, string>('summaries').toArray();
      const unpacked = summaries.filter((r) => typeof r.openDues !== 'string').map((r) => ({ ...r, openDues: packDues(r.openDues as unknown as readonly Due[]) }));
      if (unpacked.length > 0) await tx.table('summaries').bulkPut(unpacked);
    },
  },
  {
    // The sales a spreadsheet import made of opening balances (saldo inicial) are marked as such:
    // they are debts from before the app, not sales of their day (the accountant's file counted
    // them as sales). Found by their import audit entries (one per sale, written by the import).
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      const entries = await tx
        .table<AuditRow, string>('audit')
        .where('[table+rowId]')
        .between(['sales', Dexie.minKey], ['sales', Dexie.maxKey])
        .filter(isBalanceImport)
        .toArray();
      const found = (await tx.table<SaleRow, string>('sales').bulkGet(entries.map((a) => a.rowId))).filter((r): r is SaleRow => r !== undefined);
      const sales = withOpeningBalances(found, entries).filter((r, i) => r !== found[i]);
      if (sales.length > 0) await tx.table('sales').bulkPut(sales);
    },
  },
  {
    // A document belongs to every customer it is about (one PDF of a column's letters: all of
    // them), listed in customerIds and indexed multiEntry. Filled from customerId, and for a
    // batch registered without one from the contacts citing it. The rows keep their updatedAt
    // (what they record is unchanged: the contacts already said who got the letters).
    version: 5,
    stores: { documents: 'id, number, type, customerId, *customerIds, sha256' },
    upgrade: async (tx) => {
      const documents = await tx.table<DocumentRow, string>('documents').toArray();
      if (documents.length === 0) return;
      const batches = documents.some((d) => d.customerId === null);
      const contacts = batches ? await tx.table<ContactRow, string>('contacts').filter((c) => c.documentId !== null).toArray() : [];
      await tx.table('documents').bulkPut(withCustomerIds(documents, contacts));
    },
  },
  {
    // A summary's open dues carry the ledger of each partly paid installment, so the board
    // charges what the customer's page does (it charged the fine again on what was left, and
    // interest on the remainder alone). Filled for the customers with an open installment a
    // payment touched; the rows keep their updatedAt (a cache, not a change the shop made).
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      const touched = await tx
        .table<InstallmentRow, string>('installments')
        .where('[status+dueDate]')
        .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
        .filter((i) => i.paidPrincipalCents + i.paidFineCents + i.paidInterestCents + i.waivedFineCents + i.waivedInterestCents > 0)
        .toArray();
      const ids = [...new Set(touched.map((i) => i.customerId))];
      if (ids.length === 0) return;
      const [open, payments, found] = await Promise.all([
        tx.table<InstallmentRow, string>('installments').where('[customerId+status]').anyOf(ids.map((id) => [id, 'open'])).toArray(),
        tx.table<PaymentRow, string>('payments').where('customerId').anyOf(ids).toArray(),
        tx.table<SummaryRow, string>('summaries').bulkGet(ids),
      ]);
      const summaries = found.filter((r): r is SummaryRow => r !== undefined);
      const changed = withDueLedgers(summaries, open, payments).filter((r, i) => r !== summaries[i]);
      if (changed.length > 0) await tx.table('summaries').bulkPut(changed);
    },
  },
];

/** Declares the versions up to `upTo` (default: all) on a Dexie instance. */
export function declareVersions(db: { version(n: number): { stores(s: Record<string, string | null>): { upgrade(f: (tx: Transaction) => Promise<void>): unknown } } }, upTo = Number.POSITIVE_INFINITY): void {
  for (const v of VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores as Record<string, string | null>);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
