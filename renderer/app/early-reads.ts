// The opening screen's read begun by app/early-read.ts (an entry of its own that runs as soon as
// its few modules have loaded, ~150 ms before the app's), handed over to the app's start (boot.ts
// -> prime-route.ts). One read per page: whoever comes first decides. Shared by both graphs as
// one module instance (the same chunk URL), so no global is needed.

export type OpeningScreen = 'board' | 'today';

interface EarlyRead {
  screen: OpeningScreen;
  dbName: string;
  today: string;
  /** Null when the warm-up connection could not be used (the app then reads for itself). */
  result: Promise<unknown>;
}

let slot: EarlyRead | 'taken' | null = null;

/** The early entry: starts `read` unless the app's start has already begun its own. */
export function startEarlyRead(screen: OpeningScreen, dbName: string, today: string, read: () => Promise<unknown>): void {
  if (slot !== null) return;
  performance.mark('caderneta:early-read');
  const result = read().catch(() => null); // the app's own read reports a real failure
  slot = { screen, dbName, today, result };
}

/** The app's start: the early read of this screen, shop and day if one began (its result may be
 *  null: read again), else null. Either way no early read starts after this. */
export function takeEarlyRead<T>(screen: OpeningScreen, dbName: string, today: string): Promise<T | null> | null {
  const got = slot;
  slot = 'taken';
  if (got === null || got === 'taken' || got.screen !== screen || got.dbName !== dbName || got.today !== today) return null;
  performance.mark('caderneta:early-read-taken');
  return got.result as Promise<T | null>;
}
