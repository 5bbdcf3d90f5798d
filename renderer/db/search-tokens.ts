// Search keys of a customer: accent-free lowercase name words, document digits, phone digits.
import type { CustomerRow } from './types';

/** 'João da Silva' -> 'joao da silva' */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function nameTokens(name: string): string[] {
  return fold(name).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

function phoneKeys(phone: string): string[] {
  let d = phone.replace(/\D/g, '');
  if ((d.length === 12 || d.length === 13) && d.startsWith('55')) d = d.slice(2);
  if (d.length < 4) return [];
  const keys = [d];
  // Without the area code, so '91234' finds '(11) 91234-5678'.
  if (d.length === 10 || d.length === 11) keys.push(d.slice(2));
  return keys;
}

export function customerTokens(c: Pick<CustomerRow, 'name' | 'document' | 'phones'>): string[] {
  const out = new Set<string>(nameTokens(c.name));
  if (c.document) out.add(c.document.toLowerCase());
  for (const p of c.phones) for (const k of phoneKeys(p.number)) out.add(k);
  return [...out];
}

/** Query text -> tokens; a number typed with punctuation (CPF, phone) becomes one token. */
export function queryTokens(text: string): string[] {
  const t = text.trim();
  if (t.length === 0) return [];
  if (/^[\d\s.\-/()+]+$/.test(t)) {
    const d = t.replace(/\D/g, '');
    return d.length > 0 ? [d] : [];
  }
  return nameTokens(t);
}
