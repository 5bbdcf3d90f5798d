import { DomainError } from '../errors';

/**
 * "11912345678" -> "(11) 91234-5678", "1133334444" -> "(11) 3333-4444"; accepts +55 and
 * punctuation; numbers without area code get "91234-5678". Anything else comes back trimmed.
 */
export function formatPhoneBR(s: string): string {
  let d = s.replace(/\D/g, '');
  if ((d.length === 12 || d.length === 13) && d.startsWith('55')) d = d.slice(2);
  if ((d.length === 11 || d.length === 12) && d.startsWith('0')) d = d.slice(1);
  if (d.length === 11) return `(${d.slice(0, 2)}) ${d.slice(2, 7)}-${d.slice(7)}`;
  if (d.length === 10) return `(${d.slice(0, 2)}) ${d.slice(2, 6)}-${d.slice(6)}`;
  if (d.length === 9) return `${d.slice(0, 5)}-${d.slice(5)}`;
  if (d.length === 8) return `${d.slice(0, 4)}-${d.slice(4)}`;
  return s.trim();
}

/** A phone's digits without the country code 55 (DDD + number when it has them). */
export function phoneDigits(s: string): string {
  return s.replace(/\D/g, '').replace(/^55(?=\d{10,11}$)/, '');
}

/**
 * A Brazilian phone as international digits "55" + DDD + number (12 or 13 digits), as used by
 * wa.me and Pix phone keys. Throws a DomainError when there is no area code.
 */
export function phoneToE164Digits(s: string): string {
  let d = s.replace(/\D/g, '');
  const hadPlus = s.trim().startsWith('+');
  if (hadPlus || ((d.length === 12 || d.length === 13) && d.startsWith('55'))) {
    if (!d.startsWith('55') || (d.length !== 12 && d.length !== 13)) {
      if (hadPlus && d.length >= 8 && d.length <= 15 && !d.startsWith('55')) return d; // foreign number
      throw new DomainError('invalid_phone', `Telefone inválido: "${s}". Informe DDD e número.`, { value: s });
    }
    return d;
  }
  if (d.length === 11 && d.startsWith('0')) d = d.slice(1);
  if (d.length === 12 && d.startsWith('0')) d = d.slice(1);
  if (d.length !== 10 && d.length !== 11) {
    throw new DomainError('invalid_phone', `Telefone inválido: "${s}". Informe DDD e número.`, { value: s });
  }
  return `55${d}`;
}

/** "01310100" -> "01310-100"; other input comes back trimmed. */
export function formatCep(s: string): string {
  const d = s.replace(/\D/g, '');
  return d.length === 8 ? `${d.slice(0, 5)}-${d.slice(5)}` : s.trim();
}
