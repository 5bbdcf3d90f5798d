// Read queries for the screens (wrapped by hooks.ts) and the benchmark. Index-driven: no
// full-table scans on a hot path.
import { installmentStateOn, type InstallmentState } from '@shared/ledger/installment-state';
import { standingOf, type StandingPlacement } from '@shared/collections/stage';
import { noticeSentOnOf, standingFrom } from './board-data';
import type { CadernetaDB } from './schema';
import type { AgreementRow, CollectionRow, ContactRow, CustomerRow, DocumentRow, InstallmentRow, PaymentRow, SaleRow, SummaryRow } from './types';
import { queryTokens } from './search-tokens';
import { getSettings, type AppSettings } from './settings';
import { ledgerByInstallment } from './ledger';
import { summaryAsOf } from './summary-calc';
import { getMany, prefixRange, request } from './native-read';
import { nativeConnection } from './native-connection';

export const SEARCH_LIMIT = 50;

function matchesAll(c: CustomerRow, tokens: readonly string[]): boolean {
  return tokens.every((t) => c.searchTokens.some((k) => k.startsWith(t)));
}

const byName = (a: CustomerRow, b: CustomerRow) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0);

/** Customers whose tokens start with every typed word (accent-free), ordered by name. */
export async function searchCustomers(db: CadernetaDB, text: string, limit = SEARCH_LIMIT): Promise<CustomerRow[]> {
  const tokens = queryTokens(text);
  if (tokens.length === 0) {
    return db.customers.orderBy('sortName').filter((c) => c.anonymizedAt === null).limit(limit).toArray();
  }
  const quick = await searchFirst((await nativeConnection(db)).transaction('customers', 'readonly'), tokens, limit);
  if (quick) return quick;
  // Several words filtering most of the first entries out: walk the index until `limit` match.
  const rows = await db.customers
    .where('searchTokens')
    .startsWith(leadToken(tokens))
    .distinct()
    .filter((c) => matchesAll(c, tokens))
    .limit(limit)
    .toArray();
  return rows.sort(byName);
}

const leadToken = (tokens: readonly string[]): string => tokens.reduce((a, b) => (b.length > a.length ? b : a));

/**
 * A search's fast path, on the first index entries of the longest word (a customer appears
 * once per matching token), in a native transaction covering 'customers'. One word: every entry
 * matches, so only the ids are read and then the rows shown; several words: the rows, filtered
 * by the others. null when those entries hold fewer than `limit` matches and the range goes on.
 */
async function searchFirst(tx: IDBTransaction, tokens: readonly string[], limit: number): Promise<CustomerRow[] | null> {
  const store = tx.objectStore('customers');
  const index = store.index('searchTokens');
  const range = prefixRange(leadToken(tokens));
  const window = limit * 3;
  if (tokens.length === 1) {
    const keys = (await request(index.getAllKeys(range, window))) as string[];
    const ids = [...new Set(keys)];
    if (ids.length < limit && keys.length === window) return null;
    const rows = await getMany<CustomerRow>(store, ids.slice(0, limit));
    return rows.filter((c): c is CustomerRow => c !== undefined).sort(byName);
  }
  const first = (await request(index.getAll(range, window))) as CustomerRow[];
  const seen = new Set<string>();
  const found: CustomerRow[] = [];
  for (const c of first) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (matchesAll(c, tokens)) found.push(c);
    if (found.length === limit) break;
  }
  return found.length === limit || first.length < window ? found.sort(byName) : null;
}

export type CustomerSortKey = 'name' | 'open' | 'overdue' | 'days';

/** Ids of the customers a list without search text shows first for `sort`, drawn from the
 *  whole shop (not just the first names), so "Em aberto" lists the biggest balances. */
export async function firstCustomers(db: CadernetaDB, sort: CustomerSortKey, onlyOverdue: boolean, today: string, limit = SEARCH_LIMIT): Promise<CustomerRow[]> {
  if (sort === 'name' && !onlyOverdue) return searchCustomers(db, '', limit);
  if (sort === 'name') {
    const late = new Set(await db.summaries.where('oldestOpenDueDate').below(today).primaryKeys());
    return db.customers.orderBy('sortName').filter((c) => c.anonymizedAt === null && late.has(c.id)).limit(limit).toArray();
  }
  // Oldest open due date first = most days late first (the index is in that order).
  const candidates = sort === 'days' ? await db.summaries.where('oldestOpenDueDate').below(today).limit(limit).toArray() : await db.summaries.toArray();
  const figures = candidates.map((s) => summaryAsOf(s, today)).filter((s) => !onlyOverdue || s.overdueCents > 0);
  if (sort === 'open') figures.sort((a, b) => b.openCents - a.openCents);
  if (sort === 'overdue') figures.sort((a, b) => b.overdueCents - a.overdueCents);
  const ids = figures.slice(0, limit).map((s) => s.id);
  const customers = (await db.customers.bulkGet(ids)).filter((c): c is CustomerRow => !!c && c.anonymizedAt === null);
  if (customers.length >= limit || onlyOverdue) return customers;
  // Fewer customers with purchases than a page: the rest by name.
  const shown = new Set(customers.map((c) => c.id));
  const more = await db.customers.orderBy('sortName').filter((c) => c.anonymizedAt === null && !shown.has(c.id)).limit(limit - customers.length).toArray();
  return [...customers, ...more];
}

