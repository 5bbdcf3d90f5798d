// The newest promise to pay of each customer, kept on its collection row (written with the
// contact, in the same transaction) so the board reads no contact rows: on a large shop the
// promises of the last two months alone are thousands of rows.
import type { CollectionRow, ContactRow, LastPromise } from './types';

/** A contact that promises a payment on a date. */
function isPromise(c: Pick<ContactRow, 'outcome' | 'promisedDate'>): boolean {
  return c.outcome === 'prometeu_pagar' && c.promisedDate !== null;
}

export function lastPromiseOf(c: ContactRow): LastPromise {
  return { id: c.id, at: c.at, date: c.date, promisedDate: c.promisedDate, promisedCents: c.promisedCents };
}

/** True when `c` is a promise newer than the one kept (ties: the later written wins). */
export function replacesPromise(kept: LastPromise | null | undefined, c: ContactRow): boolean {
  return isPromise(c) && (!kept || kept.at <= c.at);
}

/** Each customer's newest promise among `contacts`. */
export function newestPromises(contacts: Iterable<ContactRow>): Map<string, LastPromise> {
  const out = new Map<string, LastPromise>();
  for (const c of contacts) if (replacesPromise(out.get(c.customerId), c)) out.set(c.customerId, lastPromiseOf(c));
  return out;
}

/** Collection rows written before they kept the promise (old databases, old backups) get it. */
export function withLastPromise<T extends Pick<CollectionRow, 'customerId'> & { lastPromise?: LastPromise | null }>(rows: readonly T[], promises: ReadonlyMap<string, LastPromise>): (T & { lastPromise: LastPromise | null })[] {
  return rows.map((r) => (r.lastPromise === undefined ? { ...r, lastPromise: promises.get(r.customerId) ?? null } : (r as T & { lastPromise: LastPromise | null })));
}
