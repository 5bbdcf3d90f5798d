/** Accent-free, lowercase, single-spaced text for searching ("  João  D'Ávila" -> "joao d'avila"). */
export function normalizeSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Search tokens for an index (e.g. a Dexie multiEntry index with prefix search): the words
 * of every part, accent-free and lowercase, plus the digits of any part holding at least
 * two digits (so "123.456.789-09" and "(11) 91234-5678" are found by their digits).
 */
export function searchTokens(...parts: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of normalizeSearch(part).split(/[^a-z0-9]+/)) if (w !== '') out.add(w);
    const digits = part.replace(/\D/g, '');
    if (digits.length >= 2) out.add(digits);
  }
  return [...out];
}

/** Does `haystack` contain every word of the query (accent- and case-insensitive, any order)? */
export function matchesSearch(haystack: string, query: string): boolean {
  const h = normalizeSearch(haystack);
  const hDigits = haystack.replace(/\D/g, '');
  return normalizeSearch(query)
    .split(' ')
    .filter((w) => w !== '')
    .every((w) => {
      if (h.includes(w)) return true;
      const digits = w.replace(/\D/g, '');
      return /^[\d.\-/()+]+$/.test(w) && digits !== '' && hDigits.includes(digits);
    });
}

/** "1 parcela", "3 parcelas", "0 parcelas": the count with its word in the right number
 *  (Portuguese counts 0 as plural). Thousands grouped the Brazilian way. */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString('pt-BR')} ${n === 1 ? one : many}`;
}

/** "a, b e c": a Portuguese list of the parts. */
export function listPt(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1] ?? ''}`;
}

const COMPANY_SUFFIX = /^(ltda\.?|me|epp|eireli|s\/?a|mei)$/i;
const FAMILY_SUFFIX = /^(filho|filha|j[uú]nior|jr\.?|neto|neta|sobrinho|sobrinha|segundo)$/i;

/** Name connectors that stay out of the initials ("Maria da Conceição dos Santos Lima" ->
 *  "Maria C. S. Lima"). */
const NAME_PARTICLES = new Set(['da', 'de', 'do', 'das', 'dos', 'e']);

/**
 * A person's name fitted to about `max` characters for a narrow card: the first and last names
 * whole, the middle ones as initials ("José Almeida Nascimento Silva" -> "José A. N. Silva"),
 * connectors left out. A name that already fits is kept as it is.
 */
export function compactName(name: string, max: number): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const words = clean.split(' ');
  // A company's name is not a person's: left whole (the card cuts it at its end).
  if (words.length < 3 || COMPANY_SUFFIX.test(words[words.length - 1] ?? '')) return clean;
  // "Filho", "Júnior", "Neto"… go with the surname before them ("Francisco A. Pereira Filho").
  const tail = words.length > 3 && FAMILY_SUFFIX.test(words[words.length - 1] ?? '') ? 2 : 1;
  const first = words[0] ?? '';
  const last = words.slice(-tail).join(' ');
  const middle = words.slice(1, -tail).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  return [first, ...middle.map((w) => `${w.charAt(0).toUpperCase()}.`), last].join(' ');
}
