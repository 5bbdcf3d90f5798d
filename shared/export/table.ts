// A sheet of the accountant export as plain data, written out by both the XLSX and the CSV
// writers so the two always carry the same columns and values.

/** text: string; date: 'YYYY-MM-DD'; money: integer centavos; int: integer; percent: ratio (0.25 = 25%). */
export type ColumnKind = 'text' | 'date' | 'money' | 'int' | 'percent';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in characters (XLSX). */
  width: number;
}

/** A cell whose kind differs from its column's (used by the summary sheet). */
export interface TypedCell {
  value: number | string;
  kind: ColumnKind;
}

export type Cell = string | number | null | TypedCell;

export interface Table {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  /** File name stem for the CSV of this table. */
  slug: string;
  columns: Column[];
  rows: Cell[][];
}

export function isTypedCell(c: Cell): c is TypedCell {
  return typeof c === 'object' && c !== null;
}

export function col(header: string, kind: ColumnKind, width?: number): Column {
  const base = { text: 24, date: 12, money: 15, int: 10, percent: 10 }[kind];
  return { header, kind, width: width ?? Math.max(base, Math.min(40, header.length + 2)) };
}