export interface InstallmentValue {
  row: InstallmentRow;
  /** Replayed value as of today; null when not open (paid, renegotiated, cancelled). */
  state: InstallmentState | null;
}

function valueInstallments(rows: InstallmentRow[], payments: PaymentRow[], today: string, settings: AppSettings): InstallmentValue[] {
  const ledgers = ledgerByInstallment(payments);
  return rows
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number - b.number))
    .map((row) => ({ row, state: row.status === 'open' ? installmentStateOn(row, ledgers.get(row.id) ?? [], today, settings.charges) : null }));
}

/** A customer's open installments valued as of today (principal + fine + interest), oldest first. */
export async function openInstallments(db: CadernetaDB, customerId: string, today: string): Promise<InstallmentValue[]> {
  const [rows, payments, settings] = await Promise.all([
    db.installments.where('[customerId+status]').equals([customerId, 'open']).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
    getSettings(db),
  ]);
  return valueInstallments(rows, payments, today, settings);
}

export interface CustomerDetail {
  customer: CustomerRow;
  sales: SaleRow[];
  installments: InstallmentValue[];
  payments: PaymentRow[];
  contacts: ContactRow[];
  documents: DocumentRow[];
  agreements: AgreementRow[];
  summary: SummaryRow | null;
  collection: CollectionRow | null;
  placement: StandingPlacement;
  /** Open principal + charges as of today plus the fiado tab not yet closed, and the overdue
   *  part of it. */
  owedTodayCents: number;
  overdueTodayCents: number;
}

const newestFirst = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0);

export async function customerDetail(db: CadernetaDB, id: string, today: string): Promise<CustomerDetail | null> {
  const customer = await db.customers.get(id);
  if (!customer) return null;
  const by = <T>(t: { where(k: string): { equals(v: string): { toArray(): Promise<T[]> } } }) => t.where('customerId').equals(id).toArray();
  const [sales, installments, payments, contacts, documents, agreements, summary, collection, settings] = await Promise.all([
    by<SaleRow>(db.sales),
    by<InstallmentRow>(db.installments),
    by<PaymentRow>(db.payments),
    by<ContactRow>(db.contacts),
    db.documents.where('customerIds').equals(id).toArray(),
    by<AgreementRow>(db.agreements),
    db.summaries.get(id),
    db.collection.get(id),
    getSettings(db),
  ]);
  const values = valueInstallments(installments, payments, today, settings);
  let owedTodayCents = 0;
  let overdueTodayCents = 0;
  for (const v of values) {
    if (!v.state) continue;
    owedTodayCents += v.state.totalDueCents;
    if (v.row.dueDate < today) overdueTodayCents += v.state.totalDueCents;
  }
  const s = summary ? summaryAsOf(summary, today) : null;
  // The open tab is owed too, though it has no installment (nor charges) until it closes.
  owedTodayCents += s?.tabOpenCents ?? 0;
  const placement = standingOf(
    standingFrom(s, collection, agreements.some((a) => a.status === 'active'), today, noticeSentOnOf(contacts, documents)),
    settings.collection,
    today,
  );
  return {
    customer,
    sales: sales.sort(newestFirst((x) => x.date + x.id)),
    installments: values,
    payments: payments.sort(newestFirst((x) => x.date + x.id)),
    contacts: contacts.sort(newestFirst((x) => x.at)),
    documents: documents.sort(newestFirst((x) => x.id)),
    agreements: agreements.sort(newestFirst((x) => x.id)),
    summary: s,
    collection: collection ?? null,
    placement,
    owedTodayCents,
    overdueTodayCents,
  };
}

/** Per-customer overdue figures for the board, from the summary table alone (no installment scan). */
export async function overdueSummaries(db: CadernetaDB, today: string): Promise<SummaryRow[]> {
  const rows = await db.summaries.where('oldestOpenDueDate').below(today).toArray();
  return rows.map((s) => summaryAsOf(s, today));
}

export type { TodayInputs } from './today';
