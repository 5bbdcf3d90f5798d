// Helpers for the data-layer tests (imported only by *.test.ts).
import { openDb, type CadernetaDB } from './schema';
import { createCustomer } from './customers';
import type { CustomerInput } from './customer-schema';

let seq = 0;

/** A fresh database with a unique name (fake-indexeddb in unit tests). */
export async function freshDb(label = 'test'): Promise<CadernetaDB> {
  seq += 1;
  return openDb(`${label}-${seq}-${Math.random().toString(36).slice(2)}`);
}

export async function aCustomer(db: CadernetaDB, over: Partial<CustomerInput> = {}) {
  return createCustomer(db, { name: 'Maria da Silva', phones: [{ number: '(11) 91234-5678', whatsapp: true }], ...over });
}
