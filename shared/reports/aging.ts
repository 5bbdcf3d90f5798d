// Receivables by age on a given day: outstanding principal grouped by days past due.
import { addDays } from '../dates/calendar';
import { outstandingAt, type DebtLine } from './debt-lines';

export type AgeBucketId = 'a_vencer' | 'd1_30' | 'd31_60' | 'd61_90' | 'd91_180' | 'd181';

export const AGE_BUCKETS: readonly { id: AgeBucketId; label: string; maxDays: number }[] = [
  { id: 'a_vencer', label: 'A vencer', maxDays: 0 },
  { id: 'd1_30', label: '1 a 30 dias', maxDays: 30 },
  { id: 'd31_60', label: '31 a 60 dias', maxDays: 60 },
  { id: 'd61_90', label: '61 a 90 dias', maxDays: 90 },
  { id: 'd91_180', label: '91 a 180 dias', maxDays: 180 },
  { id: 'd181', label: 'Mais de 180 dias', maxDays: Number.POSITIVE_INFINITY },
];

export function bucketOf(daysLate: number): AgeBucketId {
  for (const b of AGE_BUCKETS) if (daysLate <= b.maxDays) return b.id;
  return 'd181';
}

/** Bucket of an installment due on `dueDate`, seen on `asOf` (string comparisons only). */
export function bucketFinder(asOf: string): (dueDate: string) => AgeBucketId {
  const limits = AGE_BUCKETS.filter((b) => Number.isFinite(b.maxDays)).map((b) => ({ id: b.id, from: addDays(asOf, -b.maxDays) }));
  return (dueDate) => {
    for (const l of limits) if (dueDate >= l.from) return l.id;
    return 'd181';
  };
}

export interface BucketCustomer {
  customerId: string;
  amountCents: number;
  installments: number;
  oldestDueDate: string;
}

export interface AgeBucket {
  id: AgeBucketId;
  label: string;
  amountCents: number;
  /** Distinct customers with an installment in this bucket. */
  customers: number;
  installments: number;
  /** The bucket's customers, largest amount first. */
  list: BucketCustomer[];
}

export interface Aging {
  asOf: string;
  buckets: AgeBucket[];
  totalCents: number;
  overdueCents: number;
  /** Distinct customers owing anything. */
  customers: number;
}

export function receivablesByAge(lines: readonly DebtLine[], asOf: string): Aging {
  const per = new Map<AgeBucketId, Map<string, BucketCustomer>>(AGE_BUCKETS.map((b) => [b.id, new Map()]));
  const owing = new Set<string>();
  let totalCents = 0;
  let overdueCents = 0;
  const find = bucketFinder(asOf);
  for (const line of lines) {
    const cents = outstandingAt(line, asOf);
    if (cents === 0) continue;
    const id = find(line.dueDate);
    const map = per.get(id);
    if (!map) continue;
    const c = map.get(line.customerId) ?? { customerId: line.customerId, amountCents: 0, installments: 0, oldestDueDate: line.dueDate };
    c.amountCents += cents;
    c.installments += 1;
    if (line.dueDate < c.oldestDueDate) c.oldestDueDate = line.dueDate;
    map.set(line.customerId, c);
    owing.add(line.customerId);
    totalCents += cents;
    if (line.dueDate < asOf) overdueCents += cents;
  }
  const buckets = AGE_BUCKETS.map((b): AgeBucket => {
    const list = [...(per.get(b.id)?.values() ?? [])].sort((x, y) => y.amountCents - x.amountCents || (x.customerId < y.customerId ? -1 : 1));
    return {
      id: b.id,
      label: b.label,
      amountCents: list.reduce((s, c) => s + c.amountCents, 0),
      customers: list.length,
      installments: list.reduce((s, c) => s + c.installments, 0),
      list,
    };
  });
  return { asOf, buckets, totalCents, overdueCents, customers: owing.size };
}
