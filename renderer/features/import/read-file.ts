// An uploaded file -> sheets of raw cells with their file line numbers. CSV in UTF-8, UTF-8
// with BOM or Windows-1252; XLSX through read-excel-file. Anything else (old .xls, images,
// random bytes, empty or huge files) becomes an ImportFileError with a Portuguese message.
import readXlsxFile from 'read-excel-file/browser';
import { decodeText, sniffFile, type TextEncodingName } from '@shared/import/decode';
import { CsvTooLargeError, MAX_IMPORT_ROWS, parseCsv } from '@shared/import/csv-parse';
import { cellText, type RawCell } from '@shared/import/cells';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportSheet {
  name: string;
  header: string[];
  rows: RawCell[][];
  /** File line (CSV) or spreadsheet row number of each row. */
  lines: number[];
}

export interface ImportFile {
  fileName: string;
  kind: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  delimiter: string | null;
  sheets: ImportSheet[];
}

export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

function toCell(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return String(v);
}

/** The first non-blank row is the header; the rest are data rows. */
function sheetOf(name: string, grid: readonly (readonly RawCell[])[], lines: readonly number[]): ImportSheet {
  const first = grid.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (first < 0) return { name, header: [], rows: [], lines: [] };
  const header = (grid[first] ?? []).map((c) => cellText(c));
  return { name, header, rows: grid.slice(first + 1).map((r) => [...r]), lines: lines.slice(first + 1) };
}

export async function readImportFile(fileName: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportFile> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError('Arquivo grande demais (máximo 20 MB): divida-o em partes.');
  const kind = sniffFile(bytes);
  if (kind === 'empty') throw new ImportFileError('O arquivo está vazio.');
  if (kind === 'xls') throw new ImportFileError('Planilhas .xls (Excel 97-2003) não são aceitas: no Excel, use "Salvar como" e escolha .xlsx ou CSV.');
  if (kind === 'binary') throw new ImportFileError('Este arquivo não é uma planilha nem um CSV. Escolha um arquivo .csv ou .xlsx.');
  if (kind === 'xlsx') {
    let sheets: { sheet: string; data: unknown[][] }[];
    try {
      sheets = await readXlsxFile(new Blob([bytes]));
    } catch {
      throw new ImportFileError('Não foi possível ler esta planilha: o arquivo .xlsx está danificado ou não é do Excel.');
    }
    const out = sheets.map((s) => {
      if (s.data.length > MAX_IMPORT_ROWS + 1) throw new ImportFileError(`A planilha "${s.sheet}" tem mais de ${MAX_IMPORT_ROWS.toLocaleString('pt-BR')} linhas: divida-a em partes.`);
      return sheetOf(s.sheet, s.data.map((r) => r.map(toCell)), s.data.map((_, i) => i + 1));
    });
    const useful = out.filter((s) => s.header.length > 0);
    if (useful.length === 0) throw new ImportFileError('A planilha não tem dados.');
    return { fileName, kind: 'xlsx', encoding: null, delimiter: null, sheets: useful };
  }
  const { text, encoding } = decodeText(bytes);
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (e) {
    throw new ImportFileError(e instanceof CsvTooLargeError ? e.message : 'Não foi possível ler o CSV.');
  }
  const sheet = sheetOf(fileName, parsed.rows, parsed.lines);
  if (sheet.header.length === 0) throw new ImportFileError('O arquivo não tem dados.');
  return { fileName, kind: 'csv', encoding, delimiter: parsed.delimiter, sheets: [sheet] };
}
