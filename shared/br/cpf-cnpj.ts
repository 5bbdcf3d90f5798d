import { DomainError } from '../errors';

const onlyDigits = (s: string): string => s.replace(/\D/g, '');

function strip(s: string): string {
  return s.replace(/[\s.\-/]/g, '');
}

function mod11Dv(sum: number): number {
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** CPF with or without punctuation ("123.456.789-09" or "12345678909"). */
export function isValidCpf(s: string): boolean {
  const d = strip(s);
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false;
  const n = [...d].map(Number);
  let s1 = 0;
  for (let i = 0; i < 9; i++) s1 += (n[i] ?? 0) * (10 - i);
  if (mod11Dv(s1) !== n[9]) return false;
  let s2 = 0;
  for (let i = 0; i < 10; i++) s2 += (n[i] ?? 0) * (11 - i);
  return mod11Dv(s2) === n[10];
}

/** "12345678909" -> "123.456.789-09"; input that is not 11 digits comes back trimmed. */
export function formatCpf(s: string): string {
  const d = onlyDigits(s);
  if (d.length !== 11) return s.trim();
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

const W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/** Value of a CNPJ character: ASCII code - 48 (digits keep their value, A = 17 ... Z = 42). */
const charValue = (c: string): number => c.charCodeAt(0) - 48;

/** The two check digits of a 12-character (alphanumeric) CNPJ base. */
export function cnpjCheckDigits(base12: string): string {
  const b = base12.toUpperCase();
  if (!/^[0-9A-Z]{12}$/.test(b)) {
    throw new DomainError('invalid_document', 'A raiz do CNPJ deve ter 12 letras ou números.', { value: base12 });
  }
  let s1 = 0;
  for (let i = 0; i < 12; i++) s1 += charValue(b[i] ?? '0') * (W1[i] ?? 0);
  const dv1 = mod11Dv(s1);
  const withDv1 = b + String(dv1);
  let s2 = 0;
  for (let i = 0; i < 13; i++) s2 += charValue(withDv1[i] ?? '0') * (W2[i] ?? 0);
  return `${dv1}${mod11Dv(s2)}`;
}

/** Normalised CNPJ (14 characters, uppercase, no punctuation) or null if the shape is wrong. */
export function normalizeCnpj(s: string): string | null {
  const c = strip(s).toUpperCase();
  return /^[0-9A-Z]{12}\d{2}$/.test(c) ? c : null;
}

/** Numeric or alphanumeric CNPJ (IN RFB 2.229/2024), with or without punctuation, any case. */
export function isValidCnpj(s: string): boolean {
  const c = normalizeCnpj(s);
  if (!c || /^(.)\1{13}$/.test(c)) return false;
  return cnpjCheckDigits(c.slice(0, 12)) === c.slice(12);
}

/** "12ABC34501DE35" -> "12.ABC.345/01DE-35"; other input comes back trimmed. */
export function formatCnpj(s: string): string {
  const c = normalizeCnpj(s);
  if (!c) return s.trim();
  return `${c.slice(0, 2)}.${c.slice(2, 5)}.${c.slice(5, 8)}/${c.slice(8, 12)}-${c.slice(12)}`;
}

export type PersonType = 'PF' | 'PJ';

/** Formats a CPF or a CNPJ depending on its length. */
export function formatCpfCnpj(s: string): string {
  if (normalizeCnpj(s)) return formatCnpj(s);
  return formatCpf(s);
}

export function isValidCpfOrCnpj(s: string): boolean {
  return isValidCpf(s) || isValidCnpj(s);
}

/** 'PF' for a valid CPF, 'PJ' for a valid CNPJ, null otherwise. */
export function personTypeOf(document: string): PersonType | null {
  if (isValidCpf(document)) return 'PF';
  if (isValidCnpj(document)) return 'PJ';
  return null;
}
