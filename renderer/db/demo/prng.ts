// A small seeded PRNG (mulberry32) and helpers: the same seed gives the same shop.

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A deterministic ULID whose time part is `ms`. */
  id(ms: number): string;
}

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      const v = items[Math.floor(next() * items.length)];
      if (v === undefined) throw new Error('pick from an empty list');
      return v;
    },
    chance: (p) => next() < p,
    id: (ms) => {
      const codes = new Array<number>(26);
      let t = ms;
      for (let i = 9; i >= 0; i--) {
        codes[i] = B32.charCodeAt(t % 32);
        t = Math.floor(t / 32);
      }
      for (let i = 10; i < 26; i++) codes[i] = B32.charCodeAt(Math.floor(next() * 32));
      return String.fromCharCode(...codes);
    },
  };
}
