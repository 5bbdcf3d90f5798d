// Reads on the browser's own IndexedDB connection, for the screens that read thousands of rows
// at once (board, Today). One read-only transaction, every request issued at once, no Dexie
// bookkeeping per request: on a large shop Dexie's promise zones cost a sixth of the board's
// read. The connection may be the page's warm-up one (before Dexie has opened) or Dexie's own
// (db.backendDB(), see native-connection.ts). Writes always go through the repositories. No
// Dexie here: the opening screen's read runs before Dexie's code has loaded (app/early-read.ts).

/** The result of one request. */
export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('Falha ao ler os dados da loja.'));
  });
}

/** Rows whose primary key starts with `prefix` ('notice:', 'task:'). */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

/** The rows of `keys` (undefined where there is none), in order. */
export function getMany<T>(store: IDBObjectStore, keys: readonly string[]): Promise<(T | undefined)[]> {
  return Promise.all(keys.map((k) => request(store.get(k) as IDBRequest<T | undefined>)));
}
