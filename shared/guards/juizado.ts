import { assertNonNegativeCents, type Cents } from '../money/cents';

/** National minimum wage in 2026 (R$ 1.621,00); keep it a setting. */
export const DEFAULT_MINIMUM_WAGE_CENTS = 162100;

export type JuizadoFit = 'sem_advogado' | 'com_advogado' | 'acima_do_limite';

export interface JuizadoInfo {
  fit: JuizadoFit;
  /** 20 minimum wages: claim without a lawyer. */
  withoutLawyerLimitCents: Cents;
  /** 40 minimum wages: Juizado Especial Cível limit. */
  limitCents: Cents;
  label: string;
}

export const JUIZADO_LABELS: Readonly<Record<JuizadoFit, string>> = {
  sem_advogado: 'Cabe no Juizado sem advogado',
  com_advogado: 'Cabe no Juizado com advogado',
  acima_do_limite: 'Acima do limite do Juizado',
};

/** Where a debt fits in the Juizado Especial Cível (Lei 9.099/1995): up to 20 / 40 minimum wages. */
export function juizadoFit(debtCents: number, minimumWageCents: number = DEFAULT_MINIMUM_WAGE_CENTS): JuizadoInfo {
  assertNonNegativeCents(debtCents, 'valor da dívida');
  assertNonNegativeCents(minimumWageCents, 'salário mínimo');
  const withoutLawyerLimitCents = 20 * minimumWageCents;
  const limitCents = 40 * minimumWageCents;
  const fit: JuizadoFit =
    debtCents <= withoutLawyerLimitCents ? 'sem_advogado' : debtCents <= limitCents ? 'com_advogado' : 'acima_do_limite';
  return { fit, withoutLawyerLimitCents, limitCents, label: JUIZADO_LABELS[fit] };
}
