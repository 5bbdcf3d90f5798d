import { describe, expect, it } from 'vitest';
import { shopDbName } from './early-open';

describe('the shop database name for a window', () => {
  it('is caderneta, or an isolated one named by ?db= in the query or the hash route', () => {
    expect(shopDbName({ search: '', hash: '#/cobranca' })).toBe('caderneta');
    expect(shopDbName({ search: '?db=bench&hoje=2026-05-15', hash: '#/cobranca' })).toBe('caderneta-bench');
    expect(shopDbName({ search: '', hash: '#/clientes?db=e2e-7' })).toBe('caderneta-e2e-7');
    // Anything else than letters, digits, _ and - is not a name.
    expect(shopDbName({ search: '?db=../x', hash: '' })).toBe('caderneta');
  });
});
