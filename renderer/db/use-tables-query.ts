// A live read for the screens that read thousands of rows at once (board, Today): re-run when a
// commit (in this window or another) touches one of the named tables. useLiveQuery would record
// every key read into its range sets — for the board's 5,000 summaries, names and collection
// rows that bookkeeping alone cost more than the reads.
import { useEffect, useRef, useState } from 'react';
import { Dexie, RangeSet, rangesOverlap } from 'dexie';
import type { CadernetaDB } from './schema';
import type { TableName } from './types';

type Parts = Record<string, unknown>;

/** A table read as a whole ('summaries'), or only its rows whose key starts with a prefix
 *  ('meta:notice:' = meta rows 'notice:…'), so unrelated rows of a shared table do not count. */
export type TableSpec = TableName | `${TableName}:${string}`;

/** True when a storagemutated event's parts touch one of `tables` of database `dbName`. */
export function touches(parts: Parts, dbName: string, tables: readonly string[]): boolean {
  return tables.some((spec) => {
    const cut = spec.indexOf(':');
    const table = cut < 0 ? spec : spec.slice(0, cut);
    const base = `idb://${dbName}/${table}/`;
    if (cut < 0) return Object.keys(parts).some((k) => k.startsWith(base));
    const prefix = spec.slice(cut + 1);
    const wanted = new RangeSet(prefix, `${prefix}\uffff`);
    return [base, `${base}:dels`].some((k) => {
      // Range sets as Dexie reports them (plain {from, to, l, r} trees).
      const changed = parts[k];
      return typeof changed === 'object' && changed !== null && rangesOverlap(changed as RangeSet, wanted);
    });
  });
}

interface Primed {
  promise: Promise<unknown>;
  /** The read's result once it has arrived: the screen's first render shows it at once. */
  settled?: { value: unknown };
  /** A commit touched the tables after the read began. */
  dirty: boolean;
  stop: () => void;
}

const primed = new Map<string, Primed>();
/** A primed read nobody took (the user went to another screen) is dropped after this. */
const PRIME_TTL_MS = 10_000;

/**
 * Starts a screen's read before the screen exists (at app start, alongside the page's code and
 * the first render); the screen's useTablesQuery with the same `key` shows that result instead
 * of reading again, and reads again if a commit touched `tables` in between.
 */
export function primeTablesQuery(key: string, dbName: string, tables: readonly TableSpec[], querier: () => Promise<unknown>): void {
  if (primed.has(key)) return;
  const onMutated = (parts: Parts): void => {
    if (touches(parts, dbName, tables)) entry.dirty = true;
  };
  performance.mark(`caderneta:prime:${key}`);
  const read = querier().then((v) => {
    performance.mark(`caderneta:primed:${key}`);
    entry.settled = { value: v };
    return v;
  });
  const entry: Primed = { promise: read, dirty: false, stop: () => Dexie.on('storagemutated').unsubscribe(onMutated) };
  entry.promise.catch(() => undefined); // the screen that takes it reports the error
  Dexie.on('storagemutated', onMutated);
  primed.set(key, entry);
  setTimeout(() => {
    if (primed.get(key) !== entry) return;
    entry.stop();
    primed.delete(key);
  }, PRIME_TTL_MS);
}

function takePrimed(key: string | undefined): Primed | null {
  const entry = key === undefined ? undefined : primed.get(key);
  if (!entry || key === undefined) return null;
  primed.delete(key);
  return entry;
}

/**
 * Runs `querier` now and again after every commit that touches `tables`; undefined until the
 * first result. Runs never overlap: changes during a run schedule one more run after it.
 * A failed run throws into the screen's error boundary, as useLiveQuery does. With
 * keepPrevious the last result stays until the new arguments' one arrives. With enabled false
 * nothing is read yet (a read that needs another one's result first).
 */
export function useTablesQuery<T>(
  db: CadernetaDB,
  tables: readonly TableSpec[],
  querier: () => Promise<T>,
  deps: readonly unknown[],
  primeKey?: string,
  options: { keepPrevious?: boolean; enabled?: boolean } = {},
): T | undefined {
  const enabled = options.enabled ?? true;
  const depsKey = JSON.stringify(deps);
  // A primed read that has already arrived is the first render's value (no empty frame first).
  const [state, setState] = useState<{ value: T; key: string } | { error: unknown } | undefined>(() => {
    const ready = primeKey === undefined ? undefined : primed.get(primeKey)?.settled;
    return ready ? { value: ready.value as T, key: depsKey } : undefined;
  });
  const latest = useRef(querier);
  useEffect(() => {
    latest.current = querier;
  });
  const tableKey = tables.join(',');
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let running = false;
    let again = false;
    let first = true;
    const run = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const prime = first ? takePrimed(primeKey) : null;
      first = false;
      (prime ? (prime.promise as Promise<T>) : latest.current())
        .then(
          // (The primed value may already be on screen: the same result is not set again.)
          (value) => live && setState((prev) => (prev && 'value' in prev && prev.value === value && prev.key === depsKey ? prev : { value, key: depsKey })),
          (error: unknown) => live && setState({ error }),
        )
        .finally(() => {
          running = false;
          if (prime) {
            prime.stop();
            if (prime.dirty) again = true;
          }
          if (live && again) {
            again = false;
            run();
          }
        });
    };
    const onMutated = (parts: Parts): void => {
      if (touches(parts, db.name, tableKey.split(','))) run();
    };
    Dexie.on('storagemutated', onMutated);
    run();
    return () => {
      live = false;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [db, tableKey, depsKey, primeKey, enabled]);
  if (state && 'error' in state) throw state.error;
  // A result of older arguments is not shown as the answer to new ones, unless the screen keeps
  // it until the new one arrives (a list filtered as the user types).
  return state && (state.key === depsKey || options.keepPrevious) ? state.value : undefined;
}
