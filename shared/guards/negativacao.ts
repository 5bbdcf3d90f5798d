import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../dates/calendar';
import type { ContactCheck } from './contact-hours';

/**
 * A debtor may be listed at SPC/Serasa only after a written notice (CDC art. 43 §2) sent at
 * least `minDays` days before.
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
  const allowedFrom = addDays(assertIsoDate(noticeSentOn, 'data do aviso'), minDays);
  if (daysBetween(noticeSentOn, today) < minDays) {
    return {
      allowed: false,
      allowedFrom,
      reason: `O aviso prévio foi enviado há menos de ${minDays} dias; a negativação só pode ser feita a partir de ${allowedFrom.split('-').reverse().join('/')}.`,
    };
  }
  return { allowed: true, allowedFrom, reason: null };
}
