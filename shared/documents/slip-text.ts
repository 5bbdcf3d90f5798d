// The words printed on a slip: instructions about fine and interest a customer understands.
import { fineFor, interestFor } from '../charges/late-charges';
import { brl, percentBR } from './format';
import type { ChargesPolicyDoc } from './types';

/** "Depois do vencimento: multa de 2% (R$ 2,50) e juros de 1% ao mês (cerca de R$ 0,04 por dia)." */
export function lateChargesInstruction(policy: ChargesPolicyDoc, amountCents: number): string {
  const parts: string[] = [];
  if (policy.finePercent > 0) {
    parts.push(`multa de ${percentBR(policy.finePercent)} (${brl(fineFor(amountCents, policy.finePercent))}), cobrada uma vez`);
  }
  if (policy.monthlyInterestPercent > 0) {
    const perDay = interestFor(amountCents, policy.monthlyInterestPercent, 1);
    const day = perDay > 0 ? `cerca de ${brl(perDay)} por dia de atraso` : 'menos de R$ 0,01 por dia';
    parts.push(`juros de ${percentBR(policy.monthlyInterestPercent)} ao mês (${day})`);
  }
  const grace =
    policy.graceDays > 0
      ? ` Há tolerância de ${policy.graceDays} ${policy.graceDays === 1 ? 'dia' : 'dias'} depois do vencimento.`
      : '';
  if (parts.length === 0) return `Não há multa nem juros por atraso.${grace}`;
  return `Depois do vencimento: ${parts.join(' e ')}.${grace}`;
}

export const WEEKEND_RULE = 'Vencimento em fim de semana ou feriado pode ser pago no dia útil seguinte, sem acréscimo.';
export const NOT_A_BOLETO = 'Não é boleto bancário — pague com Pix ou no caixa';
