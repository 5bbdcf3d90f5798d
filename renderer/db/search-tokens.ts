// Search keys of a customer (shared/text rules) plus phone numbers without the area code.
import { normalizeSearch, searchTokens } from '@shared/text';
import type { CustomerRow } from './types';

/** 'João da Silva' -> 'joao da silva' */
export const fold = normalizeSearch;

function localPhoneKeys(phone: string): string[] {
  let d = phone.replace(/\D/g, '');
  if ((d.length === 12 || d.length === 13) && d.startsWith('55')) d = d.slice(2);
  // Without the area code, so '91234' finds '(11) 91234-5678'.
  return d.length === 10 || d.length === 11 ? [d.slice(2)] : [];
}

export function customerTokens(c: Pick<CustomerRow, 'name' | 'document' | 'phones'>): string[] {
  const out = new Set(searchTokens(c.name, c.document, ...c.phones.map((p) => p.number)));
  for (const p of c.phones) for (const k of localPhoneKeys(p.number)) out.add(k);
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
  return normalizeSearch(t).split(/[^a-z0-9]+/).filter((w) => w !== '');
}
