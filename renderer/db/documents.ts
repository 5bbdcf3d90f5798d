// The registry of issued documents (receipts, carnês, notices...): number, type and the
// SHA-256 of the PDF bytes, so a printed paper can be checked against what was issued.
import { z } from 'zod';
import type { CadernetaDB } from './schema';
import type { DocumentRow } from './types';
import { appendAudit, stampNew } from './audit';
import { nextNumber } from './counters';
import { sha256Hex } from './hash';
import { isSaneIsoDate, parseInput } from './validation';
import { notFound } from './errors';

const documentSchema = z.object({
  type: z.string().trim().min(1, 'Informe o tipo do documento.').max(40),
  date: z.string().refine(isSaneIsoDate, 'Data do documento inválida.'),
  number: z.string().trim().min(1).max(40).optional(),
  customerId: z.string().nullish(),
  /** A document about several customers (a column's letters in one PDF) names them all here. */
  customerIds: z.array(z.string()).max(10_000).default([]),
  installmentIds: z.array(z.string()).max(1000).default([]),
  paymentId: z.string().nullish(),
  fileName: z.string().trim().max(200).default(''),
});

export type DocumentInput = z.input<typeof documentSchema>;

/** Takes the next number of this device's series (before rendering the PDF that prints it). */
export async function reserveDocumentNumber(db: CadernetaDB): Promise<string> {
  return db.transaction('rw', db.counters, db.settings, () => nextNumber(db));
}

/** The tables a document's registration writes (or reads), for a caller's transaction. */
export const DOCUMENT_TABLES = (db: CadernetaDB) => [db.customers, db.documents, db.counters, db.settings, db.payments, db.audit];

/** A document checked and hashed, ready for addDocument. */
export interface PreparedDocument {
  fields: z.output<typeof documentSchema>;
  sha256: string;
  sizeBytes: number;
}

/** Checks the input and hashes the bytes: await it before opening a transaction (hash.ts). */
export async function prepareDocument(input: DocumentInput, bytes: Uint8Array): Promise<PreparedDocument> {
  return { fields: parseInput(documentSchema, input), sha256: await sha256Hex(bytes), sizeBytes: bytes.byteLength };
}

/** Registers an issued document. The hash is computed before the transaction opens. */
export async function registerDocument(db: CadernetaDB, input: DocumentInput, bytes: Uint8Array): Promise<DocumentRow> {
  return addDocument(db, await prepareDocument(input, bytes));
}

/** Adds a prepared document, audited (joins the caller's transaction over DOCUMENT_TABLES).
 *  Its customers are customerId and customerIds together; customerId stays only when one. */
export async function addDocument(db: CadernetaDB, { fields: f, sha256, sizeBytes }: PreparedDocument): Promise<DocumentRow> {
  const customerIds = [...new Set([...(f.customerId ? [f.customerId] : []), ...f.customerIds])];
  return db.transaction('rw', DOCUMENT_TABLES(db), async () => {
    const found = await db.customers.bulkGet(customerIds);
    const missing = customerIds.find((_, i) => !found[i]);
    if (missing) throw notFound('Cliente', missing);
    // A payment's receipt is registered under the number it prints (the payment's own).
    const payment = f.paymentId ? await db.payments.get(f.paymentId) : undefined;
    if (f.paymentId && !payment) throw notFound('Pagamento', f.paymentId);
    const row: DocumentRow = {
      ...stampNew(db),
      number: f.number ?? payment?.receiptNumber ?? (await nextNumber(db)),
      type: f.type,
      date: f.date,
      customerId: customerIds.length === 1 ? (customerIds[0] ?? null) : null,
      customerIds,
      installmentIds: f.installmentIds,
      paymentId: f.paymentId ?? null,
      fileName: f.fileName,
      sizeBytes,
      sha256,
    };
    await db.documents.add(row);
    await appendAudit(db, { table: 'documents', rowId: row.id, action: 'create', after: row });
    return row;
  });
}

/** The issued documents whose bytes hash to the same SHA-256 as `bytes` (authenticity check). */
export async function findDocumentsByBytes(db: CadernetaDB, bytes: Uint8Array): Promise<DocumentRow[]> {
  const sha256 = await sha256Hex(bytes);
  return db.documents.where('sha256').equals(sha256).toArray();
}
