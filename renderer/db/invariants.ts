// checkInvariants(db): the ledger rules every write must keep (issue 10). Returns the
// violations found (empty = healthy). Reads everything: for tests, diagnostics and after import.
import type { CadernetaDB } from './schema';
import type { AuditRow, InstallmentRow, PaymentRow, TableName } from './types';
import { computeSummary, sameSummary, summaryName } from './summary-calc';
import { newestPromises } from './last-promise';

export interface Violation {
  rule: string;
  table: TableName;
  id: string;
  message: string;
}

const AUDITED: TableName[] = ['customers', 'sales', 'installments', 'payments', 'contacts', 'collection', 'agreements', 'documents'];

function allocTotal(p: PaymentRow): number {
  return p.allocations.reduce((s, a) => s + a.fineCents + a.interestCents + a.principalCents, 0);
}

function checkPayments(payments: PaymentRow[], insts: Map<string, InstallmentRow>, out: Violation[]): void {
  const byId = new Map(payments.map((p) => [p.id, p]));
  const reversals = new Map<string, number>();
  for (const p of payments) {
    const v = (rule: string, message: string) => out.push({ rule, table: 'payments', id: p.id, message });
    if (allocTotal(p) + p.changeCents + p.creditCents !== p.amountCents + p.creditUsedCents) v('payment-balance', 'allocations + change + credit != amount + credit used');
    for (const a of p.allocations) {
      const i = insts.get(a.installmentId);
      if (!i) v('payment-installment', `allocation to missing installment ${a.installmentId}`);
      else if (i.customerId !== p.customerId) v('payment-installment', 'allocation to another customer');
    }
    if (!p.reversalOf) {
      const negative = p.amountCents < 0 || p.changeCents < 0 || p.creditCents < 0 || p.creditUsedCents < 0 || p.allocations.some((a) => a.fineCents < 0 || a.interestCents < 0 || a.principalCents < 0 || a.waivedFineCents < 0 || a.waivedInterestCents < 0);
      if (negative) v('payment-sign', 'negative amounts on a payment');
      continue;
    }
    reversals.set(p.reversalOf, (reversals.get(p.reversalOf) ?? 0) + 1);
    const o = byId.get(p.reversalOf);
    if (!o || o.reversalOf) {
      v('reversal-target', 'reversal of a missing payment or of a reversal');
      continue;
    }
    const neg = (q: PaymentRow) => JSON.stringify([q.amountCents, q.changeCents, q.creditCents, q.creditUsedCents, q.allocations.map((a) => [a.installmentId, a.fineCents, a.interestCents, a.principalCents, a.waivedFineCents, a.waivedInterestCents])]);
    const flipped = { ...o, amountCents: -o.amountCents, changeCents: -o.changeCents, creditCents: -o.creditCents, creditUsedCents: -o.creditUsedCents, allocations: o.allocations.map((a) => ({ installmentId: a.installmentId, fineCents: -a.fineCents, interestCents: -a.interestCents, principalCents: -a.principalCents, waivedFineCents: -a.waivedFineCents, waivedInterestCents: -a.waivedInterestCents })) };
    if (neg(p) !== neg(flipped)) v('reversal-mirror', 'reversal does not mirror the original payment');
    if (p.customerId !== o.customerId) v('reversal-target', 'reversal of another customer');
  }
  for (const [id, n] of reversals) if (n > 1) out.push({ rule: 'reversal-once', table: 'payments', id, message: `payment reversed ${n} times` });
}

