import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dammCheckDigit,
  formatReference,
  installmentReference,
  installmentTxid,
  parseInstallmentReference,
  referenceMatches,
} from './reference';

const ULID = '01JDX3K9Q7W8E2R5T6Y7U8I9O0'.replace(/[IO]/g, 'A');

describe('installment reference', () => {
  it('uses the Damm check digit (572 -> 4)', () => {
    expect(dammCheckDigit('572')).toBe(4);
    expect(dammCheckDigit('5724')).toBe(0);
  });
  it('is 12 digits, stable, and parses back', () => {
    const r = installmentReference(ULID);
    expect(r).toMatch(/^\d{12}$/);
    expect(installmentReference(ULID)).toBe(r);
    expect(parseInstallmentReference(r)).toBe(r);
    expect(parseInstallmentReference(formatReference(r))).toBe(r);
    expect(parseInstallmentReference(` ${r.slice(0, 6)}-${r.slice(6)}\n`)).toBe(r);
    expect(parseInstallmentReference(installmentTxid(ULID))).toBe(r);
    expect(parseInstallmentReference(installmentTxid(ULID).toLowerCase())).toBe(r);
    expect(referenceMatches(ULID, formatReference(r))).toBe(true);
    expect(formatReference('123456789012')).toBe('1234 5678 9012');
  });
  it('txid fits the Pix rule [A-Za-z0-9]{1,25}', () => {
    expect(installmentTxid(ULID)).toMatch(/^[A-Za-z0-9]{1,25}$/);
  });
  it('rejects other codes', () => {
    expect(parseInstallmentReference('')).toBeNull();
    expect(parseInstallmentReference('12345')).toBeNull();
    expect(parseInstallmentReference('23798100100000002000001250005663148712345670')).toBeNull();
    expect(parseInstallmentReference('ABCDEFGHIJKL')).toBeNull();
  });
  it('catches any single wrong digit and any neighbour swap (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const r = installmentReference(id);
        const d = Number(r[pos]);
        const wrong = r.slice(0, pos) + String((d + delta) % 10) + r.slice(pos + 1);
        expect(parseInstallmentReference(wrong)).toBeNull();
        if (pos < 11 && r[pos] !== r[pos + 1]) {
          const swapped = r.slice(0, pos) + (r[pos + 1] ?? '') + (r[pos] ?? '') + r.slice(pos + 2);
          expect(parseInstallmentReference(swapped)).toBeNull();
        }
      }),
    );
  });
  it('spreads ULIDs without collisions in a shop-sized sample', () => {
    const seen = new Set<string>();
    const base = '01JDX3K9Q7';
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < 20000; i++) {
      let tail = '';
      let n = i * 7919 + 12345;
      for (let k = 0; k < 16; k++) {
        tail += alphabet[n % 32] ?? '0';
        n = Math.floor(n / 32) + k * 31;
      }
      seen.add(installmentReference(base + tail));
    }
    expect(seen.size).toBe(20000);
  });
});
