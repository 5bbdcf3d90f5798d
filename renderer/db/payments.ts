// Receiving money: allocation by shared/ledger (fine -> interest -> principal), change or
// store credit, receipt number; reversal by a new negative row, never by deleting.
import { z } from 'zod';
import { allocatePayment, orderForPayment, type PaymentAllocation } from '@shared/ledger/allocation';
import { installmentStateOn } from '@shared/ledger/installment-state';
import { formatBRL } from '@shared/money/brl';
import { isDomainError } from '@shared/errors';
import type { CadernetaDB } from './schema';
import type { Allocation, InstallmentRow, PaymentMethod, PaymentRow } from './types';
import { appendAudit, stampNew, stampUpdate, type AuditInput } from './audit';
import { getSettings, type AppSettings } from './settings';
import { counterId, nextNumber, takeNumber } from './counters';
import { effectivePayments, ledgerByInstallment, withLedgers } from './ledger';
import { recomputeSummary, summaryRowFrom } from './summary';
import { computeSummary } from './summary-calc';
import { refreshAgreementStatus } from './agreement-status';
import { isSaneIsoDate, parseInput, requireReason } from './validation';
import { RepoError, notFound } from './errors';

export const PAYMENT_METHODS = ['dinheiro', 'pix', 'debito', 'credito', 'transferencia', 'outro'] as const satisfies readonly PaymentMethod[];

const receiveSchema = z.object({
  customerId: z.string().min(1, 'Escolha o cliente.'),
  date: z.string().refine(isSaneIsoDate, 'Data do pagamento inválida.').optional(),
  amountCents: z.number({ error: 'Informe o valor recebido.' }).int('Valor inválido: use centavos inteiros.').min(0, 'O valor não pode ser negativo.').max(1_000_000_000_00, 'Valor alto demais.'),
  method: z.enum(PAYMENT_METHODS, 'Forma de pagamento inválida.'),
  installmentIds: z.array(z.string()).max(600).optional(),
  waive: z.object({ fine: z.boolean().optional(), interest: z.boolean().optional(), reason: z.string().max(500) }).optional(),
  useCreditCents: z.number().int().min(0, 'Crédito inválido.').default(0),
  keepChangeAsCredit: z.boolean().default(false),
});

export type ReceiveInput = z.input<typeof receiveSchema>;

export const PAYMENT_TABLES = (db: CadernetaDB) => [db.customers, db.sales, db.installments, db.payments, db.summaries, db.agreements, db.settings, db.counters, db.audit];

/** Negation without -0 (which JSON and backups would turn into 0). */
const neg = (n: number): number => (n === 0 ? 0 : -n);

function domain<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isDomainError(e)) throw new RepoError('validation', e.message, { details: { code: e.code } });
    throw e;
  }
}

/** The installments in `insts` with `allocations` applied (sign -1 undoes them), in place;
 *  returns the touched rows and their agreements. */
function applyAllocations(insts: Map<string, InstallmentRow>, allocations: readonly Allocation[], sign: 1 | -1): { touched: InstallmentRow[]; agreements: Set<string> } {
  const agreements = new Set<string>();
  const touched: InstallmentRow[] = [];
  for (const a of allocations) {
    const i = insts.get(a.installmentId);
    if (!i) throw notFound('Parcela', a.installmentId);
    const next = {
      paidPrincipalCents: i.paidPrincipalCents + sign * a.principalCents,
      paidFineCents: i.paidFineCents + sign * a.fineCents,
      paidInterestCents: i.paidInterestCents + sign * a.interestCents,
      waivedFineCents: i.waivedFineCents + sign * a.waivedFineCents,
      waivedInterestCents: i.waivedInterestCents + sign * a.waivedInterestCents,
    };
    if (next.paidPrincipalCents < 0 || next.paidPrincipalCents > i.amountCents) throw new RepoError('invalid_state', 'Pagamento inconsistente com a parcela.');
    const row = { ...i, ...next };
    insts.set(i.id, row);
    touched.push(row);
    if (i.agreementId) agreements.add(i.agreementId);
  }
  return { touched, agreements };
}

async function applyToInstallments(db: CadernetaDB, insts: Map<string, InstallmentRow>, allocations: readonly Allocation[], sign: 1 | -1): Promise<Set<string>> {
  const { touched, agreements } = applyAllocations(insts, allocations, sign);
  // Issued together: requests of one transaction run in order without a round trip each.
  await Promise.all(touched.map((i) => db.installments.put({ ...i, ...stampUpdate(db) })));
  return agreements;
}

/** Each of `ids`' status ('open'/'paid') from its replayed ledger, in place in `insts`, with the
 *  audit entry of each (written whether or not the status changed). */
