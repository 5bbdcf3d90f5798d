// Per-customer open position on a day, and the largest debtors.
import { outstandingAt, type DebtLine } from './debt-lines';

export interface CustomerPosition {
  customerId: string;
  openCents: number;
  overdueCents: number;
  /** Not yet due. */
  currentCents: number;
  installments: number;
  overdueInstallments: number;
  oldestOverdueDate: string | null;
  nextDueDate: string | null;
}

/** Every customer owing something on `asOf`, largest open amount first. */
export function positionsAt(lines: readonly DebtLine[], asOf: string): CustomerPosition[] {
  const map = new Map<string, CustomerPosition>();
  for (const line of lines) {
    const cents = outstandingAt(line, asOf);
    if (cents === 0) continue;
    let p = map.get(line.customerId);
    if (!p) {
      p = { customerId: line.customerId, openCents: 0, overdueCents: 0, currentCents: 0, installments: 0, overdueInstallments: 0, oldestOverdueDate: null, nextDueDate: null };
      map.set(line.customerId, p);
    }
    p.openCents += cents;
    p.installments += 1;
    if (line.dueDate < asOf) {
      p.overdueCents += cents;
      p.overdueInstallments += 1;
      if (p.oldestOverdueDate === null || line.dueDate < p.oldestOverdueDate) p.oldestOverdueDate = line.dueDate;
    } else {
      p.currentCents += cents;
      if (p.nextDueDate === null || line.dueDate < p.nextDueDate) p.nextDueDate = line.dueDate;
    }
  }
  return [...map.values()].sort((a, b) => b.openCents - a.openCents || (a.customerId < b.customerId ? -1 : 1));
}

export function topDebtors(positions: readonly CustomerPosition[], n = 10): CustomerPosition[] {
  return positions.slice(0, n);
}
