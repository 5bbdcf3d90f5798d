// CSV for Brazilian spreadsheets and other systems: ';' separator, decimal comma, dates
// dd/mm/aaaa, UTF-8 with BOM, CRLF line ends, RFC 4180 quoting. Text that a spreadsheet
// would run as a formula (= + - @, tab, CR at the start) is neutralised with a leading '.
import { formatDateBR, isValidIsoDate } from '../dates/calendar';
import { isTypedCell, type Cell, type ColumnKind, type Table } from './table';

export const CSV_BOM = '\ufeff';
const SEPARATOR = ';';

/** Prefixes an apostrophe to text that starts like a formula. */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** 123456 -> '1234,56'; -5 -> '-0,05' (no thousands separator, for machines). */
export function centsToDecimal(cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  return `${neg ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function quote(s: string): string {
  return /[";\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatCsvCell(value: Cell, kind: ColumnKind): string {
  if (value === null || value === '') return '';
  if (isTypedCell(value)) return formatCsvCell(value.value, value.kind);
  switch (kind) {
    case 'money':
      return typeof value === 'number' ? centsToDecimal(value) : quote(neutralizeFormula(value));
    case 'date':
      return typeof value === 'string' && isValidIsoDate(value) ? formatDateBR(value) : quote(neutralizeFormula(String(value)));
    case 'int':
      return typeof value === 'number' ? String(Math.trunc(value)) : quote(neutralizeFormula(value));
    case 'percent':
      return typeof value === 'number' ? `${(value * 100).toFixed(2).replace('.', ',')}%` : quote(neutralizeFormula(value));
    default:
      return quote(neutralizeFormula(String(value)));
  }
}

/** The table as CSV text, BOM first, CRLF line ends, header row included. */
export function tableToCsv(table: Table): string {
  const kinds = table.columns.map((c) => c.kind);
  const lines: string[] = [table.columns.map((c) => quote(neutralizeFormula(c.header))).join(SEPARATOR)];
  for (const row of table.rows) {
    let line = '';
    for (let k = 0; k < kinds.length; k++) {
      if (k > 0) line += SEPARATOR;
      line += formatCsvCell(row[k] ?? null, kinds[k] ?? 'text');
    }
    lines.push(line);
  }
  return CSV_BOM + lines.join('\r\n') + '\r\n';
}

/** UTF-8 bytes of the CSV (the BOM included). */
export function tableToCsvBytes(table: Table): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(tableToCsv(table));
}
