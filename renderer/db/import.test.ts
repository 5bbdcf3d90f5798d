import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset } from './demo/generator';
import { loadDataset, summariesFor } from './import';
import { finishDbs, freshDb } from './test-helpers';
import type { ContactRow } from './types';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

const TODAY = '2025-06-15';

describe('loadDataset', () => {
  it('writes every row, the summaries and one audit entry per imported table', async () => {
    const db = await freshDb('import-all');
    const d = generateDataset({ today: TODAY, size: 'tiny' });
    const counts = await loadDataset(db, d, TODAY);
    for (const t of ['customers', 'sales', 'installments', 'payments', 'contacts', 'collection', 'agreements'] as const) {
      expect(await db.table(t).count(), t).toBe(d[t].length);
      expect(counts[t], t).toBe(d[t].length);
    }
    const expected = summariesFor(d, TODAY, db.device.deviceId);
    const stored = await db.summaries.toArray();
    expect(stored.length).toBe(expected.length);
    const byId = new Map(stored.map((s) => [s.id, s]));
    for (const s of expected) expect({ ...byId.get(s.id), createdAt: '', updatedAt: '' }).toEqual({ ...s, createdAt: '', updatedAt: '' });
    const audit = await db.audit.toArray();
    const imported = Object.entries(counts).filter(([t, n]) => n > 0 && t !== 'summaries' && t !== 'counters').map(([t]) => t);
    expect(audit.map((a) => a.table).sort()).toEqual(imported.sort());
    for (const a of audit) expect(a.after).toMatchObject({ count: counts[a.table] });
  });

  it('writes nothing when a row fails late in the import (all or nothing)', async () => {
    const db = await freshDb('import-fail');
    const d = generateDataset({ today: TODAY, size: 'tiny' });
    const bad = { ...d.contacts[0], id: undefined } as unknown as ContactRow;
    await expect(loadDataset(db, { ...d, contacts: [...d.contacts, bad] }, TODAY)).rejects.toThrow();
    for (const t of ['customers', 'sales', 'installments', 'payments', 'contacts', 'summaries', 'audit'] as const) expect(await db.table(t).count(), t).toBe(0);
  });
});
