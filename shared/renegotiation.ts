import { DomainError } from './errors';
import { assertNonNegativeCents, roundHalfUpDiv, toFraction, type Cents } from './money/cents';
import { assertIsoDate, type IsoDate } from './dates/calendar';
import type { ChargesPolicy } from './charges/late-charges';
import { installmentStateOn } from './ledger/installment-state';
import type { InstallmentWithLedger } from './ledger/allocation';
import { installmentPlan, type PlanFrequency, type PlannedInstallment } from './plans/installment-plan';

export interface RenegotiationDiscount {
  /** Discount on the charges (fine + interest) only, or on the whole debt. */
  on: 'charges' | 'total';
  /** Either a fixed amount in centavos... */
  cents?: number | undefined;
  /** ...or a percentage of the base (rounded half up). */
  percent?: number | undefined;
}

export interface RenegotiationQuoteInput {
  installments: readonly InstallmentWithLedger[];
  /** Installments to renegotiate; default: every open one. */
  chosenIds?: readonly string[] | undefined;
  today: string;
  policy: ChargesPolicy;
  discount?: RenegotiationDiscount | undefined;
}

export interface RenegotiationInput extends RenegotiationQuoteInput {
  downPaymentCents?: number;
  /** Number of new installments (0 only when the down payment settles everything). */
  count: number;
  firstDueDate: string;
  every: PlanFrequency;
}

export interface RenegotiatedItem {
  installmentId: string;
  dueDate: IsoDate;
  principalCents: Cents;
  fineCents: Cents;
  interestCents: Cents;
  totalCents: Cents;
}

export interface RenegotiationQuote {
  today: IsoDate;
  items: RenegotiatedItem[];
  principalCents: Cents;
  fineCents: Cents;
  interestCents: Cents;
  /** fine + interest */
  chargesCents: Cents;
  /** principal + charges as of today */
  grossTotalCents: Cents;
  discountCents: Cents;
  /** gross - discount: what the customer will owe under the agreement */
  newTotalCents: Cents;
}

export interface Renegotiation extends RenegotiationQuote {
  downPaymentCents: Cents;
  /** newTotal - downPayment, split in the plan */
  financedCents: Cents;
  plan: PlannedInstallment[];
}

/**
 * Updated debt (open principal + fine + interest as of today) of the chosen installments,
 * minus a discount: gross - discount = newTotal.
 */
export function renegotiationQuote(i: RenegotiationQuoteInput): RenegotiationQuote {
  assertIsoDate(i.today, 'hoje');
  const chosen = i.chosenIds ? new Set(i.chosenIds) : null;
  if (chosen) {
    for (const id of chosen) {
      if (!i.installments.some((x) => x.id === id)) {
        throw new DomainError('invalid_argument', 'Parcela escolhida para o acordo não encontrada.', { id });
      }
    }
  }
  const items: RenegotiatedItem[] = [];
  for (const inst of i.installments) {
    if (chosen && !chosen.has(inst.id)) continue;
    const s = installmentStateOn(inst, inst.allocations, i.today, i.policy);
    if (s.totalDueCents === 0) continue;
    items.push({
      installmentId: inst.id,
      dueDate: inst.dueDate,
      principalCents: s.principalDueCents,
      fineCents: s.fineDueCents,
      interestCents: s.interestDueCents,
      totalCents: s.totalDueCents,
    });
  }
  if (items.length === 0) throw new DomainError('invalid_argument', 'Escolha ao menos uma parcela em aberto para o acordo.');
  items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));

  const principalCents = items.reduce((s, x) => s + x.principalCents, 0);
  const fineCents = items.reduce((s, x) => s + x.fineCents, 0);
  const interestCents = items.reduce((s, x) => s + x.interestCents, 0);
  const chargesCents = fineCents + interestCents;
  const grossTotalCents = principalCents + chargesCents;

  let discountCents = 0;
  if (i.discount) {
    const base = i.discount.on === 'charges' ? chargesCents : grossTotalCents;
    const { cents, percent } = i.discount;
    if ((cents === undefined) === (percent === undefined)) {
      throw new DomainError('invalid_discount', 'Informe o desconto em reais ou em percentual (um dos dois).');
    }
    if (cents !== undefined) {
      discountCents = assertNonNegativeCents(cents, 'desconto');
    } else if (percent !== undefined) {
      if (percent > 100) throw new DomainError('invalid_discount', 'O desconto não pode passar de 100%.', { percent });
      const f = toFraction(percent, 'percentual de desconto');
      discountCents = roundHalfUpDiv(BigInt(base) * f.num, f.den * 100n);
    }
    if (discountCents > base) {
      throw new DomainError(
        'invalid_discount',
        i.discount.on === 'charges' ? 'O desconto não pode ser maior que a multa e os juros.' : 'O desconto não pode ser maior que a dívida.',
        { discountCents, base },
      );
    }
  }
  return {
    today: i.today,
    items,
    principalCents,
    fineCents,
    interestCents,
    chargesCents,
    grossTotalCents,
    discountCents,
    newTotalCents: grossTotalCents - discountCents,
  };
}

/**
 * The quote split into a down payment and a new plan. Totals are preserved to the centavo:
 * downPayment + sum(plan) = newTotal = gross - discount.
 */
export function renegotiate(i: RenegotiationInput): Renegotiation {
  const quote = renegotiationQuote(i);
  const { newTotalCents } = quote;
  const downPaymentCents = assertNonNegativeCents(i.downPaymentCents ?? 0, 'valor da entrada');
  if (downPaymentCents > newTotalCents) {
    throw new DomainError('invalid_plan', 'A entrada não pode ser maior que o valor do acordo.', { downPaymentCents, newTotalCents });
  }
  const financedCents = newTotalCents - downPaymentCents;
  let plan: PlannedInstallment[] = [];
  if (financedCents > 0) {
    plan = installmentPlan({ totalCents: newTotalCents, downPaymentCents, count: i.count, firstDueDate: i.firstDueDate, every: i.every });
  } else if (i.count !== 0) {
    throw new DomainError('invalid_plan', 'A entrada já quita o acordo: não há parcelas a gerar.', { count: i.count });
  }
  return { ...quote, downPaymentCents, financedCents, plan };
}
