import { describe, expect, it } from 'vitest';
import { assertCents, assertNonNegativeCents, isCents, splitCents, sumCents, toFraction } from './cents';
import { formatDecimalBR } from './brl';
import { amountInWords, integerInWords } from './words';
import { DomainError, isDomainError } from '../errors';

describe('money edges', () => {
  it('checks centavos', () => {
    expect(isCents(10)).toBe(true);
    expect(isCents(1.5)).toBe(false);
    expect(isCents('10')).toBe(false);
    expect(assertCents(-5)).toBe(-5);
    expect(() => assertCents(Number.MAX_SAFE_INTEGER + 2)).toThrow(DomainError);
    expect(() => assertNonNegativeCents(-1, 'desconto')).toThrow('O desconto não pode ser negativo.');
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(sumCents([])).toBe(0);
  });
  it('keeps percentages with many decimals close to exact', () => {
    expect(toFraction(1 / 3)).toEqual({ num: 33333333n, den: 100000000n });
    expect(toFraction(0)).toEqual({ num: 0n, den: 1n });
  });
  it('splits negative totals and refuses bad counts', () => {
    expect(splitCents(-10, 3)).toEqual([-4, -3, -3]);
    expect(() => splitCents(10, 0)).toThrow(/partes/);
  });
  it('formats decimals without the currency symbol', () => {
    expect(formatDecimalBR(123456)).toBe('1.234,56');
    expect(formatDecimalBR(-5)).toBe('-0,05');
  });
  it('writes large numbers and refuses impossible ones', () => {
    expect(integerInWords(1_000_000_000_000)).toBe('um trilhão');
    expect(integerInWords(2_000_001)).toBe('dois milhões e um');
    expect(integerInWords(1_001_100)).toBe('um milhão mil e cem');
    expect(amountInWords(1_000_000_000_000_00)).toBe('um trilhão de reais');
    expect(() => integerInWords(-1)).toThrow(DomainError);
    expect(() => integerInWords(1e15 + 1)).toThrow(/grande demais/);
    expect(() => amountInWords(0.5)).toThrow(/centavos/);
  });
  it('recognises domain errors', () => {
    expect(isDomainError(new DomainError('invalid_amount', 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    const e = new DomainError('invalid_amount', 'Valor inválido', { a: 1 });
    expect([e.name, e.code, e.message, e.details]).toEqual(['DomainError', 'invalid_amount', 'Valor inválido', { a: 1 }]);
  });
});
