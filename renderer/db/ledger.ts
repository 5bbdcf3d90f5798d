// The installments' ledgers as shared/ledger wants them, built from stored payments.
import type { InstallmentWithLedger } from '@shared/ledger/allocation';
import type { LedgerEntry } from '@shared/ledger/installment-state';
import type { InstallmentRow, PaymentRow } from './types';

/** Payments that count: neither reversed nor reversal rows. */
export function effectivePayments(payments: readonly PaymentRow[]): PaymentRow[] {
  const reversed = new Set<string>();
  for (const p of payments) if (p.reversalOf) reversed.add(p.reversalOf);
  return payments.filter((p) => !p.reversalOf && !reversed.has(p.id));
}

export function ledgerByInstallment(payments: readonly PaymentRow[]): Map<string, LedgerEntry[]> {
  const map = new Map<string, LedgerEntry[]>();
  for (const p of effectivePayments(payments)) {
    for (const a of p.allocations) {
      const list = map.get(a.installmentId) ?? [];
      list.push({
        on: p.date,
        fineCents: a.fineCents,
        interestCents: a.interestCents,
        principalCents: a.principalCents,
        waivedFineCents: a.waivedFineCents,
        waivedInterestCents: a.waivedInterestCents,
      });
      map.set(a.installmentId, list);
    }
  }
  return map;
}

export function withLedgers(installments: readonly InstallmentRow[], payments: readonly PaymentRow[]): InstallmentWithLedger[] {
  const ledgers = ledgerByInstallment(payments);
  return installments.map((i) => ({ id: i.id, dueDate: i.dueDate, amountCents: i.amountCents, allocations: ledgers.get(i.id) ?? [] }));
}
