// Letters printed for a board column: one PDF, registered once and listed as each customer's
// document (page, dossier, notice date), recorded with every contact in one transaction.
import { afterEach, describe, expect, it } from 'vitest';
import { createCreditSale } from '../../../db/sales';
import { registerDocument } from '../../../db/documents';
import { loadBoardData } from '../../../db/screen-reads';
import { customerDetail } from '../../../db/queries';
import { creditGate } from '../../../db/credit-gate';
import { exportCustomerData } from '../../../db/customers';
import { getSettings } from '../../../db/settings';
import { aCustomer, finishDbs, freshDb } from '../../../db/test-helpers';
import type { CadernetaDB } from '../../../db/schema';
import type { IssuedPdf } from '../../../documents/issue';
import { dossierData } from '../../documents/doc-data';
import { loadCustomerList } from '../../customers/useCustomerList';
import { loadCollectionCustomer } from '../useCollectionCustomer';
import { buildBoard } from '../model/board-model';
import { contextOf, toSource } from '../useBoard';
import { buildLetters, type LetterBatch } from './letter-data';
import { recordLetters } from './record-issued';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

const pdf = (name: string): IssuedPdf => ({ kind: 'letters', action: 'print', bytes: new TextEncoder().encode(`%PDF ${name}`), sha256: '', sizeBytes: 0, fileName: `${name}.pdf` });

/** Customers with one installment due 2026-08-01 (100 days late on 2026-11-09: 'juridico'). */
async function lateCustomers(db: CadernetaDB, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const c = await aCustomer(db, { name, phones: [] });
    await createCreditSale(db, { customerId: c.id, date: '2026-07-01', totalCents: 30_000, plan: { kind: 'plan', count: 1, firstDueDate: '2026-08-01' } }, '2026-07-01');
    ids.push(c.id);
  }
  return ids;
}

/** The stage id of a customer on the board, the list, the page, the collection panel and the credit gate. */
async function stages(db: CadernetaDB, id: string, today: string): Promise<(string | null | undefined)[]> {
  const customer = await db.customers.get(id);
  if (!customer) throw new Error('no customer');
  const data = await loadBoardData(db, today);
  return [
    buildBoard(data.rows.map(toSource), contextOf(data, today)).cards.find((c) => c.customerId === id)?.column,
    (await loadCustomerList(db, '', false, today, 'name', '')).find((r) => r.customer.id === id)?.placement.stageId,
    (await customerDetail(db, id, today))?.placement.stageId,
    (await loadCollectionCustomer(db, id, today))?.placement.stageId,
    (await creditGate(db, customer, 0, today, await getSettings(db))).stageId,
  ];
}

const everywhere = (stageId: string) => [stageId, stageId, stageId, stageId, stageId];

/** What a batch writes, to compare before and after a failed one. */
async function records(db: CadernetaDB): Promise<string> {
  const tables = [db.documents, db.contacts, db.collection, db.meta, db.audit, db.counters];
  return JSON.stringify(await Promise.all(tables.map((t) => t.toArray())));
}

