import { DomainError } from '../errors';
import { addDays, daysBetween, fromDayNumber, toDayNumber, type IsoDate } from '../dates/calendar';

/** Base date of the due-date factor (FEBRABAN). */
export const BOLETO_FACTOR_BASE = '1997-10-07';

export interface BoletoCode {
  /** 44-digit barcode. */
  barcode: string;
  /** Digitable line formatted as printed: "23790.00124 50005.663146 87123.456706 8 10010000000200". */
  digitableLine: string;
  /** The 47 digits of the digitable line, without punctuation. */
  digitableDigits: string;
  bankCode: string;
  dueDate: IsoDate | null;
  amountCents: number;
}

const boletoError = (message: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('invalid_boleto', `Código de boleto inválido: ${message}`, details);

/** Mod-10 check digit of a digitable-line field (weights 2,1 from the right, digit sums). */
export function mod10(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    const p = Number(digits[i]) * weight;
    sum += p > 9 ? p - 9 : p;
    weight = weight === 2 ? 1 : 2;
  }
  return (10 - (sum % 10)) % 10;
}

/** Mod-11 general check digit of the barcode (weights 2..9 from the right; 0, 10, 11 -> 1). */
export function mod11Barcode(digits43: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits43.length - 1; i >= 0; i--) {
    sum += Number(digits43[i]) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  const dv = 11 - (sum % 11);
  return dv === 0 || dv === 10 || dv === 11 ? 1 : dv;
}

/** Due-date factor of a date, with the 2025 reset: ((days since 1997-10-07) - 1000) mod 9000 + 1000. */
export function dueDateFactor(date: string): number {
  const days = daysBetween(BOLETO_FACTOR_BASE, date);
  if (days < 0) throw new DomainError('invalid_date', 'Data anterior à base do fator de vencimento (07/10/1997).', { date });
  return ((((days - 1000) % 9000) + 9000) % 9000) + 1000;
}

/**
 * The date of a factor, chosen in the window from 3000 days before to 5500 days after
 * `today` (the first candidate on or after today - 3000 when the factor falls in the gap).
 */
export function dateFromFactor(factor: number, today: string): IsoDate {
  if (!Number.isInteger(factor) || factor < 1000 || factor > 9999) {
    throw boletoError(`fator de vencimento ${factor} fora da faixa 1000-9999.`, { factor });
  }
  const base = toDayNumber(BOLETO_FACTOR_BASE);
  const lower = toDayNumber(today) - 3000;
  // days since base = factor + 9000 k; smallest k with base + days >= lower
  const k = Math.ceil((lower - base - factor) / 9000);
  return fromDayNumber(base + factor + 9000 * Math.max(0, k));
}

function formatDigitable(d: string): string {
  return `${d.slice(0, 5)}.${d.slice(5, 10)} ${d.slice(10, 15)}.${d.slice(15, 21)} ${d.slice(21, 26)}.${d.slice(26, 32)} ${d.slice(32, 33)} ${d.slice(33)}`;
}

/** Digitable line (47 digits) of a 44-digit barcode. */
export function barcodeToDigitable(barcode: string): string {
  const f1 = barcode.slice(0, 4) + barcode.slice(19, 24);
  const f2 = barcode.slice(24, 34);
  const f3 = barcode.slice(34, 44);
  return `${f1}${mod10(f1)}${f2}${mod10(f2)}${f3}${mod10(f3)}${barcode.slice(4, 5)}${barcode.slice(5, 19)}`;
}

/**
 * Reads a bank boleto code typed or scanned by the shop: a 44-digit barcode or a 47-digit
 * digitable line, with or without dots and spaces. Validates every check digit.
 */
export function parseBoletoCode(code: string, opts: { today: string }): BoletoCode {
  const digits = code.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits)) throw boletoError('use apenas números.', { code });
  if (digits.startsWith('8')) {
    throw new DomainError(
      'invalid_boleto',
      'Este código é de conta de consumo ou tributo (começa com 8), não de boleto bancário. Não é aceito aqui.',
      { code },
    );
  }
  let barcode: string;
  if (digits.length === 44) {
    barcode = digits;
  } else if (digits.length === 47) {
    const fields: [string, number][] = [
      [digits.slice(0, 9), 9],
      [digits.slice(10, 20), 20],
      [digits.slice(21, 31), 31],
    ];
    fields.forEach(([field, dvPos], idx) => {
      if (mod10(field) !== Number(digits[dvPos])) {
        throw boletoError(`dígito verificador do campo ${idx + 1} não confere.`, { field: idx + 1 });
      }
    });
    barcode =
      digits.slice(0, 4) + digits.slice(32, 33) + digits.slice(33, 47) + digits.slice(4, 9) + digits.slice(10, 20) + digits.slice(21, 31);
  } else {
    throw boletoError(
      `o código deve ter 44 (código de barras) ou 47 (linha digitável) números; foram digitados ${digits.length}.`,
      { length: digits.length },
    );
  }
  const dv = Number(barcode[4]);
  if (mod11Barcode(barcode.slice(0, 4) + barcode.slice(5)) !== dv) {
    throw boletoError('dígito verificador geral não confere.');
  }
  if (barcode[3] !== '9') throw boletoError('moeda diferente de real (código 9).');
  const factor = Number(barcode.slice(5, 9));
  const digitable = barcodeToDigitable(barcode);
  return {
    barcode,
    digitableLine: formatDigitable(digitable),
    digitableDigits: digitable,
    bankCode: barcode.slice(0, 3),
    dueDate: factor === 0 ? null : dateFromFactor(factor, opts.today),
    amountCents: Number(barcode.slice(9, 19)),
  };
}

/** The last date a factor can express before the next rollover after `date`. */
export function nextFactorRollover(date: string): IsoDate {
  return addDays(date, 9999 - dueDateFactor(date));
}
