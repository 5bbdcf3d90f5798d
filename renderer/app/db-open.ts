// The window's one connection to the shop's database (no React here: boot.ts opens it before
// the UI's modules have run).
import { openDb, type CadernetaDB } from '../db/schema';
import { releaseEarlyOpen, shopDbName } from './early-open';

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
