// Actions other features add to the customer page (registrar contato, renegociar, extrato…).
import type { CustomerDetail } from './useCustomerDetail';

export function CustomerExtraActions(_props: { detail: CustomerDetail; today: string; onNotice: (n: { ok: boolean; text: string }) => void }) {
  return null;
}
