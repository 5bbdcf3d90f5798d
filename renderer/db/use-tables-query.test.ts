import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { touches } from './use-tables-query';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { loadDataset } from './import';
import { generateDataset } from './demo/generator';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

type Parts = Record<string, unknown>;

/** The storagemutated events Dexie fires while `write` runs. */
async function mutationsDuring(write: () => Promise<unknown>): Promise<Parts[]> {
  const seen: Parts[] = [];
  const listen = (parts: Parts): void => {
    seen.push(parts);
  };
  Dexie.on('storagemutated', listen);
  try {
    await write();
  } finally {
    Dexie.on('storagemutated').unsubscribe(listen);
  }
  return seen;
}

describe('useTablesQuery: which commits re-run a read', () => {
  it('matches the parts Dexie reports for a commit to the named tables of this database only', async () => {
    const db = await freshDb();
    const seen = await mutationsDuring(() => aCustomer(db, { name: 'Rita Mutada' }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((p) => touches(p, db.name, ['customers']))).toBe(true);
    expect(seen.some((p) => touches(p, db.name, ['payments', 'installments']))).toBe(false);
    expect(seen.some((p) => touches(p, 'another-shop', ['customers']))).toBe(false);
    // A table whose name starts like another one is not confused with it.
    expect(touches({ [`idb://${db.name}/customersX/`]: 1 }, db.name, ['customers'])).toBe(false);
  });

  it('a whole-shop load (written past Dexie on the native stores) is announced for its tables', async () => {
    const db = await freshDb();
    const seen = await mutationsDuring(() => loadDataset(db, generateDataset({ today: '2026-05-15', size: 'tiny' }), '2026-05-15'));
    expect(seen.some((p) => touches(p, db.name, ['customers']))).toBe(true);
    expect(seen.some((p) => touches(p, db.name, ['summaries']))).toBe(true);
    expect(seen.some((p) => touches(p, db.name, ['documents']))).toBe(false);
  });

  it('a key-prefix spec reacts to its own rows of a shared table only', async () => {
    const db = await freshDb();
    const at = '2026-11-23T12:00:00.000Z';
    const task = await mutationsDuring(() => db.meta.put({ id: 'task:stage:x', value: 1, createdAt: at, updatedAt: at, deviceId: 'd' }));
    expect(task.some((p) => touches(p, db.name, ['meta:notice:']))).toBe(false);
    expect(task.some((p) => touches(p, db.name, ['meta:task:']))).toBe(true);
    expect(task.some((p) => touches(p, db.name, ['meta']))).toBe(true);
    const notice = await mutationsDuring(async () => {
      await db.meta.put({ id: 'notice:c1', value: 2, createdAt: at, updatedAt: at, deviceId: 'd' });
      await db.meta.delete('notice:c1');
    });
    expect(notice.filter((p) => touches(p, db.name, ['meta:notice:']))).toHaveLength(2);
  });
});
