// Stored rows -> the slim rows of shared/reports (only the fields the reports read).
import type { RAgreement, RContact, RCustomer, RInstallment, RPayment, RSale } from '@shared/reports/types';
import type { AgreementRow, ContactRow, CustomerRow, InstallmentRow, PaymentRow, SaleRow } from './types';

export const toCustomer = (r: CustomerRow): RCustomer => ({ id: r.id, name: r.name, document: r.document, kind: r.kind });

export const toSale = (r: SaleRow): RSale => ({
  id: r.id,
  customerId: r.customerId,
  date: r.date,
  description: r.description,
  totalCents: r.totalCents,
  downPaymentCents: r.downPaymentCents,
  planKind: r.planKind,
  tabStatus: r.tabStatus,
  agreementId: r.agreementId,
  status: r.status,
  ...(r.openingBalance ? { openingBalance: true } : {}),
});

export const toInstallment = (r: InstallmentRow): RInstallment => ({
  id: r.id,
  saleId: r.saleId,
  customerId: r.customerId,
  number: r.number,
  count: r.count,
  dueDate: r.dueDate,
  amountCents: r.amountCents,
  status: r.status,
  paidPrincipalCents: r.paidPrincipalCents,
  paidDate: r.paidDate,
  renegotiatedBy: r.renegotiatedBy,
  agreementId: r.agreementId,
});

export const toPayment = (r: PaymentRow): RPayment => ({
  id: r.id,
  customerId: r.customerId,
  date: r.date,
  amountCents: r.amountCents,
  method: r.method,
  allocations: r.allocations,
  changeCents: r.changeCents,
  creditCents: r.creditCents,
  creditUsedCents: r.creditUsedCents,
  receiptNumber: r.receiptNumber,
  reversalOf: r.reversalOf,
});

export const toAgreement = (r: AgreementRow): RAgreement => ({ id: r.id, customerId: r.customerId, date: r.date });

export const toContact = (r: ContactRow): RContact => ({ customerId: r.customerId, date: r.date, channel: r.channel, direction: r.direction });
