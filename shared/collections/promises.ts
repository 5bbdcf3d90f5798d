import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../dates/calendar';
import type { CollectionPolicy } from './policy';

export interface PaymentPromise {
  /** Date the customer promised to pay. */
  promisedOn: IsoDate;
  amountCents: number;
}

export type PromiseStatus = 'pendente' | 'vence_hoje' | 'cumprida' | 'quebrada';

export const PROMISE_STATUS_LABELS: Readonly<Record<PromiseStatus, string>> = {
  pendente: 'Promessa pendente',
  vence_hoje: 'Promessa vence hoje',
  cumprida: 'Promessa cumprida',
  quebrada: 'Promessa quebrada',
};

/**
 * A promise is kept when the customer paid at least the promised amount since it was made
 * (`paidCentsSince`, money received up to the promised date); broken when that date passed.
 */
export function promiseStatus(promise: PaymentPromise, paidCentsSince: number, today: string): PromiseStatus {
  assertIsoDate(promise.promisedOn, 'data prometida');
  assertIsoDate(today, 'hoje');
  if (paidCentsSince >= promise.amountCents) return 'cumprida';
  if (today > promise.promisedOn) return 'quebrada';
  return today === promise.promisedOn ? 'vence_hoje' : 'pendente';
}

/**
 * An agreement breaks when one of its installments is more than
 * `policy.agreementBreakAfterDays` days late. Gives the date it breaks (or broke), or null.
 */
export function agreementBreaksOn(oldestOpenAgreementDueDate: IsoDate | null, policy: CollectionPolicy): IsoDate | null {
  if (!oldestOpenAgreementDueDate) return null;
  return addDays(oldestOpenAgreementDueDate, policy.agreementBreakAfterDays + 1);
}

export function isAgreementBroken(oldestOpenAgreementDueDate: IsoDate | null, today: string, policy: CollectionPolicy): boolean {
  if (!oldestOpenAgreementDueDate) return false;
  return daysBetween(oldestOpenAgreementDueDate, today) > policy.agreementBreakAfterDays;
}
