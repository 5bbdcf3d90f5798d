// Customers for the list screen: indexed search or the overdue filter, joined with their
// collection summary (read by key in one transaction, never a scan).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { standingOf, type StagePlacement } from '@shared/collections/stage';
import { daysBetween } from '@shared/dates/calendar';
import { useDb } from '../../app/database';
import { firstCustomers, searchCustomers, type CustomerSortKey } from '../../db/queries';
import { ANONYMIZED_SORT_NAME } from '../../db/customers';

export type { CustomerSortKey };
import { summaryAsOf } from '../../db/summary-calc';
import { readSettings } from '../../db/settings';
import type { AgreementRow, CollectionRow, CustomerRow, SummaryRow } from '../../db/types';
import type { CadernetaDB } from '../../db/schema';
import { getMany, request } from '../../db/native-read';
import { readNoticeDates, standingFrom } from '../../db/board-data';
import { nativeConnection } from '../../db/native-connection';
import { useTablesQuery, type TableSpec } from '../../db/use-tables-query';
import { NOTICE_PREFIX } from '../../db/notice-record';

export interface CustomerListRow {
  customer: CustomerRow;
  openCents: number;
  overdueCents: number;
  daysLate: number | null;
  placement: StagePlacement;
  stageLabel: string;
}

/** Rows the list shows without a search: a screenful and then some (type to find the rest).
 *  Kept small on purpose: redrawing hundreds of rows when the search box is cleared made that
 *  keystroke the slowest one. */
export const LIST_LIMIT = 50;

export interface CustomerList {
  rows: CustomerListRow[];
  /** Customers in the shop (anonymised ones left out). */
  total: number;
}

/** What the list's read depends on: a commit to any of these re-runs it (agreements reach it
 *  through the customers in one, read apart). */
const LIST_TABLES: readonly TableSpec[] = ['customers', 'summaries', 'collection', 'settings', 'documents', `meta:${NOTICE_PREFIX}`];

/** The customers with an active agreement, as one sorted key (re-read only when agreements
 *  change, not on every keystroke). */
async function inAgreement(db: CadernetaDB): Promise<string> {
  const index = (await nativeConnection(db)).transaction('agreements', 'readonly').objectStore('agreements').index('status');
  const active = await request(index.getAll('active') as IDBRequest<AgreementRow[]>);
  return [...new Set(active.map((a) => a.customerId))].sort().join(',');
}

const AGREEMENT_TABLES: readonly TableSpec[] = ['agreements'];

export async function loadCustomerList(db: CadernetaDB, text: string, onlyOverdue: boolean, today: string, sort: CustomerSortKey, inAgreementKey: string): Promise<CustomerListRow[]> {
  const customers = await (text.trim() ? searchCustomers(db, text, LIST_LIMIT) : firstCustomers(db, sort, onlyOverdue, today, LIST_LIMIT));
  const ids = customers.map((c) => c.id);
  // The shown customers' figures in one native transaction (one round trip per keystroke).
  const tx = (await nativeConnection(db)).transaction(['summaries', 'collection', 'settings', 'meta', 'documents'], 'readonly');
  const [summaries, collection, settings] = await Promise.all([
    getMany<SummaryRow>(tx.objectStore('summaries'), ids),
    getMany<CollectionRow>(tx.objectStore('collection'), ids),
    readSettings(tx),
  ]);
  const agreements = new Set(inAgreementKey ? inAgreementKey.split(',') : []);
  const figures = summaries.map((raw) => (raw ? summaryAsOf(raw, today) : undefined));
  const standing = customers.map((customer, i) => standingFrom(figures[i], collection[i], agreements.has(customer.id), today));
  // The notices (few rows) are read only when one could hold a shown customer back.
  const anyHeld = standing.some((st) => standingOf(st, settings.collection, today).heldForNotice !== null);
  const notices = anyHeld ? await readNoticeDates(tx) : new Map<string, string>();
  const rows: CustomerListRow[] = customers.map((customer, i) => {
    const s = figures[i];
    const st = standing[i];
    const placement = standingOf({ ...(st ?? { oldestOpenDueDate: null }), noticeSentOn: notices.get(customer.id) ?? null }, settings.collection, today);
    const stageLabel = placement.lane === 'pausado' ? 'Pausado' : placement.lane === 'em_acordo' ? 'Em acordo' : (placement.stage?.name ?? (s && s.openCents > 0 ? 'Em dia' : '—'));
    return {
      customer,
      openCents: s?.openCents ?? 0,
      overdueCents: s?.overdueCents ?? 0,
      daysLate: s?.oldestOverdueDueDate ? daysBetween(s.oldestOverdueDueDate, today) : null,
      placement,
      stageLabel,
    };
  });
  return onlyOverdue ? rows.filter((r) => r.overdueCents > 0) : rows;
}

export function useCustomerList(text: string, onlyOverdue: boolean, today: string, sort: CustomerSortKey = 'name'): CustomerList | undefined {
  const db = useDb();
  const agreementsKey = useTablesQuery(db, AGREEMENT_TABLES, () => inAgreement(db), []);
  // The previous list stays on screen until the new one is read (no blank list per keystroke).
  const rows = useTablesQuery(
    db,
    LIST_TABLES,
    () => loadCustomerList(db, text, onlyOverdue, today, sort, agreementsKey ?? ''),
    [text, onlyOverdue, today, sort, agreementsKey ?? null],
    undefined,
    // Read once the agreements have been read (then again whenever they change).
    { keepPrevious: true, enabled: agreementsKey !== undefined },
  );
  // Two native index counts (a notEqual range would be counted row by row).
  const total = useLiveQuery(async () => (await db.customers.count()) - (await db.customers.where('sortName').equals(ANONYMIZED_SORT_NAME).count()), [db]);
  return useMemo(() => (rows && total !== undefined ? { rows, total } : undefined), [rows, total]);
}
