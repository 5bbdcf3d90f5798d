import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { touches } from './use-tables-query';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { loadDataset } from './import';
import { generateDataset } from './demo/generator';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

describe('useTablesQuery: which commits re-run a read', () => {
  it("matches the parts Dexie reports for a commit to the named tables of this database only", async () => {
    const db = await freshDb();
    const seen: Record<string, unknown>[] = [];
    const listen = (parts: Record<string, unknown>): void => {
      seen.push(parts);
    };
    Dexie.on('storagemutated', listen);
    try {
      await aCustomer(db, { name: 'Rita Mutada' });
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((p) => touches(p, db.name, ['customers']))).toBe(true);
    expect(seen.some((p) => touches(p, db.name, ['payments', 'installments']))).toBe(false);
    expect(seen.some((p) => touches(p, 'another-shop', ['customers']))).toBe(false);
    // A table whose name starts like another one is not confused with it.
    expect(touches({ [`idb://${db.name}/customersX/`]: 1 }, db.name, ['customers'])).toBe(false);
  });

  it('a whole-shop load (written past Dexie on the native stores) is announced for its tables', async () => {
    const db = await freshDb();
    const seen: Record<string, unknown>[] = [];
    const listen = (parts: Record<string, unknown>): void => {
      seen.push(parts);
    };
    Dexie.on('storagemutated', listen);
    try {
      await loadDataset(db, generateDataset({ today: '2026-05-15', size: 'tiny' }), '2026-05-15');
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
    expect(seen.some((p) => touches(p, db.name, ['customers']))).toBe(true);
    expect(seen.some((p) => touches(p, db.name, ['summaries']))).toBe(true);
    expect(seen.some((p) => touches(p, db.name, ['documents']))).toBe(false);
  });

  it('a key-prefix spec reacts to its own rows of a shared table only', async () => {
    const db = await freshDb();
    const seen: Record<string, unknown>[] = [];
    const listen = (parts: Record<string, unknown>): void => {
      seen.push(parts);
    };
    Dexie.on('storagemutated', listen);
    const at = '2026-11-23T12:00:00.000Z';
    try {
      await db.meta.put({ id: 'task:stage:x', value: 1, createdAt: at, updatedAt: at, deviceId: 'd' });
      expect(seen.some((p) => touches(p, db.name, ['meta:notice:']))).toBe(false);
      expect(seen.some((p) => touches(p, db.name, ['meta:task:']))).toBe(true);
      expect(seen.some((p) => touches(p, db.name, ['meta']))).toBe(true);
      seen.length = 0;
      await db.meta.put({ id: 'notice:c1', value: 2, createdAt: at, updatedAt: at, deviceId: 'd' });
      await db.meta.delete('notice:c1');
      expect(seen.filter((p) => touches(p, db.name, ['meta:notice:']))).toHaveLength(2);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
  });
});
