// One worksheet's XML, written row by row straight into UTF-8 chunks: frozen header row, column
// widths, autofilter, real date and number cells.
import { toDayNumber } from '@shared/dates/calendar';
import { isTypedCell, type Cell, type ColumnKind, type Table } from '@shared/export/table';
import { ascii, ByteWriter } from './bytes';
import { STYLE, xmlText } from './parts';

/** Shared strings table: each distinct text once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  /** Distinct texts so far. */
  get size(): number {
    return this.list.length;
  }

  id(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => (s !== s.trim() ? `<si><t xml:space="preserve">${xmlText(s)}</t></si>` : `<si><t>${xmlText(s)}</t></si>`));
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const EXCEL_EPOCH_OFFSET = 25569; // serial number of 1970-01-01
const serialCache = new Map<string, number | null>();

function dateSerial(iso: string): number | null {
  let v = serialCache.get(iso);
  if (v === undefined) {
    try {
      v = toDayNumber(iso) + EXCEL_EPOCH_OFFSET;
    } catch {
      v = null;
    }
    if (serialCache.size > 50_000) serialCache.clear();
    serialCache.set(iso, v);
  }
  return v;
}

export interface SheetOptions {
  selected: boolean;
  autoFilter: boolean;
  /** Rows per progress report. */
  chunkRows?: number;
  /** Bytes per chunk. */
  chunkBytes?: number;
  /** Takes each chunk as it fills (the returned list is then empty). */
  onChunk?: (chunk: Uint8Array<ArrayBuffer>) => void;
  onRows?: (rowsDone: number) => void;
}

export function filterRef(table: Table): string {
  return `A1:${columnLetter(Math.max(0, table.columns.length - 1))}${table.rows.length + 1}`;
}

const OPEN_ROW = ascii('<row r="');
const CLOSE_TAG = ascii('">');
const CLOSE_ROW = ascii('</row>');
const OPEN_CELL = ascii('<c r="');
const CLOSE_VALUE = ascii('</v></c>');
/** What follows the cell reference, per value kind. */
const AFTER_REF = {
  text: ascii('" t="s"><v>'),
  number: ascii('"><v>'),
  date: ascii(`" s="${STYLE.date}"><v>`),
  money: ascii(`" s="${STYLE.money}"><v>`),
  int: ascii(`" s="${STYLE.int}"><v>`),
  percent: ascii(`" s="${STYLE.percent}"><v>`),
} as const;

/** Writes one cell (nothing for an empty one). Text is always a shared string, never a formula: "=1+1" stays text. */
function writeCell(w: ByteWriter, col: Uint8Array, row: number, value: Cell, kind: ColumnKind, sst: SharedStrings): void {
  if (value === null || value === '') return;
  if (isTypedCell(value)) {
    writeCell(w, col, row, value.value, value.kind, sst);
    return;
  }
  let after: Uint8Array;
  let n: number;
  let money = false;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return;
    n = value;
    if (kind === 'money') {
      after = AFTER_REF.money;
      money = true;
    } else after = kind === 'percent' ? AFTER_REF.percent : kind === 'int' ? AFTER_REF.int : AFTER_REF.number;
  } else {
    const serial = kind === 'date' ? dateSerial(value) : null;
    if (serial !== null) {
      after = AFTER_REF.date;
      n = serial;
    } else {
      after = AFTER_REF.text;
      n = sst.id(value);
    }
  }
  w.bytes(OPEN_CELL);
  w.bytes(col);
  w.number(row);
  w.bytes(after);
  if (money) w.cents(n);
  else w.number(n);
  w.bytes(CLOSE_VALUE);
}

/** The worksheet as UTF-8 chunks (handed to `onChunk` as they fill, when given). */
export function sheetChunks(table: Table, sst: SharedStrings, opts: SheetOptions): Uint8Array<ArrayBuffer>[] {
  const w = new ByteWriter(opts.chunkBytes ?? 1 << 20, opts.onChunk);
  const letters = table.columns.map((_, i) => columnLetter(i));
  const colBytes = letters.map((l) => ascii(l));
  const kinds = table.columns.map((c) => c.kind);
  const lastRef = `${letters[letters.length - 1] ?? 'A'}${table.rows.length + 1}`;
  const cols = table.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width.toFixed(1)}" customWidth="1"/>`).join('');
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${opts.selected ? ' tabSelected="1"' : ''}>` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    '<sheetData>' +
    `<row r="1">${table.columns.map((c, i) => `<c r="${letters[i] ?? 'A'}1" s="${STYLE.header}" t="s"><v>${sst.id(c.header)}</v></c>`).join('')}</row>`;
  w.text(head);
  const per = opts.chunkRows ?? 5000;
  const ncols = kinds.length;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    const num = r + 2;
    w.bytes(OPEN_ROW);
    w.number(num);
    w.bytes(CLOSE_TAG);
    for (let c = 0; c < ncols; c++) writeCell(w, colBytes[c] as Uint8Array, num, row[c] ?? null, kinds[c] ?? 'text', sst);
    w.bytes(CLOSE_ROW);
    if ((r + 1) % per === 0) opts.onRows?.(r + 1);
  }
  w.text('</sheetData>' + (opts.autoFilter && table.rows.length > 0 ? `<autoFilter ref="${filterRef(table)}"/>` : '') + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  opts.onRows?.(table.rows.length);
  return w.take();
}
