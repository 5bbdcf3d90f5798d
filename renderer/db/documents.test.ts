import { afterEach, describe, expect, it } from 'vitest';
import { findDocumentsByBytes, registerDocument, reserveDocumentNumber } from './documents';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { sha256Hex } from './hash';
import { createCreditSale } from './sales';
import { receivePayment } from './payments';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('documents registry', () => {
  it("registers a payment's receipt under the receipt's own number, without taking a new one", async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    await createCreditSale(db, { customerId: c.id, date: '2025-03-01', totalCents: 10_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-04-01' } }, '2025-03-01');
    const { payment } = await receivePayment(db, { customerId: c.id, amountCents: 4_000, method: 'pix' }, '2025-03-10');
    const doc = await registerDocument(db, { type: 'recibo', date: '2025-03-10', customerId: c.id, paymentId: payment.id, fileName: 'recibo.pdf' }, new Uint8Array([1]));
    expect(doc.number).toBe(payment.receiptNumber);
    // No number was taken for the registry: the next receipt is the one right after.
    const next = await receivePayment(db, { customerId: c.id, amountCents: 1_000, method: 'pix' }, '2025-03-11');
    const seq = (n: string): number => Number(n.split('-')[1]);
    expect(seq(next.payment.receiptNumber)).toBe(seq(payment.receiptNumber) + 1);
    await expect(registerDocument(db, { type: 'recibo', date: '2025-03-10', paymentId: 'nope' }, new Uint8Array([1]))).rejects.toThrow();
  });


  it('registers a document with a series number and the SHA-256 of its bytes', async () => {
    const db = await freshDb();
    const c = await aCustomer(db);
    const bytes = new TextEncoder().encode('%PDF-1.7 notificação');
    const reserved = await reserveDocumentNumber(db);
    expect(reserved).toBe('C1-000001');
    const doc = await registerDocument(db, { type: 'notificacao', date: '2025-03-01', number: reserved, customerId: c.id, fileName: 'notificacao.pdf' }, bytes);
    expect(doc.sha256).toBe(await sha256Hex(bytes));
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.sizeBytes).toBe(bytes.byteLength);
    const auto = await registerDocument(db, { type: 'recibo', date: '2025-03-01' }, new Uint8Array([1, 2, 3]));
    expect(auto.number).toBe('C1-000002');
    expect((await findDocumentsByBytes(db, bytes)).map((d) => d.id)).toEqual([doc.id]);
    expect(await findDocumentsByBytes(db, new Uint8Array([9]))).toEqual([]);
    await expect(registerDocument(db, { type: 'recibo', date: '2025-02-30' }, bytes)).rejects.toThrow('Data do documento inválida.');
  });
});
