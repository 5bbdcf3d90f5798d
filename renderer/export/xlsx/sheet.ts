// One worksheet's XML, written row by row into UTF-8 chunks: frozen header row, column
// widths, autofilter, real date and number cells.
import { toDayNumber } from '@shared/dates/calendar';
import { isTypedCell, type Cell, type ColumnKind, type Table } from '@shared/export/table';
import { STYLE, xmlText } from './parts';

/** Shared strings table: each distinct text once. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

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

function cellXml(ref: string, value: Cell, kind: ColumnKind, sst: SharedStrings): string {
  if (value === null || value === '') return '';
  if (isTypedCell(value)) return cellXml(ref, value.value, value.kind, sst);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    switch (kind) {
      case 'money':
        return `<c r="${ref}" s="${STYLE.money}"><v>${value / 100}</v></c>`;
      case 'percent':
        return `<c r="${ref}" s="${STYLE.percent}"><v>${value}</v></c>`;
      case 'int':
        return `<c r="${ref}" s="${STYLE.int}"><v>${value}</v></c>`;
      default:
        return `<c r="${ref}"><v>${value}</v></c>`;
    }
  }
  if (kind === 'date') {
    const serial = dateSerial(value);
    if (serial !== null) return `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>`;
  }
  // Text is always a shared string, never a formula: "=1+1" stays text.
  return `<c r="${ref}" t="s"><v>${sst.id(value)}</v></c>`;
}

export interface SheetOptions {
  selected: boolean;
  autoFilter: boolean;
  /** Rows per chunk (and per progress report). */
  chunkRows?: number;
  onRows?: (rowsDone: number) => void;
}

export function filterRef(table: Table): string {
  return `A1:${columnLetter(Math.max(0, table.columns.length - 1))}${table.rows.length + 1}`;
}

/** The worksheet as UTF-8 chunks. */
export function sheetChunks(table: Table, sst: SharedStrings, opts: SheetOptions): Uint8Array<ArrayBuffer>[] {
  const enc = new TextEncoder();
  const letters = table.columns.map((_, i) => columnLetter(i));
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
  const chunks: Uint8Array<ArrayBuffer>[] = [enc.encode(head)];
  const per = opts.chunkRows ?? 5000;
  let buf: string[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    const n = r + 2;
    let xml = `<row r="${n}">`;
    for (let c = 0; c < kinds.length; c++) xml += cellXml(`${letters[c] ?? 'A'}${n}`, row[c] ?? null, kinds[c] ?? 'text', sst);
    buf.push(xml + '</row>');
    if (buf.length >= per) {
      chunks.push(enc.encode(buf.join('')));
      buf = [];
      opts.onRows?.(r + 1);
    }
  }
  const tail = '</sheetData>' + (opts.autoFilter && table.rows.length > 0 ? `<autoFilter ref="${filterRef(table)}"/>` : '') + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  chunks.push(enc.encode(buf.join('') + tail));
  opts.onRows?.(table.rows.length);
  return chunks;
}
