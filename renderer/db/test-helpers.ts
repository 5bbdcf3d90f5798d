// Helpers for the data-layer tests (imported only by *.test.ts).
import { openDb, type CadernetaDB } from './schema';
import { createCustomer } from './customers';
import type { CustomerInput } from './customer-schema';
import { checkInvariants, type Violation } from './invariants';

let seq = 0;
const opened: CadernetaDB[] = [];

/** A fresh database with a unique name (fake-indexeddb in unit tests). */
export async function freshDb(label = 'test'): Promise<CadernetaDB> {
  seq += 1;
  const db = await openDb(`${label}-${seq}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

/** For afterEach: the invariant violations of every database the test opened, then closes them. */
export async function finishDbs(): Promise<Violation[]> {
  const out: Violation[] = [];
  for (const db of opened.splice(0)) {
    if (!db.isOpen()) await db.open();
    out.push(...(await checkInvariants(db)));
    db.close();
  }
  return out;
}

export async function aCustomer(db: CadernetaDB, over: Partial<CustomerInput> = {}) {
  return createCustomer(db, { name: 'Maria da Silva', phones: [{ number: '(11) 91234-5678', whatsapp: true }], ...over });
}