function checkInstallments(insts: InstallmentRow[], payments: PaymentRow[], out: Violation[]): void {
  const paid = new Map<string, [number, number, number, number, number]>();
  for (const p of payments) {
    for (const a of p.allocations) {
      const t = paid.get(a.installmentId) ?? [0, 0, 0, 0, 0];
      paid.set(a.installmentId, [t[0] + a.principalCents, t[1] + a.fineCents, t[2] + a.interestCents, t[3] + a.waivedFineCents, t[4] + a.waivedInterestCents]);
    }
  }
  for (const i of insts) {
    const v = (rule: string, message: string) => out.push({ rule, table: 'installments', id: i.id, message });
    const t = paid.get(i.id) ?? [0, 0, 0, 0, 0];
    if (i.amountCents <= 0) v('installment-amount', 'amount must be positive');
    if (i.paidPrincipalCents !== t[0]) v('installment-principal', `principal cache ${i.paidPrincipalCents} != allocated ${t[0]}`);
    if (i.paidFineCents !== t[1] || i.paidInterestCents !== t[2] || i.waivedFineCents !== t[3] || i.waivedInterestCents !== t[4]) v('installment-charges', 'charge caches differ from allocations');
    const outstanding = i.amountCents - t[0];
    if (outstanding < 0) v('installment-outstanding', `negative outstanding ${outstanding}`);
    if (i.status === 'paid' && outstanding !== 0) v('installment-status', 'paid with principal outstanding');
    if (i.status === 'renegotiated' && !i.renegotiatedBy) v('installment-status', 'renegotiated without agreement');
  }
}

async function checkAgreements(db: CadernetaDB, insts: Map<string, InstallmentRow>, out: Violation[]): Promise<void> {
  const agreements = await db.agreements.toArray();
  const byId = new Map(agreements.map((a) => [a.id, a]));
  for (const i of insts.values()) {
    if (i.status !== 'renegotiated') continue;
    const a = i.renegotiatedBy ? byId.get(i.renegotiatedBy) : undefined;
    if (!a || !a.originalInstallmentIds.includes(i.id)) out.push({ rule: 'renegotiated-agreement', table: 'installments', id: i.id, message: 'renegotiated installment without its agreement' });
  }
  for (const a of agreements) {
    const v = (rule: string, message: string) => out.push({ rule, table: 'agreements', id: a.id, message });
    const news = a.newInstallmentIds.map((id) => insts.get(id));
    if (news.some((n) => !n || n.agreementId !== a.id)) v('agreement-installments', 'missing new installment');
    const sum = news.reduce((s, n) => s + (n?.amountCents ?? 0), 0);
    if (sum !== a.totalCents) v('agreement-total', `new installments ${sum} != agreed total ${a.totalCents}`);
    if (a.originalPrincipalCents + a.chargesCents - a.discountCents !== a.totalCents) v('agreement-total', 'total != principal + charges - discount');
    for (const id of a.originalInstallmentIds) if (insts.get(id)?.status !== 'renegotiated') v('agreement-originals', `original ${id} not renegotiated`);
    if (a.status === 'fulfilled' && news.some((n) => n?.status !== 'paid')) v('agreement-status', 'fulfilled with unpaid installments');
  }
}

async function checkSummaries(db: CadernetaDB, insts: InstallmentRow[], payments: PaymentRow[], out: Violation[]): Promise<void> {
  const [summaries, sales, customerRows] = await Promise.all([db.summaries.toArray(), db.sales.toArray(), db.customers.toArray()]);
  const byCustomer = new Map(customerRows.map((c) => [c.id, c]));
  const group = <T extends { customerId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.customerId, [...(m.get(r.customerId) ?? []), r]);
    return m;
  };
  const gi = group(insts.filter((i) => i.status === 'open'));
  const gs = group(sales);
  const gp = group(payments);
  const stored = new Map(summaries.map((s) => [s.id, s]));
  const customers = new Set([...gi.keys(), ...gp.keys(), ...stored.keys(), ...[...gs.entries()].filter(([, s]) => s.some((x) => x.tabStatus === 'open')).map(([k]) => k)]);
  for (const c of customers) {
    const s = stored.get(c);
    const fresh = computeSummary(c, gi.get(c) ?? [], gs.get(c) ?? [], gp.get(c) ?? [], s?.asOf ?? '0000-01-01');
    if (!s) {
      if (fresh.openCount > 0 || fresh.tabOpenCents > 0 || fresh.creditCents !== 0) out.push({ rule: 'summary-missing', table: 'summaries', id: c, message: 'customer with balance has no summary' });
    } else if (!sameSummary(s, fresh)) {
      out.push({ rule: 'summary-stale', table: 'summaries', id: c, message: `summary differs from recomputation (open ${s.openCents} vs ${fresh.openCents})` });
    }
    const owner = byCustomer.get(c);
    if (s && s.name !== undefined && (!owner || s.name !== summaryName(owner))) {
      out.push({ rule: 'summary-name', table: 'summaries', id: c, message: `summary name ${JSON.stringify(s.name)} is not the customer's` });
    }
    if (fresh.creditCents < 0) out.push({ rule: 'credit-negative', table: 'summaries', id: c, message: 'negative store credit' });
  }
}

