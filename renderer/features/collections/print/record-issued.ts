// What printing does to the records: the PDF goes into the documents registry (one entry per
// PDF, listing every customer it holds a letter for), and every letter becomes a contact
// ("carta enviada"); the prior notice of negativação also records the notice date that unlocks
// the later stages. All of it in one transaction: a batch is recorded whole or not at all.
import { LETTER_LABELS } from '@shared/documents/letters/templates';
import type { CadernetaDB } from '../../../db/schema';
import { addDocument, DOCUMENT_TABLES, prepareDocument, registerDocument } from '../../../db/documents';
import { LETTER_CONTACT_TABLES, logLetterContact } from '../../../db/board-notices';
import { NOTICE_NOTE_PREFIX } from '../../../db/board-data';
import type { RenegotiationResult } from '../../../db/agreements';
import type { IssuedPdf } from '../../../documents/issue';
import type { LetterBatch } from './letter-data';

/** Registry type of a letter PDF; the notice uses a type the board recognises. */
export function letterDocumentType(kind: string): string {
  return kind === 'negativacao_previa' ? 'aviso_negativacao' : `carta_${kind}`;
}

export async function recordLetters(db: CadernetaDB, batch: LetterBatch, pdf: IssuedPdf, today: string): Promise<number> {
  const first = batch.items[0];
  if (!first) return 0;
  // Hashed before the transaction opens (a pending digest would let IndexedDB commit it).
  const prepared = await prepareDocument(
    {
      type: letterDocumentType(first.kind),
      date: today,
      customerIds: batch.items.map((i) => i.customerId),
      installmentIds: batch.items.flatMap((i) => i.installmentIds).slice(0, 1000),
      fileName: pdf.fileName,
    },
    pdf.bytes,
  );
  const tables = [...new Set([...DOCUMENT_TABLES(db), ...LETTER_CONTACT_TABLES(db)])];
  return db.transaction('rw', tables, async () => {
    const doc = await addDocument(db, prepared);
    for (const item of batch.items) {
      const notice = item.kind === 'negativacao_previa';
      const label = LETTER_LABELS[item.kind];
      await logLetterContact(
        db,
        { customerId: item.customerId, channel: 'letter', outcome: 'outro', notes: notice ? `${NOTICE_NOTE_PREFIX} (CDC art. 43, § 2º): ${label}, documento ${doc.number}` : `Carta enviada: ${label}, documento ${doc.number}`, documentId: doc.id },
        today,
        notice,
      );
    }
    return batch.items.length;
  });
}

/** The number the agreement term prints (and is registered under). */
export const agreementTermNumber = (agreementId: string): string => agreementId.slice(-8);

export async function recordAgreementTerm(db: CadernetaDB, r: RenegotiationResult, pdf: IssuedPdf, today: string): Promise<void> {
  await registerDocument(db, { type: 'termo_acordo', number: agreementTermNumber(r.agreement.id), date: today, customerId: r.agreement.customerId, installmentIds: r.agreement.newInstallmentIds, fileName: pdf.fileName }, pdf.bytes);
}
