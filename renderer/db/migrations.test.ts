// Migration harness: a database is filled AT AN OLD VERSION by a plain Dexie (no app code),
// closed, then opened by the current app; nothing may be lost. To add schema version n + 1,
// append it to VERSIONS and add a case to UPGRADE_CASES below (the meta test insists).
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { declareVersions, VERSIONS } from './migrations';
import { openDb, SCHEMA_VERSION, TABLE_NAMES, type CadernetaDB } from './schema';
import { generateDataset } from './demo/generator';
import { summariesFor } from './import';
import { packDues, unpackDues } from './summary-calc';
import { checkInvariants } from './invariants';
import { receivePayment } from './payments';
import type { CollectionRow, ContactRow, DocumentRow, SaleRow, SummaryRow, TableName } from './types';

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

let seq = 0;
const uniqueName = (label: string) => `migration-${label}-${++seq}-${Math.random().toString(36).slice(2)}`;

/** Opens `name` exactly as schema `version` declared it. */
async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  declareVersions(db, version);
  await db.open();
  opened.push(db);
  return db;
}

/** Fills a database at `fromVersion`, closes it and reopens it with the current app. */
async function migrate(fromVersion: number, fill: (old: Dexie) => Promise<void>): Promise<CadernetaDB> {
  const name = uniqueName(`v${fromVersion}`);
  const old = await openAtVersion(name, fromVersion);
  await fill(old);
  old.close();
  const db = await openDb(name);
  opened.push(db);
  return db;
}

