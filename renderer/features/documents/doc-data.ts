// Plain document data read from the database (slips, receipt, statement, dossier). Charges are
// valued with the clock passed in; the layouts in shared/documents only draw what they get.
import { installmentStateOn } from '@shared/ledger/installment-state';
import { formatDateBR } from '@shared/dates/calendar';
import { formatBRL } from '@shared/money/brl';
import type {
  ChargesPolicyDoc, DossierData, InstallmentDoc, ReceiptData, ReceiptFormat, SaleDoc, SlipsData, StatementData, StatementEntry,
} from '@shared/documents/types';
import type { CadernetaDB } from '../../db/schema';
import { customerDetail } from '../../db/queries';
import { getSettings, type AppSettings } from '../../db/settings';
import { effectivePayments, ledgerByInstallment } from '../../db/ledger';
import { outstandingOf } from '../../db/summary-calc';
import type { CustomerRow, InstallmentRow, PaymentRow, SaleRow } from '../../db/types';
import { partyDoc, shopDoc } from '../collections/print/letter-data';
import { METHOD_LABELS } from '../customers/CustomerTables';
import { channelLabel, contactOutcome, outcomeLabel } from '../collections/labels';
import { docTypeLabel } from './doc-types';

export function policyDoc(s: AppSettings): ChargesPolicyDoc {
  return { finePercent: s.charges.finePercent, monthlyInterestPercent: s.charges.monthlyInterestPercent, graceDays: s.charges.graceDays };
}

function byDue(a: InstallmentRow, b: InstallmentRow): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number - b.number;
}

/** Installments with what is still open and their charges valued on `on`. */
function valued(rows: readonly InstallmentRow[], payments: readonly PaymentRow[], sales: Map<string, SaleRow>, on: string, s: AppSettings): InstallmentDoc[] {
  const ledgers = ledgerByInstallment(payments);
  return [...rows].sort(byDue).map((r) => {
    const sale = sales.get(r.saleId);
    const base: InstallmentDoc = {
      id: r.id, number: r.number, count: r.count, dueDate: r.dueDate, amountCents: r.amountCents, openCents: r.status === 'open' ? outstandingOf(r) : 0,
      boletoCode: r.boletoCode, ...(sale ? { saleDescription: sale.description, saleDate: sale.date } : {}),
    };
    if (r.status !== 'open') return base;
    const st = installmentStateOn(r, ledgers.get(r.id) ?? [], on, s.charges);
    return { ...base, openCents: st.principalDueCents, charges: st.chargesApply ? { asOf: on, daysLate: st.daysLate, fineCents: st.fineDueCents, interestCents: st.interestDueCents } : null };
  });
}

async function customerBook(db: CadernetaDB, customerId: string) {
  const [customer, sales, installments, payments, settings] = await Promise.all([
    db.customers.get(customerId),
    db.sales.where('customerId').equals(customerId).toArray(),
    db.installments.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
    getSettings(db),
  ]);
  if (!customer) throw new Error('Cliente não encontrado.');
  return { customer, sales, installments, payments, settings, saleById: new Map(sales.map((x) => [x.id, x])) };
}

/** Payment slips (carnê) for the given open installments, any customers. */
export async function slipsData(db: CadernetaDB, installmentIds: readonly string[], today: string): Promise<SlipsData> {
  const rows = (await db.installments.bulkGet([...installmentIds])).filter((r): r is InstallmentRow => !!r && r.status === 'open');
  const customerIds = [...new Set(rows.map((r) => r.customerId))];
  const [customers, settings] = await Promise.all([db.customers.bulkGet(customerIds), getSettings(db)]);
  const customerById = new Map(customers.filter((c): c is CustomerRow => !!c).map((c) => [c.id, c]));
  const saleIds = [...new Set(rows.map((r) => r.saleId))];
  const sales = new Map((await db.sales.bulkGet(saleIds)).filter((x): x is SaleRow => !!x).map((x) => [x.id, x]));
  const payments = await db.payments.where('customerId').anyOf(customerIds).toArray();
  const docs = valued(rows, payments, sales, today, settings);
  return {
    shop: shopDoc(settings.shop),
    policy: policyDoc(settings),
    issuedOn: today,
    slips: docs.flatMap((installment) => {
      const row = rows.find((r) => r.id === installment.id);
      const c = row ? customerById.get(row.customerId) : undefined;
      return c ? [{ customer: partyDoc(c), installment }] : [];
    }),
  };
}

export function receiptFormat(s: AppSettings): ReceiptFormat {
  return s.general.printerWidth === 'a4' ? 'halfA4' : 'thermal80';
}