function settlements(insts: Map<string, InstallmentRow>, ids: readonly string[], payments: readonly PaymentRow[], settings: AppSettings, today: string, reason: string | null): { changed: InstallmentRow[]; audits: AuditInput[] } {
  const ledgers = ledgerByInstallment(payments);
  const changed: InstallmentRow[] = [];
  const audits: AuditInput[] = [];
  for (const id of ids) {
    const i = insts.get(id);
    if (!i || (i.status !== 'open' && i.status !== 'paid')) continue;
    const entries = ledgers.get(i.id) ?? [];
    const on = entries.reduce((m, e) => (e.on > m ? e.on : m), today);
    const state = installmentStateOn(i, entries, on, settings.charges);
    const status = state.totalDueCents === 0 && i.paidPrincipalCents === i.amountCents ? 'paid' : 'open';
    const paidDate = status === 'paid' ? state.settledOn : null;
    if (status !== i.status || paidDate !== i.paidDate) {
      const row = { ...i, status, paidDate } as const;
      insts.set(id, row);
      changed.push(row);
    }
    audits.push({ table: 'installments', rowId: i.id, action: 'update', before: { status: i.status, paidDate: i.paidDate }, after: { status, paidDate, paidPrincipalCents: i.paidPrincipalCents }, reason });
  }
  return { changed, audits };
}

/** Sets each touched installment's status from its replayed ledger (reads what it needs). */
async function settleStatuses(db: CadernetaDB, customerId: string, ids: readonly string[], today: string, reason: string | null): Promise<void> {
  const [payments, rows, settings] = await Promise.all([db.payments.where('customerId').equals(customerId).toArray(), db.installments.bulkGet([...ids]), getSettings(db)]);
  const insts = new Map(rows.flatMap((i) => (i ? [[i.id, i] as const] : [])));
  const { changed, audits } = settlements(insts, ids, payments, settings, today, reason);
  await Promise.all([...changed.map((i) => db.installments.put({ ...i, ...stampUpdate(db) })), ...audits.map((a) => appendAudit(db, a))]);
}

/** Receives a payment: one transaction writes payment, installments, summary, agreements, audit. */
export async function receivePayment(db: CadernetaDB, input: ReceiveInput, today: string): Promise<{ payment: PaymentRow; allocation: PaymentAllocation }> {
  const f = parseInput(receiveSchema, input);
  const date = f.date ?? today;
  if (date > today) throw new RepoError('validation', 'A data do pagamento não pode ser futura.', { fields: { date: 'Data futura.' } });
  if (f.waive && (f.waive.fine || f.waive.interest)) requireReason(f.waive.reason, 'o motivo do abono');
  // Everything the payment needs is read at once (the receipt counter and what the summary is
  // computed from included), then every write is issued at once: two round trips, plus two per
  // agreement whose installment it pays.
  return db.transaction('rw', PAYMENT_TABLES(db), async () => {
    const [customer, settings, open, payments, sales, existing, counter] = await Promise.all([
      db.customers.get(f.customerId),
      getSettings(db),
      db.installments.where('[customerId+status]').equals([f.customerId, 'open']).toArray(),
      db.payments.where('customerId').equals(f.customerId).toArray(),
      db.sales.where('customerId').equals(f.customerId).toArray(),
      db.summaries.get(f.customerId),
      db.counters.get(counterId(db)),
    ]);
    if (!customer) throw notFound('Cliente', f.customerId);
    const available = computeSummary(f.customerId, [], [], payments, today).creditCents;
    const lastDate = effectivePayments(payments).reduce<string | null>((m, p) => (m === null || p.date > m ? p.date : m), null);
    if (lastDate && date < lastDate) throw new RepoError('validation', `Já há pagamento registrado em data posterior (${lastDate}); use a data de hoje.`, { fields: { date: 'Data anterior ao último pagamento.' } });
    const ledgers = withLedgers(open, payments);
    const due = domain(() => orderForPayment(ledgers, date, settings.charges, f.installmentIds)).reduce((s, x) => s + x.state.totalDueCents, 0);
    const creditUsed = Math.min(f.useCreditCents, available, due);
    if (f.useCreditCents > available) throw new RepoError('validation', `Crédito disponível: ${formatBRL(available)}.`, { fields: { useCreditCents: 'Crédito insuficiente.' } });
    const total = f.amountCents + creditUsed;
    if (total <= 0) throw new RepoError('validation', 'Informe o valor recebido.', { fields: { amountCents: 'Valor zerado.' } });
    const cash = f.method === 'dinheiro';
    const asCredit = !cash || f.keepChangeAsCredit;
    const allocation = domain(() =>
      allocatePayment({ installments: ledgers, amountCents: total, on: date, policy: settings.charges, chosenIds: f.installmentIds, waive: f.waive, overpayment: asCredit ? 'credit' : 'refuse' }),
    );
    if (allocation.creditCents > 0 && settings.general.overpaymentMode === 'refuse') {
      throw new RepoError('overpayment', `Valor maior que o devido (${formatBRL(allocation.appliedCents)}). A loja não guarda crédito: receba no máximo o valor devido.`, { fields: { amountCents: 'Acima do devido.' } });
    }
    if (allocation.appliedCents === 0 && allocation.creditCents === 0) throw new RepoError('validation', 'Não há valor em aberto para este pagamento.');
    const allocations: Allocation[] = allocation.rows.map((r) => ({
      installmentId: r.installmentId,
      fineCents: r.fineCents,
      interestCents: r.interestCents,
      principalCents: r.principalCents,
      waivedFineCents: r.waivedFineCents,
      waivedInterestCents: r.waivedInterestCents,
    }));
    const receipt = takeNumber(db, 'main', counter, settings.numbering);
    const payment: PaymentRow = {
      ...stampNew(db),
      customerId: f.customerId,
      date,
      amountCents: f.amountCents,
      method: f.method,
      allocations,
      changeCents: allocation.changeCents,
      creditCents: allocation.creditCents,
      creditUsedCents: creditUsed,
      waiverReason: allocation.waiveReason,
      receiptNumber: receipt.number,
      reversalOf: null,
      reason: null,
    };
    // The installments as they will be: paid amounts, then the status each ledger gives.
    const byId = new Map(open.map((i) => [i.id, i]));
    const { touched, agreements } = applyAllocations(byId, allocations, 1);
    const touchedIds = new Set(touched.map((i) => i.id));
    const withPayment = [...payments, payment];
    const settled = settlements(byId, allocations.map((a) => a.installmentId), withPayment, settings, today, `Pagamento ${payment.receiptNumber}`);
    const summary = summaryRowFrom(db, f.customerId, { installments: [...byId.values()], sales, payments: withPayment, existing, customer }, today);
    await Promise.all([
      db.counters.put(receipt.row),
      db.payments.add(payment),
      appendAudit(db, { table: 'payments', rowId: payment.id, action: 'create', after: payment }),
      ...[...byId.values()].filter((i) => touchedIds.has(i.id)).map((i) => db.installments.put({ ...i, ...stampUpdate(db) })),
      ...settled.audits.map((a) => appendAudit(db, a)),
      db.summaries.put(summary),
    ]);
    for (const id of agreements) await refreshAgreementStatus(db, id, today);
    return { payment, allocation };
  });
}

