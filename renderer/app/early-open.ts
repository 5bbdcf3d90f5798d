// The shop's store starts opening in public/early-open.js, a classic script that index.html
// runs before the app's modules have downloaded: on a large shop the browser's first open of
// the store on disk takes hundreds of milliseconds, and begun there it overlaps the app's own
// start instead of following it. This module names the database and closes that warm-up
// connection once the app's own is open. Where the page ran without it (tests), it warms here.

declare global {
  interface Window {
    /** The warm-up connection of public/early-open.js, or where it stands. */
    __cadernetaEarly?: IDBDatabase | 'opening' | 'released';
  }
}

/** The shop's database name for this window (tests may pass ?db=name for an isolated one).
 *  public/early-open.js applies the same rule. */
export function shopDbName(location: Pick<Location, 'search' | 'hash'> = window.location): string {
  const m = /[?&]db=([\w-]{1,40})/.exec(location.search + location.hash);
  return m?.[1] ? `caderneta-${m[1]}` : 'caderneta';
}

/** Fired on window when the warm-up open has succeeded or failed. */
export const EARLY_OPEN_EVENT = 'caderneta:early-open';

/** The warm-up connection once its open has settled (null when there is none). */
export function earlyOpened(): Promise<IDBDatabase | null> {
  const now = (): IDBDatabase | null => (window.__cadernetaEarly instanceof IDBDatabase ? window.__cadernetaEarly : null);
  if (typeof window === 'undefined' || window.__cadernetaEarly !== 'opening') return Promise.resolve(typeof window === 'undefined' ? null : now());
  return new Promise((resolve) => window.addEventListener(EARLY_OPEN_EVENT, () => resolve(now()), { once: true }));
}

function warm(): void {
  if (typeof window === 'undefined' || typeof indexedDB === 'undefined' || window.__cadernetaEarly !== undefined) return;
  window.__cadernetaEarly = 'opening';
  const req = indexedDB.open(shopDbName());
  // No database yet: do not create an empty one under Dexie's feet.
  req.onupgradeneeded = () => req.transaction?.abort();
  const settled = (): boolean => window.dispatchEvent(new Event(EARLY_OPEN_EVENT));
  req.onerror = (e) => {
    e.preventDefault();
    window.__cadernetaEarly = 'released';
    settled();
  };
  req.onsuccess = () => {
    const db = req.result;
    if (window.__cadernetaEarly === 'released') db.close();
    else {
      window.__cadernetaEarly = db;
      db.onversionchange = () => releaseEarlyOpen();
    }
    settled();
  };
}

/** Called once the app's own connection is open (or failed): the warm-up connection goes. */
export function releaseEarlyOpen(): void {
  const early = window.__cadernetaEarly;
  window.__cadernetaEarly = 'released';
  if (early instanceof IDBDatabase) early.close();
}

warm();
