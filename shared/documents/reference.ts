// The reference printed on a payment slip: 12 digits that identify an installment, scanned
// (Code 128) or typed at the counter, and reused as the Pix txid ("CAD" + the 12 digits).
// 11 digits come from a hash of the installment id; the 12th is a Damm check digit, which
// catches every single wrong digit and every swap of two neighbours.

/** Damm quasigroup of order 10 (totally anti-symmetric). */
const DAMM: readonly string[] = [
  '0317598642',
  '7092154863',
  '4206871359',
  '1750983426',
  '6123045978',
  '3674209581',
  '5869720134',
  '8945362017',
  '9438617205',
  '2581436790',
];

/** Damm check digit of a string of digits. */
export function dammCheckDigit(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = Number(DAMM[interim]?.[Number(ch)] ?? 0);
  return interim;
}

/** 32-bit finaliser (avalanche) of a hash lane. */
function mix32(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A 53-bit hash of a string (two FNV-style lanes, finalised). */
function hash53(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hi = mix32(a ^ Math.imul(b, 0x27d4eb2d)) & 0x1fffff;
  const lo = mix32(b ^ a);
  return hi * 0x1_0000_0000 + lo;
}

export const REFERENCE_LENGTH = 12;
export const PIX_TXID_PREFIX = 'CAD';

/** The 12-digit reference of an installment id (deterministic: same id, same reference). */
export function installmentReference(installmentId: string): string {
  const body = String(hash53(installmentId) % 100_000_000_000).padStart(11, '0');
  return `${body}${dammCheckDigit(body)}`;
}

/** "123456789012" -> "1234 5678 9012", as printed under the bar code. */
export function formatReference(reference: string): string {
  return reference.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** The Pix txid printed in the slip's QR code: "CAD" + reference (15 characters, [A-Z0-9]). */
export function installmentTxid(installmentId: string): string {
  return `${PIX_TXID_PREFIX}${installmentReference(installmentId)}`;
}

/**
 * Reads what the counter's scanner (or a person) typed: the 12 digits, with or without
 * spaces, dots or dashes, or the Pix txid ("CAD" + 12 digits). Returns the normalised
 * reference, or null when the text is not a valid reference (wrong length or check digit).
 * The installment is the one whose `installmentReference(id)` equals the result.
 */
export function parseInstallmentReference(code: string): string | null {
  let s = code.trim().toUpperCase().replace(/[\s.\-/]/g, '');
  if (s.startsWith(PIX_TXID_PREFIX)) s = s.slice(PIX_TXID_PREFIX.length);
  if (!/^\d{12}$/.test(s)) return null;
  return dammCheckDigit(s) === 0 ? s : null;
}

/** Does a scanned/typed code point to this installment? */
export function referenceMatches(installmentId: string, code: string): boolean {
  return parseInstallmentReference(code) === installmentReference(installmentId);
}
