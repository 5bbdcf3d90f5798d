import { DomainError } from '../errors';
import { assertCents, type Cents } from '../money/cents';
import { formatBRL } from '../money/brl';
import { assertIsoDate, type IsoDate } from '../dates/calendar';
import type { ChargesPolicy } from '../charges/late-charges';
import {
  installmentStateOn,
  type AllocationAmounts,
  type InstallmentRef,
  type InstallmentState,
  type LedgerEntry,
} from './installment-state';

/** An installment with the allocations already applied to it (its ledger). */
export interface InstallmentWithLedger extends InstallmentRef {
  allocations: readonly LedgerEntry[];
}

export interface WaiveOptions {
  fine?: boolean | undefined;
  interest?: boolean | undefined;
  /** Required whenever something is waived (abono de multa/juros). */
  reason?: string | undefined;
}

/**
 * What to do with money beyond what the chosen installments owe:
 * - 'credit': keep it as the customer's credit (creditCents);
 * - 'refuse': the shop does not keep it; it is handed back as change (changeCents).
 */
export type OverpaymentMode = 'credit' | 'refuse';

export interface AllocatePaymentInput {
  installments: readonly InstallmentWithLedger[];
  amountCents: number;
  on: string;
  policy: ChargesPolicy;
  /** Installments to pay, paid oldest due first; default: every open installment. */
  chosenIds?: readonly string[] | undefined;
  waive?: WaiveOptions | undefined;
  overpayment: OverpaymentMode;
}

export interface AllocationRow extends AllocationAmounts {
  installmentId: string;
  /** Nothing left to pay on this installment after this payment. */
  settled: boolean;
  /** What the installment still owes after this payment (principal + charges). */
  remainingCents: Cents;
}

export interface PaymentAllocation {
  on: IsoDate;
  amountCents: Cents;
  rows: AllocationRow[];
  /** Money applied to installments (fine + interest + principal over all rows). */
  appliedCents: Cents;
  changeCents: Cents;
  creditCents: Cents;
  waivedFineCents: Cents;
  waivedInterestCents: Cents;
  waiveReason: string | null;
  /** What the considered installments still owe after this payment. */
  remainingDueCents: Cents;
}

/** Open installments to consider, oldest due first (ties keep the given order). */
export function orderForPayment(
  installments: readonly InstallmentWithLedger[],
  on: string,
  policy: ChargesPolicy,
  chosenIds?: readonly string[],
): { inst: InstallmentWithLedger; state: InstallmentState }[] {
  let pool: InstallmentWithLedger[];
  if (chosenIds) {
    const byId = new Map(installments.map((i) => [i.id, i]));
    const seen = new Set<string>();
    pool = [];
    for (const id of chosenIds) {
      const inst = byId.get(id);
      if (!inst) throw new DomainError('invalid_allocation', 'Parcela escolhida não encontrada para este cliente.', { id });
      if (!seen.has(id)) pool.push(inst);
      seen.add(id);
    }
  } else {
    pool = [...installments];
  }
  return pool
    .map((inst, i) => ({ inst, i, state: installmentStateOn(inst, inst.allocations, on, policy) }))
    .filter((x) => x.state.totalDueCents > 0)
    .sort((a, b) => (a.inst.dueDate < b.inst.dueDate ? -1 : a.inst.dueDate > b.inst.dueDate ? 1 : a.i - b.i))
    .map(({ inst, state }) => ({ inst, state }));
}

/**
 * Applies a payment of `amountCents` made on `on` to the chosen installments (default: all
 * open ones, oldest due first); within each, to the fine, then interest, then principal
 * (Código Civil art. 354). Waivers cancel the fine and/or interest of the installments the
 * payment reaches. Never creates or loses a centavo:
 * sum(rows fine + interest + principal) + changeCents + creditCents = amountCents.
 */
