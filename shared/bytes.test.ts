import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes';

describe('concatBytes', () => {
  it('joins parts in order, empty parts included, into a new array', () => {
    expect([...concatBytes([Uint8Array.of(1, 2), new Uint8Array(0), Uint8Array.of(3)])]).toEqual([1, 2, 3]);
    expect(concatBytes([]).byteLength).toBe(0);
    const one = Uint8Array.of(9);
    const joined = concatBytes([one]);
    expect([...joined]).toEqual([9]);
    one[0] = 1;
    expect(joined[0]).toBe(9);
  });
});
