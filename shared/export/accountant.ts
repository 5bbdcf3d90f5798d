// "Exportar para o contador": the five tables of the workbook, in sheet order.
import { buildDebtLines, type DebtLine } from '../reports/debt-lines';
import type { ReportData, RPayment } from '../reports/types';
import { exportContext, type ExportPeriod } from './context';
import { installmentsTable, paymentsTable, salesTable } from './sheets-detail';
import { positionTable, summaryTable } from './sheets-summary';
import type { Table } from './table';

export type AccountantTableId = 'resumo' | 'vendas-a-prazo' | 'parcelas' | 'recebimentos' | 'posicao-em-aberto';

export const ACCOUNTANT_TABLES: readonly { id: AccountantTableId; label: string }[] = [
  { id: 'resumo', label: 'Resumo' },
  { id: 'vendas-a-prazo', label: 'Vendas a prazo' },
  { id: 'parcelas', label: 'Parcelas' },
  { id: 'recebimentos', label: 'Recebimentos' },
  { id: 'posicao-em-aberto', label: 'Posição em aberto por cliente' },
];

export function buildAccountantTables(
  data: ReportData,
  period: ExportPeriod,
  generatedOn: string,
  only?: readonly AccountantTableId[],
  lines?: readonly DebtLine[],
): Table[] {
  const ctx = exportContext(data, period, lines);
  const want = (id: AccountantTableId): boolean => !only || only.includes(id);
  const out: Table[] = [];
  if (want('resumo')) out.push(summaryTable(ctx, generatedOn));
  if (want('vendas-a-prazo')) out.push(salesTable(ctx));
  if (want('parcelas')) out.push(installmentsTable(ctx));
  if (want('recebimentos')) out.push(paymentsTable(ctx));
  if (want('posicao-em-aberto')) out.push(positionTable(ctx));
  return out;
}

/**
 * The same tables for a period with nothing dated after it (no payment, sale or agreement),
 * in two steps: the sheets that need no payments at once, the summary and the payments sheet
 * when `payments` (those of the period and the originals of its reversals) come. With
 * nothing after the period every figure is on its last day, where an installment's paid
 * principal is the stored one: the debt lines need no payments. `data.payments` is ignored.
 */
export function stagedAccountantTables(data: ReportData, period: ExportPeriod, generatedOn: string, payments: Promise<readonly RPayment[]>): (Table | Promise<Table>)[] {
  const lines = buildDebtLines({ ...data, payments: [] });
  const ctx = exportContext({ ...data, payments: [] }, period, lines);
  const withPayments = payments.then((list) => ({ ...ctx, data: { ...ctx.data, payments: [...list] } }));
  return [withPayments.then((c) => summaryTable(c, generatedOn)), salesTable(ctx), installmentsTable(ctx), withPayments.then((c) => paymentsTable(c)), positionTable(ctx)];
}

/** 'caderneta-contador-2026-01-01-a-2026-11-23' */
export function exportFileStem(period: ExportPeriod): string {
  return `caderneta-contador-${period.from}-a-${period.to}`;
}
