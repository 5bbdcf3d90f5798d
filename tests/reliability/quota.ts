// Simulated "disk full" for fake-indexeddb (unit tests): the Nth write from now fails with a
// QuotaExceededError in one of the three ways a browser reports it.
//   'throw'   - the write call itself throws (as a wrapped table method would);
//   'request' - the write request fails asynchronously (request.error = QuotaExceededError);
//   'commit'  - every write succeeds but the transaction aborts at commit with
//               transaction.error = QuotaExceededError (what Chromium does when the quota check
//               runs at commit time).
// Uses fake-indexeddb internals on purpose; only for tests.

export type QuotaMode = 'throw' | 'request' | 'commit';

interface FakeRequestSpec {
  operation: () => unknown;
  source: unknown;
}

interface FakeTransaction {
  mode: string;
  error: unknown;
  _state: string;
  _requests: unknown[];
  _start(): void;
  _abort(name: string | null): void;
  _execRequestAsync(spec: FakeRequestSpec): IDBRequest;
}

interface FakeStore {
  transaction: FakeTransaction;
}

type WriteFn = (this: FakeStore, value: unknown, key?: IDBValidKey) => IDBRequest;

const quotaError = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * Arms the failure: the `afterWrites`-th write (0 = the first) from now fails. Returns a
 * disarm function (always call it, e.g. in finally) and a probe of whether it fired.
 */
export function failWritesWithQuota(mode: QuotaMode, afterWrites = 0): { restore: () => void; fired: () => boolean; writes: () => number } {
  const storeProto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', WriteFn>;
  const txProto = IDBTransaction.prototype as unknown as FakeTransaction;
  const originals = { put: storeProto.put, add: storeProto.add, start: txProto._start };
  let writes = 0;
  let fired = false;
  const doomed = new WeakSet<object>();

  const wrap = (name: 'put' | 'add'): WriteFn =>
    function (this: FakeStore, value: unknown, key?: IDBValidKey): IDBRequest {
      const original = originals[name];
      const call = (): IDBRequest => (key === undefined ? original.call(this, value) : original.call(this, value, key));
      if (fired || writes++ < afterWrites) return call();
      fired = true;
      if (mode === 'throw') throw quotaError();
      if (mode === 'request') {
        return this.transaction._execRequestAsync({
          operation: () => {
            throw quotaError();
          },
          source: this,
        });
      }
      doomed.add(this.transaction);
      return call();
    };

  storeProto.put = wrap('put');
  storeProto.add = wrap('add');
  txProto._start = function (this: FakeTransaction): void {
    // At the point fake-indexeddb would fire 'complete', a doomed transaction aborts instead.
    if (doomed.has(this) && this._requests.length === 0 && this._state !== 'finished' && !this.error) {
      doomed.delete(this);
      this._abort('QuotaExceededError');
      return;
    }
    originals.start.call(this);
  };
  return {
    restore: () => {
      storeProto.put = originals.put;
      storeProto.add = originals.add;
      txProto._start = originals.start;
    },
    fired: () => fired,
    writes: () => writes,
  };
}