function inImport(audit: AuditRow[], table: string, id: string): boolean {
  return audit.some((a) => {
    if (a.action !== 'import' || a.table !== table) return false;
    const r = a.after as { minId?: string; maxId?: string } | null;
    return !!r?.minId && !!r.maxId && id >= r.minId && id <= r.maxId;
  });
}

async function checkAudit(db: CadernetaDB, out: Violation[]): Promise<void> {
  const audit = await db.audit.toArray();
  const latest = new Map<string, string>();
  for (const a of audit) {
    const k = `${a.table}\u0000${a.rowId}`;
    if ((latest.get(k) ?? '') < a.at) latest.set(k, a.at);
  }
  const imports = audit.filter((a) => a.action === 'import');
  for (const t of AUDITED) {
    const rows = (await db.table(t).toArray()) as { id: string; updatedAt: string }[];
    for (const r of rows) {
      const at = latest.get(`${t}\u0000${r.id}`);
      if (at !== undefined && at >= r.updatedAt) continue;
      if (at === undefined && inImport(imports, t, r.id)) continue;
      out.push({ rule: 'audit-missing', table: t, id: r.id, message: at ? 'last change not audited' : 'row without audit entry' });
    }
  }
}

/** The collection row's lastContact cache is the customer's newest contact, its lastPromise
 *  the newest promise to pay. */
async function checkLastContact(db: CadernetaDB, out: Violation[]): Promise<void> {
  const [contacts, collection] = await Promise.all([db.contacts.toArray(), db.collection.toArray()]);
  const newest = new Map<string, string>();
  for (const c of contacts) if ((newest.get(c.customerId) ?? '') < c.at) newest.set(c.customerId, c.at);
  for (const row of collection) {
    const at = newest.get(row.id) ?? null;
    if ((row.lastContact?.at ?? null) !== at) out.push({ rule: 'last-contact', table: 'collection', id: row.id, message: 'lastContact is not the newest contact' });
  }
  for (const id of newest.keys()) if (!collection.some((r) => r.id === id)) out.push({ rule: 'last-contact', table: 'collection', id, message: 'contacts without a collection row' });
  const promises = newestPromises(contacts);
  for (const row of collection) {
    const want = promises.get(row.id) ?? null;
    const got = row.lastPromise ?? null;
    const same = got === null || want === null ? got === want : (['id', 'at', 'date', 'promisedDate', 'promisedCents'] as const).every((k) => got[k] === want[k]);
    if (!same) out.push({ rule: 'last-promise', table: 'collection', id: row.id, message: 'lastPromise is not the newest promise to pay' });
  }
}

export async function checkInvariants(db: CadernetaDB): Promise<Violation[]> {
  const out: Violation[] = [];
  const [insts, payments] = await Promise.all([db.installments.toArray(), db.payments.toArray()]);
  const byId = new Map(insts.map((i) => [i.id, i]));
  checkPayments(payments, byId, out);
  checkInstallments(insts, payments, out);
  await checkAgreements(db, byId, out);
  await checkSummaries(db, insts, payments, out);
  await checkLastContact(db, out);
  await checkAudit(db, out);
  return out;
}