export function allocatePayment(i: AllocatePaymentInput): PaymentAllocation {
  assertIsoDate(i.on, 'data do pagamento');
  assertCents(i.amountCents, 'valor do pagamento');
  if (i.amountCents <= 0) {
    throw new DomainError('invalid_amount', 'O valor do pagamento deve ser maior que zero.', { amountCents: i.amountCents });
  }
  const waiveFine = i.waive?.fine === true;
  const waiveInterest = i.waive?.interest === true;
  const reason = i.waive?.reason?.trim() ?? '';
  if ((waiveFine || waiveInterest) && reason === '') {
    throw new DomainError('waiver_reason_required', 'Informe o motivo do abono de multa ou juros.');
  }

  const ordered = orderForPayment(i.installments, i.on, i.policy, i.chosenIds);
  let remaining = i.amountCents;
  const rows: AllocationRow[] = [];
  let remainingDue = 0;
  let waivedFine = 0;
  let waivedInterest = 0;

  for (const { state } of ordered) {
    if (remaining === 0) {
      remainingDue += state.totalDueCents;
      continue;
    }
    const waivedFineCents = waiveFine ? state.fineDueCents : 0;
    const waivedInterestCents = waiveInterest ? state.interestDueCents : 0;
    const fineCents = Math.min(remaining, state.fineDueCents - waivedFineCents);
    remaining -= fineCents;
    const interestCents = Math.min(remaining, state.interestDueCents - waivedInterestCents);
    remaining -= interestCents;
    const principalCents = Math.min(remaining, state.principalDueCents);
    remaining -= principalCents;
    const left = state.totalDueCents - waivedFineCents - waivedInterestCents - fineCents - interestCents - principalCents;
    rows.push({
      installmentId: state.installmentId,
      fineCents,
      interestCents,
      principalCents,
      waivedFineCents,
      waivedInterestCents,
      settled: left === 0,
      remainingCents: left,
    });
    remainingDue += left;
    waivedFine += waivedFineCents;
    waivedInterest += waivedInterestCents;
  }

  const appliedCents = i.amountCents - remaining;
  return {
    on: i.on,
    amountCents: i.amountCents,
    rows,
    appliedCents,
    changeCents: i.overpayment === 'refuse' ? remaining : 0,
    creditCents: i.overpayment === 'credit' ? remaining : 0,
    waivedFineCents: waivedFine,
    waivedInterestCents: waivedInterest,
    waiveReason: waivedFine + waivedInterest > 0 ? reason : null,
    remainingDueCents: remainingDue,
  };
}

/** Ledger entries to store for a payment allocation (one per row). */
export function ledgerEntriesOf(a: PaymentAllocation): (LedgerEntry & { installmentId: string })[] {
  return a.rows.map((r) => ({
    installmentId: r.installmentId,
    on: a.on,
    fineCents: r.fineCents,
    interestCents: r.interestCents,
    principalCents: r.principalCents,
    waivedFineCents: r.waivedFineCents,
    waivedInterestCents: r.waivedInterestCents,
  }));
}

/** A short Portuguese description of an allocation, for receipts and the audit log. */
export function describeAllocation(a: PaymentAllocation): string {
  const parts = [`Pagamento de ${formatBRL(a.amountCents)}`];
  const sum = (k: 'fineCents' | 'interestCents' | 'principalCents'): number => a.rows.reduce((s, r) => s + r[k], 0);
  parts.push(`multa ${formatBRL(sum('fineCents'))}, juros ${formatBRL(sum('interestCents'))}, principal ${formatBRL(sum('principalCents'))}`);
  if (a.waivedFineCents + a.waivedInterestCents > 0) {
    parts.push(`abono de ${formatBRL(a.waivedFineCents + a.waivedInterestCents)} (${a.waiveReason ?? ''})`);
  }
  if (a.changeCents > 0) parts.push(`troco ${formatBRL(a.changeCents)}`);
  if (a.creditCents > 0) parts.push(`crédito ${formatBRL(a.creditCents)}`);
  return parts.join('; ');
}
