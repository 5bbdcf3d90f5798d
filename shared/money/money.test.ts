import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBRL, parseBRL, parseBRLOrNull } from './brl';
import { amountInWords } from './words';
import { percentOf, roundHalfUpDiv, splitCents, toFraction } from './cents';
import { DomainError } from '../errors';

describe('formatBRL', () => {
  it.each([
    [0, 'R$ 0,00'],
    [1, 'R$ 0,01'],
    [99, 'R$ 0,99'],
    [100, 'R$ 1,00'],
    [123456, 'R$ 1.234,56'],
    [100000000, 'R$ 1.000.000,00'],
    [-500, '-R$ 5,00'],
    [-123456, '-R$ 1.234,56'],
  ])('%i -> %s', (cents, text) => {
    expect(formatBRL(cents)).toBe(text);
    expect(formatBRL(cents)).not.toContain('\u00a0');
  });
  it('rejects fractional centavos', () => {
    expect(() => formatBRL(1.5)).toThrow(DomainError);
  });
});

describe('parseBRLOrNull', () => {
  it('gives null for an empty field or text that is not an amount, the cents otherwise', () => {
    expect(parseBRLOrNull('')).toBeNull();
    expect(parseBRLOrNull('   ')).toBeNull();
    expect(parseBRLOrNull('abc')).toBeNull();
    expect(parseBRLOrNull('1.234,56')).toBe(123456);
  });
});

describe('parseBRL', () => {
  it.each([
    ['50', 5000],
    ['50,00', 5000],
    ['50,5', 5050],
    ['0,01', 1],
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['R$ 1.234,56', 123456],
    ['R$1.234,56', 123456],
    ['r$ 10', 1000],
    ['R$\u00a01.234,56', 123456],
    ['  7,90 ', 790],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['10.50', 1050],
    ['10.5', 1050],
    ['-R$ 5,00', -500],
    ['-5,00', -500],
    ['R$ -5,00', -500],
  ])('%j -> %i', (text, cents) => {
    expect(parseBRL(text)).toBe(cents);
  });

  it.each(['-', '', 'R$', 'abc', '1,234', '12.34.56', '1.23,45', '1,2,3', '5,', ',5', '1e3', '--5', '12,3a'])(
    'rejects %j with a Portuguese message',
    (text) => {
      try {
        parseBRL(text);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('invalid_amount');
        expect((e as DomainError).message).toMatch(/Valor inválido/);
      }
    },
  );

  it('round-trips formatBRL', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (c) => {
        expect(parseBRL(formatBRL(c))).toBe(c === 0 ? 0 : c);
      }),
    );
  });
});

describe('amountInWords', () => {
  it.each([
    [100, 'um real'],
    [1, 'um centavo'],
    [2, 'dois centavos'],
    [12345, 'cento e vinte e três reais e quarenta e cinco centavos'],
    [200100, 'dois mil e um reais'],
    [110000, 'mil e cem reais'],
    [100000000, 'um milhão de reais'],
    [250000000, 'dois milhões e quinhentos mil reais'],
    [10000, 'cem reais'],
    [10100, 'cento e um reais'],
    [101, 'um real e um centavo'],
    [100000, 'mil reais'],
    [125000, 'mil duzentos e cinquenta reais'],
    [120000, 'mil e duzentos reais'],
    [1500000, 'quinze mil reais'],
    [1400, 'quatorze reais'],
    [99999, 'novecentos e noventa e nove reais e noventa e nove centavos'],
    [100000100, 'um milhão e um reais'],
    [123456789, 'um milhão duzentos e trinta e quatro mil quinhentos e sessenta e sete reais e oitenta e nove centavos'],
    [200000000000, 'dois bilhões de reais'],
    [0, 'zero reais'],
    [-100, 'menos um real'],
  ])('%i -> %s', (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });
});

describe('cents helpers', () => {
  it('rounds half up exactly', () => {
    expect(roundHalfUpDiv(5n, 10n)).toBe(1);
    expect(roundHalfUpDiv(4n, 10n)).toBe(0);
    expect(roundHalfUpDiv(15n, 10n)).toBe(2);
    expect(roundHalfUpDiv(-15n, 10n)).toBe(-2);
    expect(percentOf(12345, 2)).toBe(247); // 246.9
    expect(percentOf(25, 2)).toBe(1); // 0.5 -> 1
    expect(percentOf(75, 2)).toBe(2); // 1.5 -> 2
    expect(percentOf(1000, 0.1)).toBe(1);
  });
  it('turns typed percentages into exact fractions', () => {
    expect(toFraction(1.5)).toEqual({ num: 15n, den: 10n });
    expect(toFraction(0.033)).toEqual({ num: 33n, den: 1000n });
    expect(() => toFraction(-1)).toThrow(DomainError);
    expect(() => toFraction(Number.NaN)).toThrow(DomainError);
  });
  it('splits without losing a centavo', () => {
    expect(splitCents(1000, 3)).toEqual([334, 333, 333]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 120 }), (t, n) => {
        const parts = splitCents(t, n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(t);
        expect(Math.max(...parts.slice(1), parts[0] ?? 0) - Math.min(...parts)).toBeLessThanOrEqual(n);
      }),
    );
  });
});
