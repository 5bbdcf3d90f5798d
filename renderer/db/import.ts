// The app's bulk import path (demo data, the benchmark's large shop, future CSV imports): one
// transaction, every row put natively at once, summaries computed in memory meanwhile, one
// audit entry per table covering the imported id range. Lean on purpose: it is benchmarked against raw
// IndexedDB puts of the same rows.
import { Dexie, RangeSet } from 'dexie';
import type { CadernetaDB } from './schema';
import type { AgreementRow, CollectionRow, ContactRow, CounterRow, CustomerRow, InstallmentRow, PaymentRow, SaleRow, SettingRow, SummaryRow, TableName } from './types';
import { computeSummary, groupByCustomer, summaryName } from './summary-calc';
import { stampNew } from './audit';
import { RepoError } from './errors';

export interface Dataset {
  customers: CustomerRow[];
  sales: SaleRow[];
  installments: InstallmentRow[];
  payments: PaymentRow[];
  contacts: ContactRow[];
  collection: CollectionRow[];
  agreements: AgreementRow[];
  settings?: SettingRow[];
  counters?: CounterRow[];
}

/** Summary rows of every customer with installments, tab entries or payments. */
export function summariesFor(d: Dataset, today: string, deviceId: string): SummaryRow[] {
  const open = groupByCustomer(d.installments.filter((i) => i.status === 'open'));
  const tabs = groupByCustomer(d.sales.filter((s) => s.tabStatus === 'open'));
  const pays = groupByCustomer(d.payments);
  const at = new Date().toISOString();
  const ids = new Set([...open.keys(), ...tabs.keys(), ...pays.keys()]);
  const names = new Map(d.customers.map((c) => [c.id, summaryName(c)]));
  return [...ids].map((id) => ({ id, createdAt: at, updatedAt: at, deviceId, ...computeSummary(id, open.get(id) ?? [], tabs.get(id) ?? [], pays.get(id) ?? [], today), ...(names.has(id) ? { name: names.get(id) ?? null } : {}) }));
}

function idRange(rows: readonly { id: string }[]): { minId: string; maxId: string } {
  let minId = rows[0]?.id ?? '';
  let maxId = minId;
  for (const r of rows) {
    if (r.id < minId) minId = r.id;
    if (r.id > maxId) maxId = r.id;
  }
  return { minId, maxId };
}

/** Loads a whole dataset into an empty shop, all or nothing. Returns the rows written per table. */
export async function loadDataset(db: CadernetaDB, d: Dataset, today: string): Promise<Record<string, number>> {
  if (!db.isOpen()) await db.open();
  const tables: [TableName, readonly { id: string }[]][] = [
    ['customers', d.customers],
    ['sales', d.sales],
    ['installments', d.installments],
    ['payments', d.payments],
    ['contacts', d.contacts],
    ['collection', d.collection],
    ['agreements', d.agreements],
    ['settings', d.settings ?? []],
    ['counters', d.counters ?? []],
  ];
  const counts: Record<string, number> = {};
  // The first failed native request (e.g. disk full): Dexie, which did not issue it, rejects
  // the transaction without saying why.
  let requestError: unknown = null;
  await db.transaction('rw', [...tables.map(([t]) => t), 'summaries', 'audit'].map((t) => db.table(t)), async (tx) => {
    if ((await db.customers.count()) > 0) throw new RepoError('invalid_state', 'Já existem clientes cadastrados: os dados de exemplo só podem ser carregados numa loja vazia.');
    // Every row goes straight to the native stores of this transaction, all requests issued
    // at once (no per-chunk round trips, no Dexie bookkeeping per row): IndexedDB writes them
    // while the summaries are computed below. A failed request aborts the transaction, which
    // rejects it, so the import stays all or nothing.
    const idb = tx.idbtrans;
    idb.addEventListener('error', (ev) => {
      requestError ??= (ev.target as IDBRequest | null)?.error ?? null;
    });
    const put = (table: TableName, rows: readonly object[]): void => {
      const store = idb.objectStore(table);
      for (const r of rows) store.put(r);
      counts[table] = rows.length;
    };
    const audits: object[] = [];
    for (const [t, rows] of tables) {
      put(t, rows);
      if (rows.length > 0 && t !== 'counters') {
        const meta = stampNew(db);
        audits.push({ ...meta, at: meta.createdAt, table: t, rowId: `import:${meta.id}`, action: 'import', before: null, after: { count: rows.length, ...idRange(rows) }, reason: 'Importação de dados' });
      }
    }
    put('summaries', summariesFor(d, today, db.device.deviceId));
    const audit = idb.objectStore('audit');
    for (const a of audits) audit.put(a);
  }).catch((e: unknown) => {
    throw e ?? requestError ?? new RepoError('invalid_state', 'A importação foi interrompida; nada foi gravado.');
  });
  // Rows put on the native stores are not seen by Dexie's change tracking: tell the screens
  // (and other windows) that these tables changed as a whole.
  announceWholeTables(db, [...tables.map(([t]) => t), 'summaries', 'audit']);
  return counts;
}

/** Fires Dexie's storagemutated event as if every row and index of `tables` changed. */
function announceWholeTables(db: CadernetaDB, tables: readonly TableName[]): void {
  const parts: Record<string, RangeSet> = {};
  for (const name of tables) {
    const table = db.table(name);
    for (const idx of table.schema.indexes) if (idx.name) parts[`idb://${db.name}/${name}/${idx.name}`] = new RangeSet(-Infinity, [[[]]]);
    parts[`idb://${db.name}/${name}/`] = new RangeSet(-Infinity, [[[]]]);
    parts[`idb://${db.name}/${name}/:dels`] = new RangeSet(-Infinity, [[[]]]);
  }
  Dexie.on('storagemutated').fire(parts);
}