async function dump(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

const TODAY = '2025-06-15';
const FIXTURE_DEVICE = '01J0000000FIXTUREDEVICE000';

/** A small shop as rows, the way version 1 stores them. */
function v1Rows(): Partial<Record<TableName, unknown[]>> {
  const d = generateDataset({ today: TODAY, size: 'tiny', seed: 42 });
  const at = `${TODAY}T12:00:00.000Z`;
  const imports = (['customers', 'sales', 'installments', 'payments', 'contacts', 'collection', 'agreements'] as const).map((t, i) => {
    const ids = (d[t] as { id: string }[]).map((r) => r.id).sort();
    return { id: `01J00000000000000000IMPRT${i}`, createdAt: at, updatedAt: at, deviceId: FIXTURE_DEVICE, at, table: t, rowId: `import:${i}`, action: 'import', before: null, after: { count: ids.length, minId: ids[0], maxId: ids[ids.length - 1] }, reason: null };
  });
  return {
    ...d,
    summaries: summariesFor(d, TODAY, FIXTURE_DEVICE),
    audit: imports,
    meta: [{ id: 'device', createdAt: at, updatedAt: at, deviceId: FIXTURE_DEVICE, value: { deviceId: FIXTURE_DEVICE, prefix: 'C7' } }],
  };
}

async function fillV1(old: Dexie): Promise<void> {
  const rows = v1Rows();
  await old.transaction('rw', old.tables, async () => {
    for (const [t, list] of Object.entries(rows)) await old.table(t).bulkAdd(list ?? []);
  });
}

let v2Fixture: ReturnType<typeof v1Rows> = {};
let v3Fixture: ReturnType<typeof v1Rows> = {};
let v4Fixture: ReturnType<typeof v1Rows> = {};
let v5Documents: Omit<DocumentRow, 'customerIds'>[] = [];
let v5Cited: string[] = [];
let v6Fixture: ReturnType<typeof v1Rows> = {};

/** One case per version after 1: fill at version - 1, check after the upgrade. */
const UPGRADE_CASES: Record<number, { fill: (old: Dexie) => Promise<void>; check: (db: CadernetaDB) => Promise<void> }> = {
  // Version 2: summaries get their customer's name, collection rows the newest promise.
  2: {
    fill: async (old) => {
      const rows = (v2Fixture = v1Rows());
      const strip = <T extends object>(list: unknown[] | undefined, key: string): T[] => (list ?? []).map((r) => Object.fromEntries(Object.entries(r as T).filter(([k]) => k !== key)) as T);
      // Version 1 summaries: no name, open dues as [date, cents] pairs.
      const v1Summaries = strip<SummaryRow>(rows.summaries, 'name').map((r) => ({ ...r, openDues: unpackDues(r.openDues) }));
      const v1 = { ...rows, summaries: v1Summaries, collection: strip(rows.collection, 'lastPromise') };
      await old.transaction('rw', old.tables, async () => {
        for (const [t, list] of Object.entries(v1)) await old.table(t).bulkAdd(list ?? []);
      });
      expect((await old.table('summaries').toArray()).every((r: { name?: unknown; openDues: unknown }) => r.name === undefined && Array.isArray(r.openDues))).toBe(true);
      expect(v1Summaries.some((r) => r.openDues.length > 1)).toBe(true);
      expect((await old.table('collection').toArray()).every((r: { lastPromise?: unknown }) => r.lastPromise === undefined)).toBe(true);
    },
    check: async (db) => {
      const want = v2Fixture;
      // (The current app also ran version 3, which packed the dues: compared packed.)
      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await db.summaries.toArray())).toEqual(byId(want.summaries as SummaryRow[]));
      expect(byId(await db.collection.toArray())).toEqual(byId(want.collection as CollectionRow[]));
      // The fixture has promises, and one customer's kept promise is the newest of its contacts.
      const kept = (await db.collection.toArray()).filter((c) => c.lastPromise !== null);
      expect(kept.length).toBeGreaterThan(0);
      const one = kept[0];
      const theirs = (await db.contacts.where('customerId').equals(one?.customerId ?? '').toArray()).filter((c) => c.outcome === 'prometeu_pagar');
      expect(one?.lastPromise?.at).toBe(theirs.map((c) => c.at).sort().at(-1));
    },
  },
  // Version 3: open dues packed in one string; collection rows indexed by a hand-chosen stage.
  3: {
    fill: async (old) => {
      const rows = (v3Fixture = v1Rows());
      const collection = rows.collection as CollectionRow[];
      if (!collection.some((c) => c.stageOverride) && collection[0]) Object.assign(collection[0], { stageOverride: 'juridico', overrideReason: 'Encaminhado ao advogado' });
      const v2Summaries = (rows.summaries as SummaryRow[]).map((r) => ({ ...r, openDues: unpackDues(r.openDues) }));
      await old.transaction('rw', old.tables, async () => {
        for (const [t, list] of Object.entries({ ...rows, summaries: v2Summaries })) await old.table(t).bulkAdd(list ?? []);
      });
      expect(v2Summaries.some((r) => r.openDues.length > 1)).toBe(true);
    },
    check: async (db) => {
      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await db.summaries.toArray())).toEqual(byId(v3Fixture.summaries as SummaryRow[]));
      const manual = (v3Fixture.collection as CollectionRow[]).filter((c) => c.stageOverride !== null);
      expect(manual.length).toBeGreaterThan(0);
      expect((await db.collection.where('stageOverride').equals(manual[0]?.stageOverride ?? '').primaryKeys()).sort()).toEqual(
        manual.filter((c) => c.stageOverride === manual[0]?.stageOverride).map((c) => c.id).sort(),
      );
    },
  },
  // Version 4: the opening balances a spreadsheet import made are marked as such.
  4: {
    fill: async (old) => {
      const rows = (v4Fixture = v1Rows());
      const sales = rows.sales as SaleRow[];
      const imported = sales.slice(0, 2).map((s) => s.id);
      const at = `${TODAY}T12:00:00.000Z`;
      const audit = imported.map((rowId, i) => ({ id: `01J00000000000000000BALNC${i}`, createdAt: at, updatedAt: at, deviceId: FIXTURE_DEVICE, at, table: 'sales', rowId, action: 'import', before: null, after: null, reason: `Importação de planilha (linha ${i + 2})` }));
      // An edit of another sale's row is not an import.
      const other = sales[2]?.id ?? '';
      audit.push({ id: '01J00000000000000000EDIT00', createdAt: at, updatedAt: at, deviceId: FIXTURE_DEVICE, at, table: 'sales', rowId: other, action: 'update', before: null, after: null, reason: 'Importação de planilha (linha 9)' });
      await old.transaction('rw', old.tables, async () => {
        for (const [t, list] of Object.entries({ ...rows, audit: [...(rows.audit ?? []), ...audit] })) await old.table(t).bulkAdd(list ?? []);
      });
      expect(sales.every((r) => r.openingBalance === undefined)).toBe(true);
    },
    check: async (db) => {
      const sales = v4Fixture.sales as SaleRow[];
      const marked = (await db.sales.toArray()).filter((r) => r.openingBalance === true).map((r) => r.id).sort();
      expect(marked).toEqual(sales.slice(0, 2).map((r) => r.id).sort());
      // Nothing else changed.
      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId((await db.sales.toArray()).map(({ openingBalance: _, ...r }) => r))).toEqual(byId(sales));
    },
  },
  // Version 5: documents list every customer they are about (customerIds, indexed multiEntry).
  5: {
    fill: async (old) => {
      const rows = v1Rows();
      const contacts = rows.contacts as ContactRow[];
      // Two letters of one batch PDF, to two customers, cite the document (as recordLetters logged them).
      const first = contacts[0];
      const second = contacts.find((c) => c.customerId !== first?.customerId);
      if (!first || !second) throw new Error('fixture without contacts of two customers');
      v5Cited = [first.customerId, second.customerId];
      const at = `${TODAY}T12:00:00.000Z`;
      const doc = (id: string, type: string, customerId: string | null): Omit<DocumentRow, 'customerIds'> => ({ id, createdAt: at, updatedAt: at, deviceId: FIXTURE_DEVICE, number: `C7-${id.slice(-6)}`, type, date: TODAY, customerId, installmentIds: [], paymentId: null, fileName: `${type}.pdf`, sizeBytes: 4, sha256: '0'.repeat(64) });
      v5Documents = [doc('01J000000000000000DOC00001', 'extrato', first.customerId), doc('01J000000000000000DOC00002', 'aviso_negativacao', null), doc('01J000000000000000DOC00003', 'carne', null)];
      const cited = contacts.map((c) => (c === first || c === second ? { ...c, documentId: v5Documents[1]?.id ?? null } : c));
      const audit = v5Documents.map((d, i) => ({ id: `01J00000000000000000DOCAU${i}`, createdAt: at, updatedAt: at, deviceId: FIXTURE_DEVICE, at, table: 'documents', rowId: d.id, action: 'create', before: null, after: d, reason: null }));
      await old.transaction('rw', old.tables, async () => {
        for (const [t, list] of Object.entries({ ...rows, contacts: cited, documents: v5Documents, audit: [...(rows.audit ?? []), ...audit] })) await old.table(t).bulkAdd(list ?? []);
      });
    },
    check: async (db) => {
      const [single, batch, period] = v5Documents.map((d) => d.id);
      const stored = new Map((await db.documents.toArray()).map((d) => [d.id, d]));
      expect(stored.get(single ?? '')?.customerIds).toEqual([v5Documents[0]?.customerId]);
      expect([...(stored.get(batch ?? '')?.customerIds ?? [])].sort()).toEqual([...v5Cited].sort());
      expect(stored.get(period ?? '')?.customerIds).toEqual([]);
      // Nothing else changed (updatedAt included), and the index finds the batch under each customer.
      expect(v5Documents.map((d) => ({ ...stored.get(d.id), customerIds: undefined }))).toEqual(v5Documents.map((d) => ({ ...d, customerIds: undefined })));
      for (const c of v5Cited) expect(await db.documents.where('customerIds').equals(c).primaryKeys()).toContain(batch);
    },
  },
  // Version 6: a summary's open dues carry the ledger of each partly paid installment.
  6: {
    fill: async (old) => {
      const rows = (v6Fixture = v1Rows());
      // Version 5 summaries: each open due as date and principal left, no ledger.
      const v5Summaries = (rows.summaries as SummaryRow[]).map((r) => ({ ...r, openDues: packDues(unpackDues(r.openDues).map(([due, cents]) => [due, cents])) }));
      expect(v5Summaries.filter((r, i) => r.openDues !== (rows.summaries as SummaryRow[])[i]?.openDues).length).toBeGreaterThan(0);
      await old.transaction('rw', old.tables, async () => {
        for (const [t, list] of Object.entries({ ...rows, summaries: v5Summaries })) await old.table(t).bulkAdd(list ?? []);
      });
    },
    check: async (db) => {
      // Every summary as the current app computes it (updatedAt kept), the ledgers included.
      const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      const want = byId(v6Fixture.summaries as SummaryRow[]);
      expect(want.some((r) => r.openDues.includes('@'))).toBe(true);
      expect(byId(await db.summaries.toArray())).toEqual(want);
    },
  },
};

