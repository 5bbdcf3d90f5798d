// Test-only page script for the crash and two-tab tests: the app's real data modules (the
// same repositories, schema and backup code the screens use) exposed on window.reliability.
// Bundled by build.ts with esbuild and served by server.ts next to the production build, on
// the same origin, so it opens the very IndexedDB databases the app opens (?db=name ->
// "caderneta-name"). Never part of the app bundle.
import { openDb, TABLE_NAMES, type CadernetaDB } from '../../../renderer/db/schema';
import { generateDataset } from '../../../renderer/db/demo/generator';
import { createRng } from '../../../renderer/db/demo/prng';
import { loadDataset } from '../../../renderer/db/import';
import { receivePayment } from '../../../renderer/db/payments';
import { createCustomer } from '../../../renderer/db/customers';
import { createCreditSale } from '../../../renderer/db/sales';
import { exportBackup } from '../../../renderer/db/backup';
import { checkInvariants, type Violation } from '../../../renderer/db/invariants';
import { isRepoError } from '../../../renderer/db/errors';
import { sha256Hex } from '../../../renderer/db/hash';

export interface Spec {
  customers: number;
  installments: number;
}

export interface Verified {
  violations: Violation[];
  counts: Record<string, number>;
  /** SHA-256 over the sorted ids of the ledger tables: equal data, equal fingerprint. */
  fingerprint: string;
}

const open = new Map<string, CadernetaDB>();

/** The app's database for ?db=name. */
async function dbOf(name: string): Promise<CadernetaDB> {
  const cached = open.get(name);
  if (cached?.isOpen()) return cached;
  const db = await openDb(`caderneta-${name}`);
  open.set(name, db);
  return db;
}

const LEDGER_TABLES = ['customers', 'sales', 'installments', 'payments', 'contacts', 'collection', 'agreements', 'documents', 'summaries', 'settings'] as const;

async function fingerprintOf(db: CadernetaDB): Promise<{ counts: Record<string, number>; fingerprint: string }> {
  const counts: Record<string, number> = {};
  const parts: string[] = [];
  for (const t of TABLE_NAMES) {
    const keys = (await db.table(t).toCollection().primaryKeys()) as string[];
    counts[t] = keys.length;
    if ((LEDGER_TABLES as readonly string[]).includes(t)) parts.push(`${t}:${[...keys].sort().join(',')}`);
  }
  return { counts, fingerprint: await sha256Hex(parts.join('\n')) };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const api = {
  /** Loads a generated shop into an empty database; returns the rows written per table. */
  async loadShop(name: string, spec: Spec, today: string, seed: number): Promise<{ counts: Record<string, number>; generateMs: number; importMs: number }> {
    const t0 = performance.now();
    const data = generateDataset({ today, spec, seed });
    const db = await dbOf(name);
    const t1 = performance.now();
    console.log(`import-start ${data.customers.length}`);
    const counts = await loadDataset(db, data, today);
    console.log(`import-done ${data.customers.length}`);
    return { counts, generateMs: Math.round(t1 - t0), importMs: Math.round(performance.now() - t1) };
  },

  /** The counts a generated shop would write, without writing it. */
  datasetCounts(spec: Spec, today: string, seed: number): Record<string, number> {
    const d = generateDataset({ today, spec, seed });
    return { customers: d.customers.length, sales: d.sales.length, installments: d.installments.length, payments: d.payments.length, contacts: d.contacts.length, agreements: d.agreements.length };
  },

  /** A small book for the payment run: customers with long carnês. */
  async seedCarnes(name: string, customers: number, today: string): Promise<string[]> {
    const db = await dbOf(name);
    const ids: string[] = [];
    for (let i = 0; i < customers; i++) {
      const c = await createCustomer(db, { name: `Cliente Carnê ${i + 1}` });
      await createCreditSale(db, { customerId: c.id, date: today, totalCents: 2_400_000, plan: { kind: 'plan', count: 24, firstDueDate: today } }, today);
      ids.push(c.id);
    }
    return ids;
  },

  /**
   * Receives `n` payments one after the other (each its own transaction, as at the counter)
   * and logs "committed <id>" after each one resolves, i.e. after IndexedDB reported it durable.
   */
  async payMany(name: string, customerIds: string[], n: number, today: string, seed: number): Promise<number> {
    const db = await dbOf(name);
    const rng = createRng(seed);
    let done = 0;
    console.log(`payments-start ${n}`);
    for (let i = 0; i < n; i++) {
      const customerId = rng.pick(customerIds);
      try {
        const { payment } = await receivePayment(db, { customerId, amountCents: rng.int(100, 20_000), method: rng.pick(['dinheiro', 'pix', 'debito'] as const) }, today);
        done++;
        console.log(`committed ${payment.id}`);
      } catch (e) {
        if (!isRepoError(e)) throw e;
      }
    }
    console.log('payments-done');
    return done;
  },

  /** A backup file of a generated shop, built in a scratch database that is then deleted. */
  async backupOf(spec: Spec, today: string, seed: number): Promise<{ base64: string; counts: Record<string, number>; fingerprint: string }> {
    const scratch = `scratch-${seed}-${Date.now()}`;
    const db = await openDb(scratch);
    try {
      await loadDataset(db, generateDataset({ today, spec, seed }), today);
      const { bytes } = await exportBackup(db, { appVersion: 'reliability' });
      const fp = await fingerprintOf(db);
      return { base64: toBase64(bytes), ...fp };
    } finally {
      db.close();
      await db.delete();
    }
  },

  /** Invariants, counts and fingerprint of the app's database for ?db=name. */
  async verify(name: string): Promise<Verified> {
    const db = await dbOf(name);
    return { violations: await checkInvariants(db), ...(await fingerprintOf(db)) };
  },

  /** Payment ids present (to check that every committed one survived). */
  async paymentIds(name: string): Promise<string[]> {
    const db = await dbOf(name);
    return (await db.payments.toCollection().primaryKeys()) as string[];
  },

  /** Receipt numbers of every payment (to check that two tabs never gave one twice). */
  async receiptNumbers(name: string): Promise<string[]> {
    const db = await dbOf(name);
    return (await db.payments.toArray()).map((p) => p.receiptNumber);
  },

  close(): void {
    for (const db of open.values()) db.close();
    open.clear();
  },
};

export type ReliabilityApi = typeof api;

declare global {
  interface Window {
    reliability: ReliabilityApi;
  }
}

window.reliability = api;
document.title = 'reliability harness ready';
