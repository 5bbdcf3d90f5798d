// The shop's store starts opening in public/early-open.js, a classic script that index.html
// runs before the app's modules have downloaded: on a large shop the browser's first open of
// the store on disk takes hundreds of milliseconds, and begun there it overlaps the app's own
// start instead of following it. This module names the database and closes that warm-up
// connection once the app's own is open.

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

/** Fired on window by public/early-open.js when the warm-up open has succeeded or failed. */
const EARLY_OPEN_EVENT = 'caderneta:early-open';

/** The warm-up connection once its open has settled (null when there is none). */
export function earlyOpened(): Promise<IDBDatabase | null> {
  const now = (): IDBDatabase | null => (window.__cadernetaEarly instanceof IDBDatabase ? window.__cadernetaEarly : null);
  if (window.__cadernetaEarly !== 'opening') return Promise.resolve(now());
  return new Promise((resolve) => window.addEventListener(EARLY_OPEN_EVENT, () => resolve(now()), { once: true }));
}

/** Called once the app's own connection is open (or failed): the warm-up connection goes. */
export function releaseEarlyOpen(): void {
  const early = window.__cadernetaEarly;
  window.__cadernetaEarly = 'released';
  if (early instanceof IDBDatabase) early.close();
}

