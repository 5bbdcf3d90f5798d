// Dexie's own connection as a native IDBDatabase, for the reads of native-read.ts.
import { Dexie } from 'dexie';

/** Dexie's native connection once open. A database closed on purpose (another window upgraded
 *  the schema) is not reopened: the read fails as Dexie's own queries do. */
export async function nativeConnection(db: Dexie): Promise<IDBDatabase> {
  if (db.hasBeenClosed()) throw new Dexie.DatabaseClosedError('A base de dados foi fechada: recarregue a janela.');
  if (!db.isOpen()) await db.open();
  return db.backendDB();
}
