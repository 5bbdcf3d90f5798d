// The window's one connection to the shop's database (no React here: boot.ts opens it before
// the UI's modules have run).
import { openDb, type CadernetaDB } from '../db/schema';
import { isCurrentStore } from '../db/schema-version';
import { earlyOpened, releaseEarlyOpen, shopDbName } from './early-open';

let opening: Promise<CadernetaDB> | null = null;

/** The one database of this window (tests may pass ?db=name for an isolated one). */
export function getDb(): Promise<CadernetaDB> {
  if (!opening) {
    performance.mark('caderneta:db-open');
    const open = openDb(shopDbName());
    // The warm-up connection goes once the app's own is open (or has failed).
    open.then(releaseEarlyOpen, releaseEarlyOpen);
    opening = open.then((db) => {
      // Another tab upgraded the schema: close this copy and ask for a reload instead of
      // blocking the upgrade or writing with an old schema.
      db.on('versionchange', () => {
        db.close();
        window.dispatchEvent(new CustomEvent('caderneta:db-closed'));
        return false;
      });
      performance.mark('caderneta:db-opened');
      return db;
    });
  }
  return opening;
}

/**
 * A native connection for the opening screen's first read: the page's warm-up connection when
 * it is already open on the current schema (it opens ~100 ms or more before Dexie's), else
 * Dexie's own. `read` must create its transaction at once: the warm-up connection is closed
 * once Dexie's is open (a transaction already begun still completes).
 */
export async function readEarly<T>(read: (idb: IDBDatabase) => Promise<T>): Promise<T> {
  const early = await earlyOpened();
  if (early && isCurrentStore(early)) {
    try {
      return await read(early);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'InvalidStateError')) throw e; // closed meanwhile
    }
  }
  return read((await getDb()).backendDB());
}
