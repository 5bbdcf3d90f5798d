// The customers of documents stored before DocumentRow kept customerIds (schema version 4, and
// backups written before it): the document's own customerId, or, for a batch registered without
// one, the customers whose contacts cite it (every letter of a batch logged one).
import type { ContactRow, DocumentRow } from './types';

type OldDocument = Omit<DocumentRow, 'customerIds'> & { customerIds?: string[] };

/** The rows with customerIds filled; a row that already has them is returned as it is. */
export function withCustomerIds(documents: readonly OldDocument[], contacts: readonly Pick<ContactRow, 'customerId' | 'documentId'>[]): DocumentRow[] {
  const cited = new Map<string, Set<string>>();
  if (documents.some((d) => d.customerIds === undefined && d.customerId === null)) {
    for (const c of contacts) {
      if (!c.documentId) continue;
      const set = cited.get(c.documentId) ?? new Set<string>();
      set.add(c.customerId);
      cited.set(c.documentId, set);
    }
  }
  return documents.map((d) => (d.customerIds !== undefined ? (d as DocumentRow) : { ...d, customerIds: d.customerId ? [d.customerId] : [...(cited.get(d.id) ?? [])] }));
}
