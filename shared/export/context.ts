// What every accountant sheet needs: the period, the customers' labels and the debt lines.
import { formatCpfCnpj } from '../br/cpf-cnpj';
import { buildDebtLines, type DebtLine } from '../reports/debt-lines';
import type { ReportData } from '../reports/types';

export interface ExportPeriod {
  /** First day of the period. */
  from: string;
  /** Last day of the period; also the data-base of the open position. */
  to: string;
}

export interface ExportContext {
  data: ReportData;
  period: ExportPeriod;
  lines: readonly DebtLine[];
  name(customerId: string): string;
  document(customerId: string): string;
}

export function exportContext(data: ReportData, period: ExportPeriod, lines?: readonly DebtLine[]): ExportContext {
  const names = new Map<string, string>();
  const docs = new Map<string, string>();
  for (const c of data.customers) {
    names.set(c.id, c.name);
    docs.set(c.id, c.document ? formatCpfCnpj(c.document) : '');
  }
  return {
    data,
    period,
    lines: lines ?? buildDebtLines(data),
    name: (id) => names.get(id) ?? '',
    document: (id) => docs.get(id) ?? '',
  };
}

export const inPeriod = (date: string, p: ExportPeriod): boolean => date >= p.from && date <= p.to;
