// The counter's barcode reader types the slip's reference + Enter: find that open installment.
import Dexie from 'dexie';
import { installmentReference, parseInstallmentReference } from '@shared/documents/reference';
import type { CadernetaDB } from '../../db/schema';
import type { InstallmentRow } from '../../db/types';

/** Open installments whose reference matches (usually one; a hash collision gives more). */
export async function findOpenByReference(db: CadernetaDB, code: string): Promise<InstallmentRow[] | null> {
  const ref = parseInstallmentReference(code);
  if (!ref) return null;
  return db.installments
    .where('[status+dueDate]')
    .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
    .filter((i) => installmentReference(i.id) === ref)
    .toArray();
}