/** Reverses a payment with a reason: a new row with the amounts negated; the original stays. */
export async function reversePayment(db: CadernetaDB, paymentId: string, reason: string, today: string): Promise<PaymentRow> {
  const why = requireReason(reason, 'o motivo do estorno');
  return db.transaction('rw', PAYMENT_TABLES(db), async () => {
    const p = await db.payments.get(paymentId);
    if (!p) throw notFound('Pagamento', paymentId);
    if (p.reversalOf) throw new RepoError('invalid_state', 'Um estorno não pode ser estornado.');
    if ((await db.payments.where('reversalOf').equals(paymentId).count()) > 0) throw new RepoError('invalid_state', 'Este pagamento já foi estornado.');
    const insts = await db.installments.bulkGet(p.allocations.map((a) => a.installmentId));
    if (insts.some((i) => !i || i.status === 'renegotiated' || i.status === 'cancelled')) {
      throw new RepoError('invalid_state', 'Uma parcela deste pagamento foi renegociada ou cancelada; não é possível estornar.');
    }
    const summary = await recomputeSummary(db, p.customerId, today);
    if (p.creditCents > 0 && summary.creditCents < p.creditCents) throw new RepoError('invalid_state', 'O crédito gerado por este pagamento já foi usado; estorne antes o pagamento que o usou.');
    const reversal: PaymentRow = {
      ...stampNew(db),
      customerId: p.customerId,
      date: today,
      amountCents: neg(p.amountCents),
      method: p.method,
      allocations: p.allocations.map((a) => ({
        installmentId: a.installmentId,
        fineCents: neg(a.fineCents),
        interestCents: neg(a.interestCents),
        principalCents: neg(a.principalCents),
        waivedFineCents: neg(a.waivedFineCents),
        waivedInterestCents: neg(a.waivedInterestCents),
      })),
      changeCents: neg(p.changeCents),
      creditCents: neg(p.creditCents),
      creditUsedCents: neg(p.creditUsedCents),
      waiverReason: null,
      receiptNumber: await nextNumber(db),
      reversalOf: p.id,
      reason: why,
    };
    await db.payments.add(reversal);
    await appendAudit(db, { table: 'payments', rowId: reversal.id, action: 'reverse', after: reversal, reason: why });
    const map = new Map(insts.flatMap((i) => (i ? [[i.id, i] as const] : [])));
    const agreements = await applyToInstallments(db, map, p.allocations, -1);
    await settleStatuses(db, p.customerId, [...map.keys()], today, `Estorno de ${p.receiptNumber}`);
    for (const id of agreements) await refreshAgreementStatus(db, id, today);
    await recomputeSummary(db, p.customerId, today);
    return reversal;
  });
}
