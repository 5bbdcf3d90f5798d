import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadernetaDB } from './schema';
import { TABLE_NAMES } from './schema';
import { autoBackup, exportBackup, localFileStamp, parseBackup, requestPersistentStorage, restoreBackup } from './backup';
import { createCreditSale } from './sales';
import { receivePayment, reversePayment } from './payments';
import { logContact, renegotiateDebt, setStageOverride } from './collections';
import { registerDocument } from './documents';
import { updateSettings } from './settings';
import { sha256Hex } from './hash';
import { gzip } from './gzip';
import { aCustomer, finishDbs, freshDb } from './test-helpers';
import { checkInvariants } from './invariants';
import { unpackDues } from './summary-calc';

afterEach(async () => {
  expect(await finishDbs()).toEqual([]);
});

async function filledDb(): Promise<CadernetaDB> {
  const db = await freshDb('backup');
  const a = await aCustomer(db, { name: 'Ana Lúcia', document: '52998224725', address: { cep: '01310-100', street: 'Av. Paulista', number: '1000', complement: '', district: 'Bela Vista', city: 'São Paulo', uf: 'SP' } });
  const b = await aCustomer(db, { name: 'Bento' });
  await updateSettings(db, 'shop', { name: 'Mercadinho Dois Irmãos' });
  await createCreditSale(db, { customerId: a.id, date: '2025-01-05', totalCents: 30_000, plan: { kind: 'plan', count: 3, firstDueDate: '2025-02-05' } }, '2025-01-05');
  await createCreditSale(db, { customerId: b.id, date: '2025-01-05', totalCents: 9_999, plan: { kind: 'plan', count: 2, firstDueDate: '2025-02-05' } }, '2025-01-05');
  const p = await receivePayment(db, { customerId: a.id, amountCents: 10_000, method: 'pix' }, '2025-02-05');
  await reversePayment(db, p.payment.id, 'Pix não caiu', '2025-02-06');
  await receivePayment(db, { customerId: b.id, amountCents: 3_000, method: 'dinheiro' }, '2025-02-06');
  // Paid in part a month late: the summary keeps the installment's ledger for the board.
  await receivePayment(db, { customerId: a.id, amountCents: 5_000, method: 'dinheiro' }, '2025-03-07');
  await renegotiateDebt(db, { customerId: b.id, count: 2, firstDueDate: '2025-04-01' }, '2025-03-15');
  await logContact(db, { customerId: a.id, channel: 'whatsapp', outcome: 'prometeu_pagar', promisedDate: '2025-03-20', promisedCents: 10_000 }, '2025-03-15');
  await setStageOverride(db, a.id, 'negociacao', 'Pediu prazo');
  await registerDocument(db, { type: 'notificacao', date: '2025-03-15', customerId: a.id }, new Uint8Array([37, 80, 68, 70]));
  return db;
}

