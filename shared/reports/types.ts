// The plain rows the reports read. Structural subsets of the stored rows (renderer/db/types),
// so the data layer's rows can be passed as they are. Amounts are integer centavos and
// dates 'YYYY-MM-DD'.

export interface RCustomer {
  id: string;
  name: string;
  document: string | null;
  kind: 'PF' | 'PJ';
}

export interface RSale {
  id: string;
  customerId: string;
  date: string;
  description: string;
  totalCents: number;
  downPaymentCents: number;
  planKind: 'tab' | 'installments';
  tabStatus: 'open' | 'closed' | 'none';
  agreementId: string | null;
  status: 'active' | 'cancelled';
  /** A debt brought from before the app (imported saldo inicial): not a sale of the period. */
  openingBalance?: boolean;
  /** Number of installments, when the reader knows it without the installments. */
  installmentCount?: number;
}

export interface RInstallment {
  id: string;
  saleId: string;
  customerId: string;
  number: number;
  count: number;
  dueDate: string;
  amountCents: number;
  status: 'open' | 'paid' | 'renegotiated' | 'cancelled';
  paidPrincipalCents: number;
  paidDate: string | null;
  renegotiatedBy: string | null;
  agreementId: string | null;
}

export interface RAllocation {
  installmentId: string;
  fineCents: number;
  interestCents: number;
  principalCents: number;
  waivedFineCents: number;
  waivedInterestCents: number;
}

export interface RPayment {
  id: string;
  customerId: string;
  date: string;
  /** Money handed over; negative on a reversal row. */
  amountCents: number;
  method: string;
  allocations: readonly RAllocation[];
  changeCents: number;
  creditCents: number;
  creditUsedCents: number;
  receiptNumber: string;
  reversalOf: string | null;
}

export interface RAgreement {
  id: string;
  customerId: string;
  date: string;
}

export interface RContact {
  customerId: string;
  date: string;
  channel: string;
  direction: string;
}

/** Everything the reports and the accountant export read. */
export interface ReportData {
  customers: readonly RCustomer[];
  sales: readonly RSale[];
  installments: readonly RInstallment[];
  payments: readonly RPayment[];
  agreements: readonly RAgreement[];
  contacts: readonly RContact[];
}

export const PAYMENT_METHOD_LABELS: Readonly<Record<string, string>> = {
  dinheiro: 'Dinheiro',
  pix: 'Pix',
  debito: 'Cartão de débito',
  credito: 'Cartão de crédito',
  transferencia: 'Transferência',
  outro: 'Outro',
  entrada: 'Entrada nas vendas',
};

export const PAYMENT_METHODS = ['dinheiro', 'pix', 'debito', 'credito', 'transferencia', 'outro'] as const;

export function methodLabel(method: string): string {
  return PAYMENT_METHOD_LABELS[method] ?? method;
}
