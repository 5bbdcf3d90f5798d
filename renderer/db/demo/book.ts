// The in-memory ledger the generator fills: rows with metadata, and the operations
// (sell, pay, renegotiate, contact) done with the shared domain exactly as the app does.
import { allocatePayment } from '@shared/ledger/allocation';
import type { LedgerEntry } from '@shared/ledger/installment-state';
import { renegotiate } from '@shared/renegotiation';
import { installmentPlan } from '@shared/plans/installment-plan';
import { DEFAULT_CHARGES_POLICY } from '@shared/charges/late-charges';
import { addDays } from './days';
import type { AgreementRow, ContactRow, InstallmentRow, PaymentMethod, PaymentRow, RowMeta, SaleRow } from '../types';
import type { Rng } from './prng';

export const POLICY = { ...DEFAULT_CHARGES_POLICY, extraHolidays: [] as string[] };

export class Book {
  readonly sales: SaleRow[] = [];
  readonly installments: InstallmentRow[] = [];
  readonly payments: PaymentRow[] = [];
  readonly contacts: ContactRow[] = [];
  readonly agreements: AgreementRow[] = [];
  readonly ledgers = new Map<string, LedgerEntry[]>();
  receipts = 0;

  constructor(
    readonly rng: Rng,
    readonly deviceId: string,
    readonly prefix: string,
  ) {}

