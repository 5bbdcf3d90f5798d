import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, parseBackup, restoreBackup } from './backup';
import { registerDocument } from './documents';
import { logContact } from './collections';
import { sha256Hex } from './hash';
import { aCustomer, finishDbs, freshDb } from './test-helpers';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

type RawBackup = { sha256: string; tables: Record<string, Record<string, unknown>[]> };

describe('the customers of a document', () => {
  it('a document for several customers keeps customerId only when it is about one', async () => {
    const db = await freshDb();
    const a = await aCustomer(db, { name: 'Ana Souza' });
    const b = await aCustomer(db, { name: 'Bia Lima' });
    const both = await registerDocument(db, { type: 'carta_aviso_atraso', date: '2026-11-09', customerIds: [a.id, b.id, a.id] }, new Uint8Array([1]));
    expect([both.customerId, both.customerIds]).toEqual([null, [a.id, b.id]]);
    const one = await registerDocument(db, { type: 'extrato', date: '2026-11-09', customerId: b.id }, new Uint8Array([2]));
    expect([one.customerId, one.customerIds]).toEqual([b.id, [b.id]]);
    const none = await registerDocument(db, { type: 'carne', date: '2026-11-09' }, new Uint8Array([3]));
    expect([none.customerId, none.customerIds]).toEqual([null, []]);
    await expect(registerDocument(db, { type: 'carne', date: '2026-11-09', customerIds: [a.id, 'SUMIU'] }, new Uint8Array([4]))).rejects.toThrow('Cliente não encontrado');
    expect(await db.documents.count()).toBe(3);
  });

  it('a backup written before documents listed their customers restores a batch under each customer its letters went to', async () => {
    const db = await freshDb();
    const a = await aCustomer(db, { name: 'Ana Souza' });
    const b = await aCustomer(db, { name: 'Bia Lima' });
    const batch = await registerDocument(db, { type: 'aviso_negativacao', date: '2026-11-09', customerIds: [a.id, b.id] }, new Uint8Array([1]));
    for (const c of [a, b]) await logContact(db, { customerId: c.id, channel: 'letter', outcome: 'outro', notes: 'Carta enviada', documentId: batch.id }, '2026-11-09');
    await registerDocument(db, { type: 'extrato', date: '2026-11-09', customerId: a.id }, new Uint8Array([2]));
    const before = (await db.documents.toArray()).map((d) => [d.id, d.customerId, d.customerIds]);
    const o = JSON.parse(new TextDecoder().decode((await exportBackup(db, { gzip: false })).bytes)) as RawBackup;
    for (const d of o.tables.documents ?? []) delete d.customerIds;
    o.sha256 = await sha256Hex(JSON.stringify(o.tables));
    const other = await freshDb('old-backup');
    await restoreBackup(other, await parseBackup(new TextEncoder().encode(JSON.stringify(o))), null);
    expect((await other.documents.toArray()).map((d) => [d.id, d.customerId, d.customerIds])).toEqual(before);
    expect(await other.documents.where('customerIds').equals(b.id).primaryKeys()).toEqual([batch.id]);
  });

  it('a backup whose document names a customer it does not hold is refused', async () => {
    const db = await freshDb();
    const a = await aCustomer(db);
    await registerDocument(db, { type: 'carta_aviso_atraso', date: '2026-11-09', customerIds: [a.id] }, new Uint8Array([1]));
    const o = JSON.parse(new TextDecoder().decode((await exportBackup(db, { gzip: false })).bytes)) as RawBackup;
    for (const d of o.tables.documents ?? []) d.customerIds = [a.id, 'SUMIU'];
    o.sha256 = await sha256Hex(JSON.stringify(o.tables));
    await expect(parseBackup(new TextEncoder().encode(JSON.stringify(o)))).rejects.toThrow(/documento .* inexistente \(SUMIU\)/);
  });
});
