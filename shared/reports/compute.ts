// All figures of the Relatórios screen from plain rows, for one data-base day and filters.
import { receivablesByAge, type Aging } from './aging';
import { buildDebtLines, filterLines, type DebtLine } from './debt-lines';
import { defaultRateSeries, seriesDates, type DefaultPoint } from './default-rate';
import { positionsAt, topDebtors, type CustomerPosition } from './debtors';
import { expectedReceipts, type ExpectedReceipts } from './expected';
import { lastMonths, monthStart } from './months';
import { receivedByMonth, sumReceived, type MonthReceived } from './received';
import { recoveryByAction, type RecoveryRow } from './recovery';
import type { RCustomer, ReportData } from './types';

export type CustomerKindFilter = 'todos' | 'PF' | 'PJ';

export interface ReportOptions {
  /** Data-base: the day the position refers to. */
  asOf: string;
  /** Months of history in the monthly series (ending with asOf's month). */
  months: number;
  kind: CustomerKindFilter;
  /** Customers listed per age bucket (the rest are counted, not listed). */
  bucketListLimit?: number;
}

export interface NamedPosition extends CustomerPosition {
  name: string;
  document: string | null;
}

export interface ReportsResult {
  options: ReportOptions;
  period: { from: string; to: string };
  aging: Aging;
  received: MonthReceived[];
  receivedTotal: MonthReceived;
  defaultRate: DefaultPoint[];
  recovery: RecoveryRow[];
  expected: ExpectedReceipts;
  top: NamedPosition[];
  /** Customer names of everything listed above. */
  names: Record<string, string>;
}

/** The customer ids kept by the kind filter, or null for all. */
export function customerFilter(customers: readonly RCustomer[], kind: CustomerKindFilter): Set<string> | null {
  if (kind === 'todos') return null;
  return new Set(customers.filter((c) => c.kind === kind).map((c) => c.id));
}

/** First day the figures for `options` look at (the first month of the series). */
export function reportWindowStart(options: Pick<ReportOptions, 'asOf' | 'months'>): string {
  return monthStart(lastMonths(options.asOf, clampMonths(options.months))[0] ?? options.asOf.slice(0, 7));
}

function clampMonths(n: number): number {
  return Math.max(1, Math.min(60, Math.trunc(n) || 12));
}

export function computeReports(data: ReportData, options: ReportOptions, prebuiltLines?: readonly DebtLine[]): ReportsResult {
  const { asOf } = options;
  const keep = customerFilter(data.customers, options.kind);
  const lines = filterLines(prebuiltLines ?? buildDebtLines(data), keep);
  const payments = keep ? data.payments.filter((p) => keep.has(p.customerId)) : data.payments;
  const months = lastMonths(asOf, clampMonths(options.months));
  const period = { from: monthStart(months[0] ?? asOf.slice(0, 7)), to: asOf };

  const aging = receivablesByAge(lines, asOf);
  const limit = options.bucketListLimit ?? 100;
  for (const b of aging.buckets) b.list = b.list.slice(0, limit);
  const received = receivedByMonth(payments, months, asOf, keep ? data.sales.filter((x) => keep.has(x.customerId)) : data.sales);
  const defaultRate = defaultRateSeries(lines, seriesDates(months, asOf));
  const contacts = keep ? data.contacts.filter((c) => keep.has(c.customerId)) : data.contacts;
  const agreements = keep ? data.agreements.filter((a) => keep.has(a.customerId)) : data.agreements;
  const recovery = recoveryByAction(contacts, agreements, payments, period);
  const expected = expectedReceipts(lines, asOf, 90);

  const byId = new Map(data.customers.map((c) => [c.id, c]));
  const top = topDebtors(positionsAt(lines, asOf), 10).map((p) => ({ ...p, name: byId.get(p.customerId)?.name ?? '—', document: byId.get(p.customerId)?.document ?? null }));
  const names: Record<string, string> = {};
  for (const b of aging.buckets) for (const c of b.list) names[c.customerId] = byId.get(c.customerId)?.name ?? '—';
  for (const t of top) names[t.customerId] = t.name;

  return { options, period, aging, received, receivedTotal: sumReceived(received), defaultRate, recovery, expected, top, names };
}
