import { DomainError } from '../errors';
import type { PersonType } from '../br/cpf-cnpj';

export interface GuardIssue {
  code: string;
  message: string;
}

export interface GuardResult {
  /** False when an error makes the setting unlawful (it must be refused). */
  ok: boolean;
  errors: GuardIssue[];
  warnings: GuardIssue[];
}

/** Legal caps: fine 2% for consumers (CDC art. 52 §1), 10% contractual for companies. */
export const MAX_FINE_PERCENT: Readonly<Record<PersonType, number>> = { PF: 2, PJ: 10 };
/** Customary juros de mora; above it the shop is warned. */
export const CUSTOMARY_MONTHLY_INTEREST_PERCENT = 1;

/** Checks fine and interest settings for a customer type. */
export function checkChargePolicy(i: { finePercent: number; monthlyInterestPercent: number; personType: PersonType }): GuardResult {
  const errors: GuardIssue[] = [];
  const warnings: GuardIssue[] = [];
  if (!Number.isFinite(i.finePercent) || i.finePercent < 0) {
    errors.push({ code: 'fine_invalid', message: 'A multa deve ser um percentual maior ou igual a zero.' });
  } else if (i.finePercent > MAX_FINE_PERCENT[i.personType]) {
    errors.push(
      i.personType === 'PF'
        ? { code: 'fine_above_cdc', message: 'Multa acima de 2% não é permitida para consumidor pessoa física (CDC, art. 52, § 1º).' }
        : { code: 'fine_above_limit', message: 'Multa acima de 10% não é aceita para clientes pessoa jurídica.' },
    );
  }
  if (!Number.isFinite(i.monthlyInterestPercent) || i.monthlyInterestPercent < 0) {
    errors.push({ code: 'interest_invalid', message: 'Os juros devem ser um percentual maior ou igual a zero.' });
  } else if (i.monthlyInterestPercent > CUSTOMARY_MONTHLY_INTEREST_PERCENT) {
    warnings.push({
      code: 'interest_above_customary',
      message: 'Juros de mora acima de 1% ao mês podem ser considerados abusivos. Confira o contrato antes de cobrar.',
    });
  }
  return { ok: errors.length === 0, errors, warnings };
}

/** Like checkChargePolicy but throws the first error as a DomainError; returns the warnings. */
export function assertChargePolicyAllowed(i: { finePercent: number; monthlyInterestPercent: number; personType: PersonType }): GuardIssue[] {
  const r = checkChargePolicy(i);
  const first = r.errors[0];
  if (first) throw new DomainError('invalid_policy', first.message, { code: first.code });
  return r.warnings;
}
