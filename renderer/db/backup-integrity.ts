// Referential integrity of a backup's tables (ids unique, every reference resolves).
import type { TableName, TableRows } from './types';

export type BackupTables = { [K in TableName]: TableRows[K][] };

/** The first broken reference, in Portuguese, or null when the backup holds together. */
export function integrityProblem(t: BackupTables): string | null {
  const ids = {} as Record<TableName, Set<string>>;
  for (const name of Object.keys(t) as TableName[]) {
    const set = new Set<string>();
    for (const r of t[name]) {
      if (set.has(r.id)) return `registro repetido na tabela ${name} (${r.id})`;
      set.add(r.id);
    }
    ids[name] = set;
  }
  const need = (table: TableName, value: string | null, what: string): string | null => (value === null || ids[table].has(value) ? null : `${what} aponta para um registro inexistente (${value})`);
  const checks: (() => string | null)[] = [
    ...t.sales.map((s) => () => need('customers', s.customerId, `venda ${s.id}`) ?? need('agreements', s.agreementId, `venda ${s.id}`)),
    ...t.installments.map((i) => () => need('customers', i.customerId, `parcela ${i.id}`) ?? need('sales', i.saleId, `parcela ${i.id}`) ?? need('agreements', i.renegotiatedBy, `parcela ${i.id}`) ?? need('agreements', i.agreementId, `parcela ${i.id}`)),
    ...t.payments.map((p) => () => need('customers', p.customerId, `pagamento ${p.id}`) ?? need('payments', p.reversalOf, `estorno ${p.id}`) ?? p.allocations.map((a) => need('installments', a.installmentId, `pagamento ${p.id}`)).find((x) => x !== null) ?? null),
    ...t.contacts.map((c) => () => need('customers', c.customerId, `contato ${c.id}`)),
    ...t.collection.map((c) => () => need('customers', c.id, `cobrança ${c.id}`)),
    ...t.summaries.map((s) => () => need('customers', s.id, `resumo ${s.id}`)),
    ...t.documents.map((d) => () => [d.customerId, ...(d.customerIds ?? [])].map((c) => need('customers', c, `documento ${d.number}`)).find((x) => x !== null) ?? null),
    ...t.agreements.map((a) => () => need('customers', a.customerId, `acordo ${a.id}`) ?? need('sales', a.saleId, `acordo ${a.id}`) ?? [...a.originalInstallmentIds, ...a.newInstallmentIds].map((x) => need('installments', x, `acordo ${a.id}`)).find((x) => x !== null) ?? null),
  ];
  for (const c of checks) {
    const problem = c();
    if (problem) return problem;
  }
  return null;
}