async function snapshot(db: CadernetaDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) {
    if (t === 'meta') continue;
    const rows = (await db.table(t).toArray()) as { id: string }[];
    out[t] = rows.sort((x, y) => (x.id < y.id ? -1 : 1));
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('backup round trip', () => {
  it('restores every table identically into another database, and over changed data', async () => {
    const db = await filledDb();
    const before = await snapshot(db);
    const { bytes, backup } = await exportBackup(db, { appVersion: '1.2.3' });
    expect(bytes[0]).toBe(0x1f);
    expect(backup.counts.customers).toBe(2);
    expect(backup.counts.installments).toBe(7);
    const parsed = await parseBackup(bytes);
    expect(parsed.appVersion).toBe('1.2.3');
    const other = await freshDb('restore');
    await restoreBackup(other, parsed, null);
    expect(await snapshot(other)).toEqual(before);
    expect(await checkInvariants(other)).toEqual([]);
    // Change the original, then restore it back: the safety copy is taken first.
    await aCustomer(db, { name: 'Depois do backup' });
    const saved: string[] = [];
    await restoreBackup(db, parsed, async (copy, name) => {
      saved.push(name);
      expect((await parseBackup(copy)).counts.customers).toBe(3);
    });
    expect(saved[0]).toMatch(/^caderneta-antes-de-restaurar-.*\.json\.gz$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a backup written before the board caches (names on summaries, packed dues with ledgers, promises on collection rows) restores with them filled', async () => {
    const db = await filledDb();
    const before = await snapshot(db);
    expect(before.collection?.some((r) => (r as { lastPromise?: unknown }).lastPromise)).toBe(true);
    const o = JSON.parse(text((await exportBackup(db, { gzip: false })).bytes)) as { sha256: string; tables: Record<string, Record<string, unknown>[]> };
    expect((o.tables.summaries ?? []).some((r) => (r.openDues as string).includes('@'))).toBe(true);
    for (const r of o.tables.summaries ?? []) {
      delete r.name;
      r.openDues = unpackDues(r.openDues as string).map(([due, cents]) => [due, cents]);
    }
    expect((o.tables.summaries ?? []).some((r) => (r.openDues as unknown[]).length > 0)).toBe(true);
    for (const r of o.tables.collection ?? []) delete r.lastPromise;
    o.sha256 = await sha256Hex(JSON.stringify(o.tables));
    const other = await freshDb('old-backup');
    await restoreBackup(other, await parseBackup(await gzip(utf8(JSON.stringify(o)))), null);
    expect(await snapshot(other)).toEqual(before);
    expect(await checkInvariants(other)).toEqual([]);
  });

  it('keeps this device identity and never moves its number series backwards', async () => {
    const db = await filledDb();
    const { bytes } = await exportBackup(db);
    const device = db.device.deviceId;
    const c = await aCustomer(db, { name: 'Pagante' });
    await createCreditSale(db, { customerId: c.id, date: '2025-03-01', totalCents: 1_000, plan: { kind: 'plan', count: 1, firstDueDate: '2025-04-01' } }, '2025-03-01');
    const after = await receivePayment(db, { customerId: c.id, amountCents: 1_000, method: 'pix' }, '2025-03-01');
    await restoreBackup(db, await parseBackup(bytes), null);
    expect((await db.meta.get('device'))?.value).toMatchObject({ deviceId: device });
    const again = await receivePayment(db, { customerId: (await db.customers.toArray())[0]?.id ?? '', amountCents: 100, method: 'pix' }, '2025-03-20');
    expect(again.payment.receiptNumber > after.payment.receiptNumber).toBe(true);
  });
});

describe('bad backups are refused and change nothing', () => {
  it.each([
    ['0 bytes', async () => new Uint8Array(0), /vazio/],
    ['foreign JSON', async () => utf8('{"nome":"planilha","linhas":[1,2,3]}'), /não é um backup da Caderneta/],
    ['random bytes', async () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), /não é um backup da Caderneta/],
    ['a 200 MB file', async () => new Uint8Array(200 * 1024 * 1024), /grande demais/],
  ])('%s', async (_label, make, message) => {
    const db = await filledDb();
    const before = await snapshot(db);
    await expect(parseBackup(await make())).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('truncated (gzip and plain), edited without checksum, newer format, invalid rows, broken references, empty', async () => {
    const db = await filledDb();
    const before = await snapshot(db);
    const { bytes } = await exportBackup(db);
    const plain = text((await exportBackup(db, { gzip: false })).bytes);
    const rewrite = async (edit: (o: { formatVersion: number; sha256: string; tables: Record<string, Record<string, unknown>[]> }) => void, fixSum = true) => {
      const o = JSON.parse(plain) as { formatVersion: number; sha256: string; tables: Record<string, Record<string, unknown>[]> };
      edit(o);
      if (fixSum) o.sha256 = await sha256Hex(JSON.stringify(o.tables));
      return gzip(utf8(JSON.stringify(o)));
    };
    await expect(parseBackup(bytes.slice(0, Math.floor(bytes.length / 2)))).rejects.toThrow(/incompleto ou corrompido/);
    await expect(parseBackup(utf8(plain.slice(0, plain.length - 100)))).rejects.toThrow(/incompleto ou corrompido/);
    await expect(parseBackup(utf8(plain.replace('"amountCents":10000', '"amountCents":1000')))).rejects.toThrow(/soma de verificação não confere/);
    await expect(parseBackup(await rewrite((o) => { o.formatVersion = 99; }))).rejects.toThrow(/versão mais nova/);
    await expect(parseBackup(await rewrite((o) => { const i = o.tables.installments?.[0]; if (i) i.amountCents = 'muito'; }))).rejects.toThrow(/registro 1 da tabela "installments"/);
    await expect(parseBackup(await rewrite((o) => { const i = o.tables.installments?.[0]; if (i) i.customerId = 'SUMIU'; }))).rejects.toThrow(/inconsistente: parcela .* inexistente \(SUMIU\)/);
    await expect(parseBackup(await rewrite((o) => { o.tables.customers?.pop(); }))).rejects.toThrow(/incompleto ou corrompido/);
    const empty = await freshDb('empty');
    await expect(parseBackup((await exportBackup(empty)).bytes)).rejects.toThrow(/nada a restaurar/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('autoBackup and persistent storage', () => {
  it('writes once a day through the desktop API; browser mode is a no-op', async () => {
    const db = await filledDb();
    const written: string[] = [];
    const api = { getVersion: async () => '0.1.0', writeBackup: async (b: Uint8Array, name: string) => { written.push(name); expect((await parseBackup(b)).appVersion).toBe('0.1.0'); return [{ name, place: 'auto' as const, sizeBytes: b.byteLength, modifiedAt: '' }]; } };
    expect(await autoBackup(db, '2025-03-15', api)).toEqual({ status: 'written', name: 'caderneta-2025-03-15.json.gz', places: 1 });
    expect(await autoBackup(db, '2025-03-15', api)).toEqual({ status: 'skipped' });
    expect((await autoBackup(db, '2025-03-15', api, { force: true })).status).toBe('written');
    expect(await autoBackup(db, '2025-03-16', { getVersion: api.getVersion, writeBackup: async () => null })).toEqual({ status: 'unsupported' });
    // Browser mode: refused before the whole shop is read and compressed.
    const exportSpy = vi.spyOn(db, 'transaction');
    expect(await autoBackup(db, '2025-03-17', { platform: 'browser', getVersion: api.getVersion, writeBackup: async () => null })).toEqual({ status: 'unsupported' });
    expect(exportSpy).not.toHaveBeenCalled();
    exportSpy.mockRestore();
    expect(written).toEqual(['caderneta-2025-03-15.json.gz', 'caderneta-2025-03-15.json.gz']);
  });

  it('asks for persistent storage once', async () => {
    let asked = 0;
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => { asked++; return true; } })).toBe(true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist: async () => { asked++; return true; } })).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});

describe('restore is all or nothing', () => {
  it('a failure in the middle of a restore leaves the current data exactly as it was', async () => {
    const source = await filledDb();
    const parsed = await parseBackup((await exportBackup(source)).bytes);
    const db = await freshDb('target');
    await aCustomer(db, { name: 'Cliente Atual' });
    const before = await snapshot(db);
    const { vi } = await import('vitest');
    const proto = Object.getPrototypeOf(db.payments) as { bulkAdd: (this: { name: string }, ...args: unknown[]) => unknown };
    const original = proto.bulkAdd;
    const spy = vi.spyOn(proto, 'bulkAdd').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'payments') throw new Error('QuotaExceededError simulado');
      return original.apply(this, args);
    });
    await expect(restoreBackup(db, parsed, null)).rejects.toThrow('QuotaExceededError simulado');
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('safety copy name', () => {
  it("uses the machine's local date and time, not UTC", () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Sao_Paulo';
    try {
      expect(localFileStamp(new Date('2026-12-05T01:38:21Z'))).toBe('2026-12-04-22-38-21');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
