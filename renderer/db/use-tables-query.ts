// A live read for the screens that read thousands of rows at once (board, Today): re-run when a
// commit (in this window or another) touches one of the named tables. useLiveQuery would record
// every key read into its range sets — for the board's 5,000 summaries, names and collection
// rows that bookkeeping alone cost more than the reads.
import { useEffect, useRef, useState } from 'react';
import { Dexie } from 'dexie';
import type { CadernetaDB } from './schema';
import type { TableName } from './types';

type Parts = Record<string, unknown>;

/** True when a storagemutated event's parts touch one of `tables` of database `dbName`. */
export function touches(parts: Parts, dbName: string, tables: readonly string[]): boolean {
  const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
  return Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)));
}

/**
 * Runs `querier` now and again after every commit that touches `tables`; undefined until the
 * first result. Runs never overlap: changes during a run schedule one more run after it.
 * A failed run throws into the screen's error boundary, as useLiveQuery does.
 */
export function useTablesQuery<T>(db: CadernetaDB, tables: readonly TableName[], querier: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [state, setState] = useState<{ value: T; key: string } | { error: unknown } | undefined>(undefined);
  const latest = useRef(querier);
  useEffect(() => {
    latest.current = querier;
  });
  const tableKey = tables.join(',');
  const depsKey = JSON.stringify(deps);
  useEffect(() => {
    let live = true;
    let running = false;
    let again = false;
    const run = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      latest
        .current()
        .then(
          (value) => live && setState({ value, key: depsKey }),
          (error: unknown) => live && setState({ error }),
        )
        .finally(() => {
          running = false;
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
  }, [db, tableKey, depsKey]);
  if (state && 'error' in state) throw state.error;
  // A result of older arguments is not shown as the answer to new ones.
  return state && state.key === depsKey ? state.value : undefined;
}
