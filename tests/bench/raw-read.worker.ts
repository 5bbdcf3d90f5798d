// The floor under the XLSX export's read: the same rows (the period's installments of every
// status, the open ones due before it, its sales and payments, every customer and summary) asked
// of IndexedDB with plain getAll requests, all at once in one read-only transaction, in a worker
// as the export is. Nothing is done with them.
interface RawReadRequest {
  dbName: string;
  from: string;
  to: string;
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('request failed'));
  });

self.addEventListener('message', (e: MessageEvent<RawReadRequest>) => {
  const { dbName, from, to } = e.data;
  void (async () => {
    const db = await request(indexedDB.open(dbName));
    const t0 = performance.now();
    const tx = db.transaction(['installments', 'customers', 'summaries', 'sales', 'payments'], 'readonly');
    const byStatus = tx.objectStore('installments').index('[status+dueDate]');
    const reads: Promise<unknown[]>[] = [
      ...['open', 'paid', 'renegotiated', 'cancelled'].map((s) => request(byStatus.getAll(IDBKeyRange.bound([s, from], [s, to])))),
      request(byStatus.getAll(IDBKeyRange.bound(['open', ''], ['open', from], false, true))),
      request(tx.objectStore('customers').getAll()),
      request(tx.objectStore('summaries').getAll()),
      request(tx.objectStore('sales').index('date').getAll(IDBKeyRange.bound(from, to))),
      request(tx.objectStore('payments').index('date').getAll(IDBKeyRange.bound(from, to))),
    ];
    const rows = (await Promise.all(reads)).reduce((s, r) => s + r.length, 0);
    const ms = performance.now() - t0;
    db.close();
    self.postMessage({ ms, rows });
  })().catch((err: unknown) => self.postMessage({ error: String(err) }));
});