  meta(date: string, hour = 12): RowMeta {
    const ms = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + this.rng.int(0, 59)) * 60_000 + this.rng.int(0, 59_999);
    const at = new Date(ms).toISOString();
    return { id: this.rng.id(ms), createdAt: at, updatedAt: at, deviceId: this.deviceId };
  }

  installment(sale: SaleRow, number: number, count: number, dueDate: string, amountCents: number, extra: Pick<Partial<InstallmentRow>, 'tabSaleIds' | 'agreementId'> = {}): InstallmentRow {
    const m = this.meta(sale.date, 13);
    const row: InstallmentRow = {
      id: m.id,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      deviceId: m.deviceId,
      saleId: sale.id,
      customerId: sale.customerId,
      number,
      count,
      dueDate,
      amountCents,
      status: 'open',
      paidPrincipalCents: 0,
      paidFineCents: 0,
      paidInterestCents: 0,
      waivedFineCents: 0,
      waivedInterestCents: 0,
      paidDate: null,
      boletoCode: null,
      tabSaleIds: [],
      renegotiatedBy: null,
      agreementId: null,
    };
    if (extra.tabSaleIds) row.tabSaleIds = extra.tabSaleIds;
    if (extra.agreementId) row.agreementId = extra.agreementId;
    this.installments.push(row);
    return row;
  }

  sale(customerId: string, date: string, fields: Pick<Partial<SaleRow>, 'description' | 'items' | 'downPaymentCents' | 'planKind' | 'tabStatus' | 'agreementId'> & Pick<SaleRow, 'totalCents'>): SaleRow {
    const m = this.meta(date, 12);
    const row: SaleRow = {
      id: m.id,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      deviceId: m.deviceId,
      customerId,
      date,
      description: fields.description ?? '',
      items: fields.items ?? [],
      totalCents: fields.totalCents,
      downPaymentCents: fields.downPaymentCents ?? 0,
      planKind: fields.planKind ?? 'installments',
      tabStatus: fields.tabStatus ?? 'none',
      tabInstallmentId: null,
      agreementId: fields.agreementId ?? null,
      overrideReason: null,
      status: 'active',
    };
    this.sales.push(row);
    return row;
  }

  carne(customerId: string, date: string, description: string, totalCents: number, downPaymentCents: number, count: number, firstDueDate: string): InstallmentRow[] {
    const sale = this.sale(customerId, date, { description, items: [{ description, quantity: 1, unitCents: totalCents, totalCents }], totalCents, downPaymentCents });
    const plan = installmentPlan({ totalCents, downPaymentCents, count, firstDueDate, every: 'month' });
    return plan.map((p) => this.installment(sale, p.number, plan.length, p.dueDate, p.amountCents));
  }

  /** Pays `amount` (default: everything due) on one installment, as receivePayment would. */
  pay(inst: InstallmentRow, on: string, method: PaymentMethod, amount?: number): PaymentRow | null {
    const ledger = this.ledgers.get(inst.id) ?? [];
    if (inst.status !== 'open' || (amount !== undefined && amount <= 0)) return null;
    // As receivePayment: never a payment dated before one already made (the replay as of an
    // earlier day would not see the later principal and could pay it twice).
    if (ledger.some((e) => e.on > on)) return null;
    // Whatever is beyond the amount due comes back as change and is not recorded.
    const a = allocatePayment({ installments: [{ id: inst.id, dueDate: inst.dueDate, amountCents: inst.amountCents, allocations: ledger }], amountCents: amount ?? 1_000_000_000_00, on, policy: POLICY, overpayment: 'refuse' });
    const row = a.rows[0];
    const amountCents = a.appliedCents;
    if (!row || amountCents <= 0) return null;
    this.receipts += 1;
    const m = this.meta(on, this.rng.int(11, 20));
    const payment: PaymentRow = {
      id: m.id,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      deviceId: m.deviceId,
      customerId: inst.customerId,
      date: on,
      amountCents,
      method,
      allocations: [{ installmentId: inst.id, fineCents: row.fineCents, interestCents: row.interestCents, principalCents: row.principalCents, waivedFineCents: 0, waivedInterestCents: 0 }],
      changeCents: 0,
      creditCents: 0,
      creditUsedCents: 0,
      waiverReason: null,
      receiptNumber: `${this.prefix}-${String(this.receipts).padStart(6, '0')}`,
      reversalOf: null,
      reason: null,
    };
    this.payments.push(payment);
    ledger.push({ on, fineCents: row.fineCents, interestCents: row.interestCents, principalCents: row.principalCents });
    this.ledgers.set(inst.id, ledger);
    inst.paidPrincipalCents += row.principalCents;
    inst.paidFineCents += row.fineCents;
    inst.paidInterestCents += row.interestCents;
    if (row.settled && inst.paidPrincipalCents === inst.amountCents) {
      inst.status = 'paid';
      inst.paidDate = on;
    }
    inst.updatedAt = payment.createdAt > inst.updatedAt ? payment.createdAt : inst.updatedAt;
    return payment;
  }

  /** Renegotiates the customer's open installments due before `on`, as renegotiateDebt would. */
  renegotiate(customerId: string, open: InstallmentRow[], on: string, count: number, discountPercent: number): { agreement: AgreementRow; news: InstallmentRow[] } | null {
    const chosen = open.filter((i) => i.status === 'open' && i.dueDate < on);
    if (chosen.length === 0) return null;
    const terms = renegotiate({
      installments: chosen.map((i) => ({ id: i.id, dueDate: i.dueDate, amountCents: i.amountCents, allocations: this.ledgers.get(i.id) ?? [] })),
      today: on,
      policy: POLICY,
      discount: discountPercent > 0 ? { on: 'charges', percent: discountPercent } : undefined,
      count,
      firstDueDate: addDays(on, this.rng.int(20, 35)),
      every: 'month',
    });
    const meta = this.meta(on, 15);
    const sale = this.sale(customerId, on, { description: 'Acordo de renegociação', totalCents: terms.newTotalCents, agreementId: meta.id });
    const news = terms.plan.map((p) => this.installment(sale, p.number, terms.plan.length, p.dueDate, p.amountCents, { agreementId: meta.id }));
    const agreement: AgreementRow = {
      ...meta,
      customerId,
      date: on,
      originalInstallmentIds: terms.items.map((x) => x.installmentId),
      originalPrincipalCents: terms.principalCents,
      chargesCents: terms.chargesCents,
      discountCents: terms.discountCents,
      totalCents: terms.newTotalCents,
      saleId: sale.id,
      newInstallmentIds: news.map((n) => n.id),
      status: 'active',
      statusDate: on,
      statusReason: null,
      notes: discountPercent > 0 ? `Desconto de ${discountPercent}% nos juros e multa` : '',
    };
    for (const i of chosen) {
      i.status = 'renegotiated';
      i.renegotiatedBy = agreement.id;
      i.updatedAt = meta.createdAt > i.updatedAt ? meta.createdAt : i.updatedAt;
    }
    this.agreements.push(agreement);
    return { agreement, news };
  }

  contact(customerId: string, date: string, fields: Pick<Partial<ContactRow>, 'promisedDate' | 'promisedCents' | 'notes'> & Pick<ContactRow, 'channel' | 'outcome'>): ContactRow {
    const m = this.meta(date, this.rng.int(12, 21));
    const row: ContactRow = {
      id: m.id,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      deviceId: m.deviceId,
      customerId,
      at: m.createdAt,
      date,
      channel: fields.channel,
      direction: 'saida',
      outcome: fields.outcome,
      promisedDate: fields.promisedDate ?? null,
      promisedCents: fields.promisedCents ?? null,
      notes: fields.notes ?? '',
      documentId: null,
    };
    this.contacts.push(row);
    return row;
  }
}
