import { DomainError } from '../errors';
import type { Cents } from './cents';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 123456 -> "R$ 1.234,56"; -500 -> "-R$ 5,00". Plain spaces, never NBSP. */
export function formatBRL(cents: number): string {
  if (!Number.isSafeInteger(cents)) {
    throw new DomainError('invalid_amount', 'Valor inválido: use centavos inteiros.', { value: cents });
  }
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const reais = Math.floor(abs / 100);
  const cent = abs % 100;
  return `${negative ? '-' : ''}R$ ${groupThousands(String(reais))},${String(cent).padStart(2, '0')}`;
}

/** Like formatBRL without the currency symbol: 123456 -> "1.234,56". */
export function formatDecimalBR(cents: number): string {
  return formatBRL(cents).replace('R$ ', '');
}

const invalid = (text: string): DomainError =>
  new DomainError('invalid_amount', `Valor inválido: "${text}". Use o formato 1.234,56.`, { text });

/**
 * Parses an amount typed in Brazilian style into centavos:
 * "50", "50,00", "50,5", "1.234,56", "1234,56", "R$ 1.234,56", "R$1.234,56", "-R$ 5,00".
 * Without a comma, a single dot followed by one or two digits is read as the decimal point
 * ("10.50"); a dot followed by three digits is a thousands separator ("1.234").
 */
export function parseBRL(text: string): Cents {
  let s = text.replace(/[\s\u00a0\u202f]+/g, '');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (/^R\$/i.test(s)) s = s.slice(2);
  if (!negative && s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  if (s === '') throw invalid(text);

  let intPart: string;
  let decPart = '';
  if (s.includes(',')) {
    const m = /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})$/.exec(s);
    if (!m) throw invalid(text);
    intPart = m[1] ?? '';
    decPart = m[2] ?? '';
  } else if (/^\d+\.\d{1,2}$/.test(s)) {
    const [i, d] = s.split('.');
    intPart = i ?? '';
    decPart = d ?? '';
  } else if (/^(\d{1,3}(?:\.\d{3})+|\d+)$/.test(s)) {
    intPart = s;
  } else {
    throw invalid(text);
  }
  const reais = Number(intPart.replace(/\./g, ''));
  const cents = reais * 100 + Number(decPart.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw invalid(text);
  return negative && cents !== 0 ? -cents : cents;
}

/** A typed amount in centavos, or null when the field is empty or not an amount (forms show
 *  their own message next to the field). */
export function parseBRLOrNull(text: string): Cents | null {
  if (!text.trim()) return null;
  try {
    return parseBRL(text);
  } catch {
    return null;
  }
}
