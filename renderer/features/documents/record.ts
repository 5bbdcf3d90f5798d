// An issued PDF goes into the documents registry (number, type, SHA-256 of the bytes).
import type { CadernetaDB } from '../../db/schema';
import { registerDocument } from '../../db/documents';
import type { DocumentRow } from '../../db/types';
import type { IssuedPdf } from '../../documents/issue';

export type RegistryType = 'carne' | 'recibo' | 'extrato' | 'dossie';

export function recordIssued(
  db: CadernetaDB,
  pdf: IssuedPdf,
  r: { type: RegistryType; date: string; customerId?: string | null; customerIds?: string[]; installmentIds?: string[]; paymentId?: string | null },
): Promise<DocumentRow> {
  return registerDocument(
    db,
    { type: r.type, date: r.date, customerId: r.customerId ?? null, customerIds: r.customerIds ?? [], installmentIds: (r.installmentIds ?? []).slice(0, 1000), paymentId: r.paymentId ?? null, fileName: pdf.fileName },
    pdf.bytes,
  );
}