describe('schema versions', () => {
  it('only move forward, v1 declares every table, and every upgrade has a fixture case', () => {
    const numbers = VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0))).toBe(true);
    expect(SCHEMA_VERSION).toBe(numbers[numbers.length - 1]);
    expect(Object.keys(VERSIONS[0]?.stores ?? {}).sort()).toEqual([...TABLE_NAMES].sort());
    for (const n of numbers.slice(1)) expect(UPGRADE_CASES[n], `version ${n} needs a case in UPGRADE_CASES`).toBeDefined();
    for (const v of VERSIONS) expect(Object.values(v.stores).every((s) => s === null || !s.startsWith('++'))).toBe(true);
  });

  it('a version 1 database with data reopens with the current app intact', async () => {
    let before: Record<string, unknown[]> = {};
    const db = await migrate(1, async (old) => {
      await fillV1(old);
      before = await dump(old);
    });
    expect(before.installments?.length).toBeGreaterThan(50);
    expect(await dump(db)).toEqual(before);
    expect(db.device).toEqual({ deviceId: FIXTURE_DEVICE, prefix: 'C7' });
    expect(await checkInvariants(db)).toEqual([]);
    const debtor = (await db.summaries.where('oldestOpenDueDate').below(TODAY).first())?.id ?? '';
    const { payment } = await receivePayment(db, { customerId: debtor, amountCents: 500, method: 'pix' }, TODAY);
    expect(payment.receiptNumber.startsWith('C7-')).toBe(true);
    expect(await checkInvariants(db)).toEqual([]);
  });

  it.each(Object.entries(UPGRADE_CASES))('upgrade to version %s keeps the data', async (version, c) => {
    const db = await migrate(Number(version) - 1, c.fill);
    await c.check(db);
    expect(await checkInvariants(db)).toEqual([]);
  });
});
