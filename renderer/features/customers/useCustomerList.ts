// Customers for the list screen: indexed search or the overdue filter, joined with their
// collection summary (one bulkGet, never a query per row).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { stageOf, type StagePlacement } from '@shared/collections/stage';
import { daysBetween } from '@shared/dates/calendar';
import { useDb } from '../../app/database';
import { firstCustomers, searchCustomers, type CustomerSortKey } from '../../db/queries';
import { ANONYMIZED_SORT_NAME } from '../../db/customers';

export type { CustomerSortKey };
import { summaryAsOf } from '../../db/summary-calc';
import { getSettings } from '../../db/settings';
import type { CustomerRow, SummaryRow } from '../../db/types';

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
const LIMIT = LIST_LIMIT;

export interface CustomerList {
  rows: CustomerListRow[];
  /** Customers in the shop (anonymised ones left out). */
  total: number;
}

export function useCustomerList(text: string, onlyOverdue: boolean, today: string, sort: CustomerSortKey = 'name'): CustomerList | undefined {
  const db = useDb();
  const rows = useLiveQuery(async () => {
    const customers = await (text.trim() ? searchCustomers(db, text, LIMIT) : firstCustomers(db, sort, onlyOverdue, today, LIMIT));
    const ids = customers.map((c) => c.id);
    const [summaries, collection, settings, active] = await Promise.all([db.summaries.bulkGet(ids), db.collection.bulkGet(ids), getSettings(db), db.agreements.where('customerId').anyOf(ids).toArray()]);
    // Only these customers' agreements (not every active one of the shop on each keystroke).
    const agreements = new Set(active.filter((a) => a.status === 'active').map((a) => a.customerId));
    const rows: CustomerListRow[] = customers.map((customer, i) => {
      const raw: SummaryRow | undefined = summaries[i];
      const s = raw ? summaryAsOf(raw, today) : undefined;
      const col = collection[i];
      const placement = stageOf({ oldestOpenDueDate: s?.oldestOpenDueDate ?? null, manualStageId: col?.stageOverride ?? null, pausedUntil: col?.pausedUntil ?? null, activeAgreement: agreements.has(customer.id) }, settings.collection, today);
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
  }, [db, text, onlyOverdue, today, sort]);
  // Two native index counts (a notEqual range would be counted row by row).
  const total = useLiveQuery(async () => (await db.customers.count()) - (await db.customers.where('sortName').equals(ANONYMIZED_SORT_NAME).count()), [db]);
  return useMemo(() => (rows && total !== undefined ? { rows, total } : undefined), [rows, total]);
}
