import { describe, expect, it, vi } from 'vitest';

// Each test loads a fresh copy of the module: the registry is one slot per page.
async function fresh(): Promise<typeof import('./early-reads')> {
  vi.resetModules();
  return import('./early-reads');
}

describe('the early read hand-over', () => {
  it('gives the app the early read of the same screen, shop and day', async () => {
    const { startEarlyRead, takeEarlyRead } = await fresh();
    startEarlyRead('board', 'caderneta', '2026-11-23', () => Promise.resolve({ rows: 3 }));
    await expect(takeEarlyRead('board', 'caderneta', '2026-11-23')).resolves.toEqual({ rows: 3 });
  });

  it('gives nothing for another screen, shop or day, and nothing twice', async () => {
    for (const [screen, db, day] of [['today', 'caderneta', '2026-11-23'], ['board', 'caderneta-x', '2026-11-23'], ['board', 'caderneta', '2026-11-24']] as const) {
      const { startEarlyRead, takeEarlyRead } = await fresh();
      startEarlyRead('board', 'caderneta', '2026-11-23', () => Promise.resolve(1));
      expect(takeEarlyRead(screen, db, day)).toBeNull();
    }
    const { startEarlyRead, takeEarlyRead } = await fresh();
    startEarlyRead('today', 'caderneta', '2026-11-23', () => Promise.resolve(1));
    expect(takeEarlyRead('today', 'caderneta', '2026-11-23')).not.toBeNull();
    expect(takeEarlyRead('today', 'caderneta', '2026-11-23')).toBeNull();
  });

  it('starts no early read once the app has begun its own', async () => {
    const { startEarlyRead, takeEarlyRead } = await fresh();
    expect(takeEarlyRead('board', 'caderneta', '2026-11-23')).toBeNull();
    const read = vi.fn(() => Promise.resolve(1));
    startEarlyRead('board', 'caderneta', '2026-11-23', read);
    expect(read).not.toHaveBeenCalled();
  });

  it('turns a failed early read into null, so the app reads for itself', async () => {
    const { startEarlyRead, takeEarlyRead } = await fresh();
    startEarlyRead('today', 'caderneta', '2026-11-23', () => Promise.reject(new DOMException('closed', 'InvalidStateError')));
    await expect(takeEarlyRead('today', 'caderneta', '2026-11-23')).resolves.toBeNull();
  });
});
