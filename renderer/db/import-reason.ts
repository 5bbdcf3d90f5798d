// The audit reason of every row a spreadsheet import writes ("Importação de planilha (linha 12)"),
// and how the opening balances it made are found again from it: sales written before they were
// marked (schema version 4, and backups of before) are marked from their import audit entries.
import type { AuditRow, SaleRow } from './types';

export const SPREADSHEET_IMPORT_REASON = 'Importação de planilha';

export const importReason = (line: number): string => `${SPREADSHEET_IMPORT_REASON} (linha ${line})`;

/** Is this audit entry the import of one sale (an opening balance)? */
export const isBalanceImport = (a: Pick<AuditRow, 'table' | 'action' | 'reason'>): boolean =>
  a.table === 'sales' && a.action === 'import' && (a.reason ?? '').startsWith(SPREADSHEET_IMPORT_REASON);

/** The sales made by a spreadsheet import, marked as opening balances; the others unchanged
 *  (the same array when none changes). */
export function withOpeningBalances<T extends Pick<SaleRow, 'id' | 'openingBalance'>>(sales: T[], audit: readonly Pick<AuditRow, 'table' | 'action' | 'reason' | 'rowId'>[]): T[] {
  const imported = new Set(audit.filter(isBalanceImport).map((a) => a.rowId));
  if (imported.size === 0 || !sales.some((s) => imported.has(s.id) && s.openingBalance !== true)) return sales;
  return sales.map((s) => (imported.has(s.id) && s.openingBalance !== true ? { ...s, openingBalance: true } : s));
}