/** The receipt of one payment, with what it paid on each installment. */
export async function receiptData(db: CadernetaDB, paymentId: string): Promise<ReceiptData> {
  const p = await db.payments.get(paymentId);
  if (!p) throw new Error('Pagamento não encontrado.');
  const { customer, installments, payments, settings, saleById } = await customerBook(db, p.customerId);
  const instById = new Map(installments.map((i) => [i.id, i]));
  const lines = p.allocations.map((a) => {
    const i = instById.get(a.installmentId);
    const sale = i ? saleById.get(i.saleId) : undefined;
    const label = i ? `Parcela ${i.number}/${i.count}${sale?.description ? ` — ${sale.description}` : ''}` : 'Parcela';
    return { label, principalCents: a.principalCents, fineCents: a.fineCents, interestCents: a.interestCents, discountCents: a.waivedFineCents + a.waivedInterestCents };
  });
  const paidLater = new Set(effectivePayments(payments).filter((x) => x.createdAt > p.createdAt).map((x) => x.id));
  // The balance after the payment, while nothing was paid or bought since: what the customer's
  // page says is owed that day, fine, interest and the open tab included (the principal alone
  // read lower than what the shop goes on to charge).
  const changedSince = paidLater.size > 0 || [...saleById.values()].some((x) => x.createdAt > p.createdAt);
  const remaining = changedSince ? null : ((await customerDetail(db, p.customerId, p.date))?.owedTodayCents ?? null);
  return {
    shop: shopDoc(settings.shop), customer: partyDoc(customer), number: p.receiptNumber, date: p.date, time: new Date(p.createdAt).toTimeString().slice(0, 5),
    amountCents: p.amountCents, method: METHOD_LABELS[p.method] ?? p.method, lines, remainingCents: remaining, changeCents: p.changeCents,
    ...(p.creditCents > 0 ? { notes: `Crédito guardado para o cliente: ${(p.creditCents / 100).toFixed(2).replace('.', ',')}` } : {}),
    format: receiptFormat(settings),
  };
}

/** Sales, charges and payments of a period, with the balance before it and what is open at its end. */
export async function statementData(db: CadernetaDB, customerId: string, from: string, to: string, today: string): Promise<StatementData> {
  const { customer, sales, installments, payments, settings, saleById } = await customerBook(db, customerId);
  const entriesOf = (p: PaymentRow): StatementEntry[] => {
    const charges = p.allocations.reduce((s, a) => s + a.fineCents + a.interestCents, 0);
    const applied = p.allocations.reduce((s, a) => s + a.fineCents + a.interestCents + a.principalCents, 0);
    if (p.reversalOf) {
      // A reversal row carries the original amounts negated: the debt comes back, the charges go.
      const back: StatementEntry = { date: p.date, kind: 'adjustment', description: `Estorno de pagamento${p.reason ? `: ${p.reason}` : ''}`, amountCents: -applied };
      return charges ? [back, { date: p.date, kind: 'adjustment', description: 'Multa e juros estornados', amountCents: charges }] : [back];
    }
    const out: StatementEntry[] = [];
    if (charges > 0) out.push({ date: p.date, kind: 'charge', description: 'Multa e juros por atraso', amountCents: charges });
    out.push({ date: p.date, kind: 'payment', description: `Pagamento ${p.receiptNumber} (${METHOD_LABELS[p.method] ?? p.method})`, amountCents: -applied });
    return out;
  };
  // A purchase at its whole value, and the down payment (entrada) paid at the counter under it.
  const saleEntries = (x: SaleRow): StatementEntry[] => {
    const sale: StatementEntry = { date: x.date, kind: 'sale', description: x.openingBalance ? x.description || 'Saldo anterior' : `${x.planKind === 'tab' ? 'Compra no fiado' : 'Compra no carnê'}${x.description ? `: ${x.description}` : ''}`, amountCents: x.totalCents };
    return x.downPaymentCents > 0 ? [sale, { date: x.date, kind: 'payment', description: 'Entrada paga na compra', amountCents: -x.downPaymentCents }] : [sale];
  };
  // A cancelled sale owes nothing (its installments are cancelled too): left out with its entrada.
  const credit = sales.filter((x) => !x.agreementId && x.status !== 'cancelled');
  // A renegotiation moves the old principal into the agreement and adds its charges less the discount.
  const agreements = await db.agreements.where('customerId').equals(customerId).toArray();
  const agreementEntries: StatementEntry[] = agreements.map((a) => ({ date: a.date, kind: a.chargesCents >= a.discountCents ? 'charge' : 'discount', description: 'Acordo de renegociação (multa e juros menos desconto)', amountCents: a.chargesCents - a.discountCents }));
  const all: StatementEntry[] = [...credit.flatMap(saleEntries), ...agreementEntries, ...payments.flatMap(entriesOf)];
  const opening = all.filter((e) => e.date < from).reduce((s, e) => s + e.amountCents, 0);
  const entries = all.filter((e) => e.date >= from && e.date <= to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const open = installments.filter((i) => i.status === 'open');
  return {
    shop: shopDoc(settings.shop), customer: partyDoc(customer), from, to, openingBalanceCents: opening, entries,
    openInstallments: valued(open, payments, saleById, to < today ? to : today, settings), issuedOn: today,
  };
}

/** Everything the small-claims court needs about one customer's debt. */
export async function dossierData(db: CadernetaDB, customerId: string, today: string): Promise<DossierData> {
  const { customer, sales, installments, payments, settings, saleById } = await customerBook(db, customerId);
  const [contacts, documents] = await Promise.all([db.contacts.where('customerId').equals(customerId).toArray(), db.documents.where('customerIds').equals(customerId).toArray()]);
  const docs = valued(installments.filter((i) => i.status === 'open' || i.status === 'paid'), payments, saleById, today, settings);
  const saleDocs = dossierSales(sales, installments, docs);
  return {
    shop: shopDoc(settings.shop), customer: partyDoc(customer), date: today, minimumWageCents: settings.general.minimumWageCents, policy: policyDoc(settings),
    sales: saleDocs,
    payments: effectivePayments(payments).sort((a, b) => a.date.localeCompare(b.date)).map((p) => ({ date: p.date, amountCents: p.amountCents, method: METHOD_LABELS[p.method] ?? p.method, receiptNumber: p.receiptNumber })),
    contacts: contacts.sort((a, b) => a.at.localeCompare(b.at)).map((c) => ({ date: c.date, channel: channelLabel(c.channel), outcome: outcomeLabel(contactOutcome(c)), notes: c.notes })),
    documents: documents.sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ date: d.date, number: d.number, label: docTypeLabel(d.type), sha256: d.sha256 })),
  };
}

