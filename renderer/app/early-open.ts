// Imported first by main.tsx: starts opening the shop's IndexedDB store before React and the
// app's modules have even run. On a large shop the browser's first open of the store on disk
// takes hundreds of milliseconds; begun here, it overlaps the app's own start instead of
// following it. This connection only warms the store: it never creates a database (a first
// run is left to Dexie), yields to any upgrade, and is closed once Dexie's own is open.

/** The shop's database name for this window (tests may pass ?db=name for an isolated one). */
export function shopDbName(location: Pick<Location, 'search' | 'hash'> = window.location): string {
  const m = /[?&]db=([\w-]{1,40})/.exec(location.search + location.hash);
  return m?.[1] ? `caderneta-${m[1]}` : 'caderneta';
}

let early: IDBDatabase | null = null;
let released = false;

function warm(): void {
  if (typeof window === 'undefined' || typeof indexedDB === 'undefined') return;
  performance.mark('caderneta:store-open');
  const req = indexedDB.open(shopDbName());
  // No database yet: do not create an empty one under Dexie's feet.
  req.onupgradeneeded = () => req.transaction?.abort();
  req.onerror = (e) => e.preventDefault();
  req.onsuccess = () => {
    performance.mark('caderneta:store-opened');
    const db = req.result;
    if (released) {
      db.close();
      return;
    }
    early = db;
    db.onversionchange = () => releaseEarlyOpen();
  };
}

/** Called once the app's own connection is open (or failed): the warm-up connection goes. */
export function releaseEarlyOpen(): void {
  released = true;
  early?.close();
  early = null;
}

warm();
