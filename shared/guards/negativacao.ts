import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../dates/calendar';
import type { ContactCheck } from './contact-hours';

/**
 * A debtor may be listed at SPC/Serasa only after a written notice (CDC art. 43 §2), and only
 * once the `minDays` the notice gives to pay (the letter's deadline, its date + `minDays`) have
 * run out: from the day after that deadline.
 */
export function checkNegativacao(noticeSentOn: IsoDate | null | undefined, today: string, minDays = 10): ContactCheck & { allowedFrom: IsoDate | null } {
  assertIsoDate(today, 'hoje');
  if (!noticeSentOn) {
    return {
      allowed: false,
      allowedFrom: null,
      reason: 'Antes de negativar, registre o envio do aviso prévio por escrito (carta) ao cliente (CDC, art. 43, § 2º).',
    };
  }
  const deadline = addDays(assertIsoDate(noticeSentOn, 'data do aviso'), minDays);
  const allowedFrom = addDays(deadline, 1);
  if (daysBetween(noticeSentOn, today) <= minDays) {
    const br = (d: string): string => d.split('-').reverse().join('/');
    return {
      allowed: false,
      allowedFrom,
      reason: `Aviso prévio enviado em ${br(noticeSentOn)}: o prazo dele (${minDays} dias) vai até ${br(deadline)}; a negativação só pode ser feita a partir de ${br(allowedFrom)}.`,
    };
  }
  return { allowed: true, allowedFrom, reason: null };
}
