// CSV text -> rows of strings (RFC 4180 quoting, any line end), with the file line where
// each row starts and the separator guessed from the header line (; , tab or |).

export interface ParsedCsv {
  rows: string[][];
  /** 1-based file line where each row starts. */
  lines: number[];
  delimiter: string;
}

export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_COLUMNS = 100;

export class CsvTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvTooLargeError';
  }
}

export function guessDelimiter(text: string): string {
  const candidates = [';', ',', '\t', '|'];
  let firstLine = '';
  let inQuotes = false;
  for (let i = 0; i < text.length && i < 20_000; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    if (!inQuotes) firstLine += c;
  }
  let best = ';';
  let bestCount = 0;
  for (const d of candidates) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(text: string, delimiter = guessDelimiter(text)): ParsedCsv {
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let rowStart = 1;
  let fieldQuoted = false;
  const endField = (): void => {
    row.push(fieldQuoted ? field : field.trim());
    if (row.length > MAX_IMPORT_COLUMNS) throw new CsvTooLargeError(`Linha ${rowStart}: mais de ${MAX_IMPORT_COLUMNS} colunas.`);
    field = '';
    fieldQuoted = false;
  };
  const endRow = (): void => {
    endField();
    if (row.length > 1 || (row[0] ?? '') !== '') {
      rows.push(row);
      lines.push(rowStart);
      if (rows.length > MAX_IMPORT_ROWS + 1) throw new CsvTooLargeError(`O arquivo tem mais de ${MAX_IMPORT_ROWS.toLocaleString('pt-BR')} linhas: divida-o em partes.`);
    }
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      inQuotes = true;
      fieldQuoted = true;
      field = '';
    } else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else field += c;
  }
  if (field !== '' || row.length > 0 || fieldQuoted) endRow();
  return { rows, lines, delimiter };
}
