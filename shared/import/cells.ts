// One spreadsheet/CSV cell -> a typed value, accepting what Brazilian shops actually type.
import { isValidCnpj, isValidCpf, normalizeCnpj } from '../br/cpf-cnpj';
import { isValidIsoDate, parseDateBR } from '../dates/calendar';
import { parseBRL } from '../money/brl';

/** A cell as read from CSV (string) or XLSX (string, number, boolean, Date). */
export type RawCell = string | number | boolean | Date | null | undefined;

export class CellError extends Error {}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function cellText(c: RawCell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : `${pad(c.getUTCDate())}/${pad(c.getUTCMonth() + 1)}/${c.getUTCFullYear()}`;
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (typeof c === 'boolean') return c ? 'sim' : 'não';
  return c.replace(/\u00a0/g, ' ').trim();
}

/** Money: "R$ 1.234,56", "1234,56", "350", or a number cell in reais. */
export function cellCents(c: RawCell): number | null {
  if (typeof c === 'number') {
    if (!Number.isFinite(c)) throw new CellError('valor inválido');
    return Math.round(c * 100);
  }
  const t = cellText(c);
  if (t === '' || t === '-') return null;
  try {
    return parseBRL(t);
  } catch {
    throw new CellError(`valor inválido "${t}" (use 1.234,56)`);
  }
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function isoOfUtc(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Dates: dd/mm/aaaa (also d/m/aa, dd-mm-aaaa, dd.mm.aaaa, aaaa-mm-dd), a date cell or an Excel serial number. */
export function cellDate(c: RawCell): string | null {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) throw new CellError('data inválida');
    return isoOfUtc(c);
  }
  if (typeof c === 'number') {
    if (!Number.isInteger(c) || c < 20_000 || c > 80_000) throw new CellError(`data inválida "${c}"`);
    return isoOfUtc(new Date(EXCEL_EPOCH_MS + c * 86_400_000));
  }
  const t = cellText(c);
  if (t === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    if (isValidIsoDate(t)) return t;
    throw new CellError(`data inválida "${t}"`);
  }
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (!m) throw new CellError(`data inválida "${t}" (use dd/mm/aaaa)`);
  const year = (m[3] ?? '').length === 2 ? `20${m[3] ?? ''}` : (m[3] ?? '');
  try {
    return parseDateBR(`${m[1] ?? ''}/${m[2] ?? ''}/${year}`);
  } catch {
    throw new CellError(`data inválida "${t}"`);
  }
}

/** CPF (11 digits) or CNPJ (14, uppercase); spreadsheets that dropped leading zeros are fixed. */
export function cellDocument(c: RawCell): string | null {
  let t = typeof c === 'number' ? String(Math.trunc(c)) : cellText(c);
  if (t === '') return null;
  const digits = t.replace(/\D/g, '');
  if (/^[\d\s./-]+$/.test(t)) {
    if (digits.length >= 9 && digits.length <= 11) t = digits.padStart(11, '0');
    else if (digits.length >= 12 && digits.length <= 14) t = digits.padStart(14, '0');
  }
  if (isValidCpf(t)) return t.replace(/\D/g, '');
  if (isValidCnpj(t)) return normalizeCnpj(t);
  throw new CellError(`CPF/CNPJ inválido "${cellText(c)}": confira os números`);
}

export function cellPhone(c: RawCell): string | null {
  const t = typeof c === 'number' ? String(Math.trunc(c)) : cellText(c);
  if (t === '') return null;
  const d = t.replace(/\D/g, '');
  if (d.length < 8 || d.length > 13 || !/^[\d\s()+.-]+$/.test(t)) throw new CellError(`telefone inválido "${t}": informe DDD e número`);
  return t;
}