describe('letters printed for a column', () => {
  it('are one registry entry that each customer lists on their page, in their dossier and in their data export', async () => {
    const db = await freshDb();
    const ids = await lateCustomers(db, ['Ana Souza', 'Bia Lima', 'Caio Reis']);
    const batch = await buildLetters(db, ids, 'cobranca_formal', '2026-11-09');
    expect(await recordLetters(db, batch, pdf('cartas'), '2026-11-09')).toBe(3);
    const docs = await db.documents.toArray();
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    if (!doc) throw new Error('not registered');
    expect(doc.customerId).toBeNull();
    expect([...doc.customerIds].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect((await customerDetail(db, id, '2026-11-09'))?.documents.map((d) => d.id)).toEqual([doc.id]);
      expect((await dossierData(db, id, '2026-11-09')).documents).toEqual([{ date: '2026-11-09', number: doc.number, label: 'Cobrança formal', sha256: doc.sha256 }]);
      expect((await exportCustomerData(db, id)).documents).toEqual([doc]);
      expect((await db.contacts.where('customerId').equals(id).toArray()).map((c) => c.documentId)).toEqual([doc.id]);
    }
  });

  it("a single customer's letter is registered under that customer", async () => {
    const db = await freshDb();
    const [id = ''] = await lateCustomers(db, ['Ana Souza']);
    await recordLetters(db, await buildLetters(db, [id], 'aviso_atraso', '2026-11-09'), pdf('carta'), '2026-11-09');
    expect((await db.documents.toArray()).map((d) => [d.customerId, d.customerIds])).toEqual([[id, [id]]]);
  });

  it("a column's prior notice of negativação is each customer's notice, on every screen", async () => {
    const db = await freshDb();
    const ids = await lateCustomers(db, ['Ana Souza', 'Bia Lima']);
    for (const id of ids) expect(await stages(db, id, '2026-11-09')).toEqual(everywhere('suspenso'));
    await recordLetters(db, await buildLetters(db, ids, 'negativacao_previa', '2026-11-09'), pdf('avisos'), '2026-11-09');
    expect((await db.documents.toArray()).map((d) => d.type)).toEqual(['aviso_negativacao']);
    for (const id of ids) {
      expect(await stages(db, id, '2026-11-19')).toEqual(everywhere('suspenso'));
      expect(await stages(db, id, '2026-11-20')).toEqual(everywhere('juridico'));
    }
  });

  it('a notice PDF registered for several customers counts by itself (no contact logged) for each of them', async () => {
    const db = await freshDb();
    const ids = await lateCustomers(db, ['Ana Souza', 'Bia Lima']);
    await registerDocument(db, { type: 'aviso_negativacao', date: '2026-11-09', customerIds: ids, fileName: 'avisos.pdf' }, new Uint8Array([1]));
    expect(await db.contacts.count()).toBe(0);
    expect(await db.meta.where('id').startsWith('notice:').count()).toBe(0);
    for (const id of ids) {
      expect((await loadBoardData(db, '2026-11-20')).rows.find((r) => r.summary.id === id)?.noticeSentOn).toBe('2026-11-09');
      expect(await stages(db, id, '2026-11-20')).toEqual(everywhere('juridico'));
    }
  });

  it('a batch naming an unknown customer records nothing', async () => {
    const db = await freshDb();
    const ids = await lateCustomers(db, ['Ana Souza', 'Bia Lima']);
    const batch = await buildLetters(db, ids, 'negativacao_previa', '2026-11-09');
    const before = await records(db);
    const broken: LetterBatch = { ...batch, items: [...batch.items, { customerId: 'SUMIU', installmentIds: [], kind: 'negativacao_previa' }] };
    await expect(recordLetters(db, broken, pdf('avisos'), '2026-11-09')).rejects.toThrow();
    expect(await records(db)).toBe(before);
  });

  it('a failure after the PDF and the first letter were written records nothing', async () => {
    const db = await freshDb();
    const [ana = '', bia = ''] = await lateCustomers(db, ['Ana Souza', 'Bia Lima']);
    const batch = await buildLetters(db, [ana, bia], 'negativacao_previa', '2026-11-09');
    const before = await records(db);
    const failOnBia = (_key: unknown, contact: { customerId: string }): void => {
      if (contact.customerId === bia) throw new Error('Disco cheio');
    };
    db.contacts.hook('creating', failOnBia);
    try {
      await expect(recordLetters(db, batch, pdf('avisos'), '2026-11-09')).rejects.toThrow('Disco cheio');
    } finally {
      db.contacts.hook('creating').unsubscribe(failOnBia);
    }
    expect(await records(db)).toBe(before);
    // Printed again, the batch is recorded whole under the number the failed one did not keep.
    await recordLetters(db, batch, pdf('avisos'), '2026-11-09');
    expect((await db.documents.toArray()).map((d) => d.number)).toEqual(['C1-000001']);
    expect(await db.contacts.count()).toBe(2);
  });
});