const dayMonth = (iso: string): string => formatDateBR(iso).slice(0, 5);

/**
 * The dossier's purchases: a carnê sale with its installments; the fiado purchases closed into
 * one installment as one entry listing them (with that installment); the fiado purchases not
 * closed yet as one entry without installments. In date order.
 */
export function dossierSales(sales: readonly SaleRow[], installments: readonly InstallmentRow[], docs: readonly InstallmentDoc[]): SaleDoc[] {
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const byInstallment = new Map<string, SaleRow[]>();
  const openTab: SaleRow[] = [];
  const out: SaleDoc[] = [];
  for (const x of [...sales].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    if (x.status === 'cancelled') continue;
    if (x.planKind === 'tab' && x.tabInstallmentId) {
      byInstallment.set(x.tabInstallmentId, [...(byInstallment.get(x.tabInstallmentId) ?? []), x]);
      continue;
    }
    if (x.planKind === 'tab') {
      openTab.push(x);
      continue;
    }
    out.push({
      date: x.date,
      description: x.description || (x.openingBalance ? 'Saldo anterior' : 'Compra a prazo'),
      totalCents: x.totalCents,
      downPaymentCents: x.downPaymentCents,
      installments: installments.filter((i) => i.saleId === x.id).flatMap((i) => docOf.get(i.id) ?? []),
    });
  }
  const listed = (entries: readonly SaleRow[]): string => entries.map((e) => `${dayMonth(e.date)} ${e.description || 'compra'} ${formatBRL(e.totalCents)}`).join('; ');
  const span = (entries: readonly SaleRow[]): string => {
    const first = entries[0]?.date ?? '';
    const last = entries[entries.length - 1]?.date ?? '';
    return first === last ? `em ${formatDateBR(first)}` : `de ${formatDateBR(first)} a ${formatDateBR(last)}`;
  };
  for (const [installmentId, entries] of byInstallment) {
    const doc = docOf.get(installmentId);
    out.push({
      date: entries[entries.length - 1]?.date ?? '',
      description: `Compras no fiado ${span(entries)}, fechadas numa parcela (${listed(entries)})`,
      totalCents: entries.reduce((n, e) => n + e.totalCents, 0),
      downPaymentCents: 0,
      installments: doc ? [doc] : [],
    });
  }
  if (openTab.length > 0) {
    out.push({
      date: openTab[openTab.length - 1]?.date ?? '',
      description: `Compras no fiado ${span(openTab)}, ainda não fechadas (${listed(openTab)})`,
      totalCents: openTab.reduce((n, e) => n + e.totalCents, 0),
      downPaymentCents: 0,
      installments: [],
      noInstallments: 'Na conta do fiado: entram na parcela do próximo fechamento.',
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
