// The prior written notice of negativação (CDC art. 43 §2): when a letter registered by hand
// is that notice, its date is kept per customer in a meta row "notice:<customerId>" (read by
// primary-key range, so the board never scans contacts to find it).
import type { CadernetaDB } from './schema';
import type { ContactRow } from './types';
import { logContact, type ContactInput } from './collections';
import { stampNew, stampUpdate } from './audit';
import { NOTICE_PREFIX, type NoticeRecord } from './notice-record';


/** The tables logLetterContact writes (or reads), for a caller's transaction. */
export const LETTER_CONTACT_TABLES = (db: CadernetaDB) => [db.customers, db.contacts, db.collection, db.audit, db.meta];

/** Logs a letter contact; when it is the notice, records its date in the same transaction. */
export async function logLetterContact(db: CadernetaDB, input: ContactInput, today: string, isNotice: boolean): Promise<ContactRow> {
  if (!isNotice) return logContact(db, input, today);
  return db.transaction('rw', LETTER_CONTACT_TABLES(db), async () => {
    const row = await logContact(db, input, today);
    await putNotice(db, { customerId: row.customerId, date: row.date, contactId: row.id, documentId: row.documentId });
    return row;
  });
}

/** Records a notice (e.g. a printed "comunicação prévia de negativação"); keeps the newest. */
export async function recordNotice(db: CadernetaDB, n: NoticeRecord): Promise<void> {
  await db.transaction('rw', db.meta, () => putNotice(db, n));
}

async function putNotice(db: CadernetaDB, n: NoticeRecord): Promise<void> {
  const id = `${NOTICE_PREFIX}${n.customerId}`;
  const prev = await db.meta.get(id);
  const old = prev?.value as NoticeRecord | undefined;
  if (old && old.date > n.date) return;
  if (prev) await db.meta.update(id, { value: n, ...stampUpdate(db) });
  else await db.meta.add({ ...stampNew(db, id), value: n });
}

