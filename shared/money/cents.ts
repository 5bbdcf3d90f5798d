import { DomainError } from '../errors';

/** An amount of money in integer centavos (R$ 1,00 = 100). */
export type Cents = number;

export function isCents(n: unknown): n is Cents {
  return typeof n === 'number' && Number.isSafeInteger(n);
}

/** Throws a DomainError unless `n` is a safe integer number of centavos. */
export function assertCents(n: number, label = 'valor'): Cents {
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('invalid_amount', `Valor inválido para ${label}: use centavos inteiros.`, { value: n });
  }
  return n;
}

export function assertNonNegativeCents(n: number, label = 'valor'): Cents {
  assertCents(n, label);
  if (n < 0) throw new DomainError('invalid_amount', `O ${label} não pode ser negativo.`, { value: n });
  return n;
}

export function sumCents(values: readonly number[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * A non-negative finite decimal (a percentage such as 2, 1.5 or 0.033) as an exact fraction
 * num / 10^scale. Percentages are typed by people with a few decimals, so up to 8 decimals
 * are honoured exactly.
 */
export function toFraction(x: number, label = 'percentual'): { num: bigint; den: bigint } {
  if (!Number.isFinite(x) || x < 0) {
    throw new DomainError('invalid_argument', `O ${label} deve ser um número maior ou igual a zero.`, { value: x });
  }
  for (let scale = 0; scale <= 8; scale++) {
    const f = 10 ** scale;
    const scaled = Math.round(x * f);
    if (Math.abs(scaled - x * f) < 1e-9 * Math.max(1, x * f) && Number.isSafeInteger(scaled)) {
      return { num: BigInt(scaled), den: BigInt(f) };
    }
  }
  const f = 10 ** 8;
  return { num: BigInt(Math.round(x * f)), den: BigInt(f) };
}

/** Round-half-up (half away from zero) of the exact fraction num / den, den > 0. */
export function roundHalfUpDiv(num: bigint, den: bigint): number {
  if (den <= 0n) throw new RangeError('denominator must be positive');
  const negative = num < 0n;
  const a = negative ? -num : num;
  const q = (2n * a + den) / (2n * den);
  return Number(negative ? -q : q);
}

/** round-half-up(cents x percent / 100). */
export function percentOf(cents: number, percent: number): Cents {
  assertCents(cents);
  const p = toFraction(percent);
  return roundHalfUpDiv(BigInt(cents) * p.num, p.den * 100n);
}

/**
 * Splits `total` into `count` integer parts that sum exactly to `total`; the leftover
 * centavos go to the first part.
 */
export function splitCents(total: number, count: number): Cents[] {
  assertCents(total);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new DomainError('invalid_argument', 'A quantidade de partes deve ser um inteiro maior que zero.', { count });
  }
  const base = Math.trunc(total / count);
  const leftover = total - base * count;
  const parts: Cents[] = new Array<number>(count).fill(base);
  parts[0] = base + leftover;
  return parts;
}
