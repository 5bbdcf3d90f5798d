import { DomainError } from '../errors';
import { assertNonNegativeCents, splitCents, type Cents } from '../money/cents';
import { addDays, addMonthsClamped, assertIsoDate, type IsoDate } from '../dates/calendar';

export type PlanFrequency = 'month' | 'week' | 'fortnight' | { days: number };

export interface InstallmentPlanInput {
  totalCents: number;
  downPaymentCents?: number;
  count: number;
  firstDueDate: string;
  every: PlanFrequency;
}

export interface PlannedInstallment {
  number: number;
  dueDate: IsoDate;
  amountCents: Cents;
}

/** Due date of the installment at `index` (0-based) counted from `firstDueDate`, never drifting. */
export function planDueDate(firstDueDate: string, every: PlanFrequency, index: number): IsoDate {
  if (every === 'month') return addMonthsClamped(firstDueDate, index);
  if (every === 'week') return addDays(firstDueDate, 7 * index);
  if (every === 'fortnight') return addDays(firstDueDate, 14 * index);
  if (!Number.isSafeInteger(every.days) || every.days < 1) {
    throw new DomainError('invalid_plan', 'O intervalo entre parcelas deve ser de pelo menos 1 dia.', { days: every.days });
  }
  return addDays(firstDueDate, every.days * index);
}

/**
 * Splits total - down payment into `count` installments that sum exactly to it (leftover
 * centavos on the first). Monthly plans keep the day of month of `firstDueDate`, clamped to
 * each month's end (31 Jan -> 28/29 Feb -> 31 Mar). Weekly = 7 days, fortnightly = 14 days.
 */
export function installmentPlan(i: InstallmentPlanInput): PlannedInstallment[] {
  assertNonNegativeCents(i.totalCents, 'valor total');
  const down = i.downPaymentCents ?? 0;
  assertNonNegativeCents(down, 'valor da entrada');
  assertIsoDate(i.firstDueDate, 'primeiro vencimento');
  if (!Number.isSafeInteger(i.count) || i.count < 1 || i.count > 600) {
    throw new DomainError('invalid_plan', 'O número de parcelas deve ser um inteiro entre 1 e 600.', { count: i.count });
  }
  if (down > i.totalCents) {
    throw new DomainError('invalid_plan', 'A entrada não pode ser maior que o valor total.', { down, total: i.totalCents });
  }
  const financed = i.totalCents - down;
  if (financed < i.count) {
    throw new DomainError(
      'invalid_plan',
      financed === 0
        ? 'Não há saldo para parcelar: a entrada cobre o valor total.'
        : 'O saldo é pequeno demais para esse número de parcelas.',
      { financed, count: i.count },
    );
  }
  return splitCents(financed, i.count).map((amountCents, idx) => ({
    number: idx + 1,
    dueDate: planDueDate(i.firstDueDate, i.every, idx),
    amountCents,
  }));
}
