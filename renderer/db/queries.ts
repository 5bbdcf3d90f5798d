// Read queries for the screens (wrapped by hooks.ts) and the benchmark. Index-driven: no
// full-table scans on a hot path.
import type { CadernetaDB } from './schema';
import type { CustomerRow } from './types';
import { queryTokens } from './search-tokens';

export const SEARCH_LIMIT = 50;

function matchesAll(c: CustomerRow, tokens: readonly string[]): boolean {
  return tokens.every((t) => c.searchTokens.some((k) => k.startsWith(t)));
}

/** Customers whose tokens start with every typed word (accent-free), ordered by name. */
export async function searchCustomers(db: CadernetaDB, text: string, limit = SEARCH_LIMIT): Promise<CustomerRow[]> {
  const tokens = queryTokens(text);
  if (tokens.length === 0) {
    return db.customers.orderBy('sortName').filter((c) => c.anonymizedAt === null).limit(limit).toArray();
  }
  const lead = tokens.reduce((a, b) => (b.length > a.length ? b : a));
  const rows = await db.customers
    .where('searchTokens')
    .startsWith(lead)
    .distinct()
    .filter((c) => matchesAll(c, tokens))
    .limit(limit)
    .toArray();
  return rows.sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0));
}
