// Backups under attack (issue 10), beyond renderer/db/backup.test.ts: a whole demo shop
// round-trips identically; thousands of seeded random corruptions of a real backup file
// (bytes flipped, cut, inserted, JSON edited without the checksum, headers from the future,
// foreign JSON and other file types) are all refused with a clear Portuguese message or — when
// the damage hit a byte nothing reads (gzip's timestamp) — give back exactly the same data;
// and password-protected backups (renderer/db/backup-crypto.ts) refuse a wrong password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDb, TABLE_NAMES, type CadernetaDB } from '../../renderer/db/schema';
import { exportBackup, parseBackup, restoreBackup, BACKUP_FORMAT_VERSION } from '../../renderer/db/backup';
import { decryptBackup, encryptBackup, isEncryptedBackup, MIN_ITERATIONS, DEFAULT_ITERATIONS } from '../../renderer/db/backup-crypto';
import { loadDataset } from '../../renderer/db/import';
import { generateDataset } from '../../renderer/db/demo/generator';
import { createCustomer } from '../../renderer/db/customers';
import { createCreditSale } from '../../renderer/db/sales';
import { receivePayment, reversePayment } from '../../renderer/db/payments';
import { renegotiateDebt } from '../../renderer/db/agreements';
import { isRepoError } from '../../renderer/db/errors';
import { sha256Hex } from '../../renderer/db/hash';
import { gzip } from '../../renderer/db/gzip';
import { checkInvariants } from '../../renderer/db/invariants';
import { guardInvariants } from './invariant-guard';

guardInvariants();

const LONG = process.env.RELIABILITY_LONG === '1';
const SEED = Number(process.env.RELIABILITY_SEED ?? 20_251_125);
const TODAY = '2025-09-30';
/** Every refusal must say one of these (the messages of parseBackup / decryptBackup). */
const CLEAR = /vazio|grande demais|incompleto ou corrompido|não é um backup|soma de verificação não confere|versão mais nova|dados inválidos|inconsistente|nada a restaurar|Senha incorreta/;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

let seq = 0;
let shop: CadernetaDB;
let gz: Uint8Array;
let plain: string;
let demoGz: Uint8Array;
let tablesCanon: string;
const counts = { refused: 0, harmless: 0 };
afterAll(() => console.log(`reliability-backups: ${counts.refused} damaged or foreign files refused, ${counts.harmless} harmless changes gave identical data`));

/** JSON with object keys sorted, so equal data compares equal whatever the key order. */
function canon(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
}

/** Rows of every table except this device's local meta rows, sorted by id. */
async function contents(db: CadernetaDB): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) {
    if (t === 'meta') continue;
    out[t] = ((await db.table(t).toArray()) as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return canon(out);
}

/** A shop with repository-written rows, on top of a generated book of the given size. */
async function buildShop(size: 'tiny' | 'demo'): Promise<CadernetaDB> {
  const db = await openDb(`backups-shop-${++seq}`);
  await loadDataset(db, generateDataset({ today: TODAY, size, seed: 99 }), TODAY);
  // Rows written by the repositories too, with text that must survive byte for byte.
  const c = await createCustomer(db, { name: 'Zoë <b>Ação</b> 😀 "aspas" ; =1+1 שלום', notes: 'linha 1\nlinha 2\ttab \\ barra' });
  await createCreditSale(db, { customerId: c.id, date: '2025-07-01', totalCents: 123_457, downPaymentCents: 1, plan: { kind: 'plan', count: 7, firstDueDate: '2025-08-01' } }, '2025-07-01');
  const p = await receivePayment(db, { customerId: c.id, amountCents: 30_000, method: 'dinheiro' }, '2025-09-10');
  await reversePayment(db, p.payment.id, 'Nota falsa', '2025-09-11');
  await renegotiateDebt(db, { customerId: c.id, count: 3, firstDueDate: '2025-10-15' }, TODAY);
  return db;
}

beforeAll(async () => {
  shop = await buildShop('demo');
  demoGz = (await exportBackup(shop, { appVersion: '9.8.7' })).bytes;
  // The corruption fuzz works on a smaller shop so that each of its attempts stays fast.
  const small = await buildShop('tiny');
  gz = (await exportBackup(small, { appVersion: '9.8.7' })).bytes;
  plain = text((await exportBackup(small, { gzip: false })).bytes);
  tablesCanon = canon((JSON.parse(plain) as { tables: unknown }).tables);
  small.close();
}, 60_000);

afterAll(() => shop.close());

describe('round trip', () => {
  it('a whole demo shop restores identically, keeps its invariants and exports the same tables again', async () => {
    const parsed = await parseBackup(demoGz);
    expect(parsed.appVersion).toBe('9.8.7');
    expect(parsed.counts.customers).toBe(61);
    const other = await openDb(`backups-restore-${++seq}`);
    await restoreBackup(other, parsed, null);
    expect(await contents(other)).toBe(await contents(shop));
    expect(await checkInvariants(other)).toEqual([]);
    const again = JSON.parse(text((await exportBackup(other, { gzip: false })).bytes)) as { sha256: string; tables: Record<string, unknown[]> };
    const first = JSON.parse(text((await exportBackup(shop, { gzip: false })).bytes)) as { tables: Record<string, unknown[]> };
    expect(canon(again.tables)).toBe(canon(first.tables));
    const name = (again.tables.customers as { name: string }[]).find((c) => c.name.startsWith('Zoë'))?.name;
    expect(name).toBe('Zoë <b>Ação</b> 😀 "aspas" ; =1+1 שלום');
    other.close();
  });
});

type Outcome = 'refused' | 'harmless';

/** parseBackup must refuse cleanly, or return exactly the original tables. */
async function judge(bytes: Uint8Array, label: string): Promise<Outcome> {
  try {
    const b = await parseBackup(bytes);
    expect(canon(b.tables), `${label}: accepted with different data`).toBe(tablesCanon);
    counts.harmless++;
    return 'harmless';
  } catch (e) {
    if (!isRepoError(e)) throw new Error(`${label}: crashed instead of refusing: ${String(e)}`, { cause: e });
    expect(e.code).toBe('bad_backup');
    expect(e.message, label).toMatch(CLEAR);
    counts.refused++;
    return 'refused';
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), len: fc.integer({ min: 1, max: 64 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(src: Uint8Array, m: Mutation): Uint8Array {
  const at = Math.floor(m.at * src.byteLength);
  switch (m.kind) {
    case 'cut':
      return src.slice(0, Math.min(at, src.byteLength - 1));
    case 'flip': {
      const out = src.slice();
      out[at] = (out[at] ?? 0) ^ m.xor;
      return out;
    }
    case 'insert':
      return new Uint8Array([...src.subarray(0, at), ...m.bytes, ...src.subarray(at)]);
    case 'drop':
      return new Uint8Array([...src.subarray(0, at), ...src.subarray(Math.min(src.byteLength, at + m.len))]);
  }
}

const RUNS = LONG ? 2_000 : 150;

describe('damaged files', () => {
  it(`${RUNS} random corruptions of the gzip file: refused or identical (seed ${SEED})`, async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        if ((await judge(mutate(gz, m), `gzip ${JSON.stringify(m)}`)) === 'refused') refused++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS * 0.8);
  }, 120_000);

  it(`${RUNS} random corruptions of the plain JSON file: always refused (seed ${SEED + 1})`, async () => {
    const bytes = utf8(plain);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const damaged = mutate(bytes, m);
        const outcome = await judge(damaged, `plain ${JSON.stringify(m)}`);
        // Only a change inside JSON whitespace-free text that decodes to the same tables can
        // be harmless; the export has no such bytes outside the header's free-text fields.
        if (outcome === 'harmless') expect(text(damaged)).not.toBe(plain);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, 120_000);

  it('any value in the tables edited without updating the checksum is refused', async () => {
    const original = JSON.parse(plain) as { tables: Record<string, Record<string, unknown>[]> };
    const tables = Object.entries(original.tables).filter(([, rows]) => rows.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.nat(), fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean()), async (ti, ri, fi, value) => {
        const o = JSON.parse(plain) as { tables: Record<string, Record<string, unknown>[]> };
        const [name] = tables[ti % tables.length] ?? ['customers'];
        const rows = o.tables[name] ?? [];
        const row = rows[ri % rows.length];
        if (!row) return;
        const keys = Object.keys(row);
        const key = keys[fi % keys.length] ?? 'id';
        if (JSON.stringify(row[key]) === JSON.stringify(value)) return;
        row[key] = value;
        const edited = utf8(JSON.stringify(o));
        await expect(parseBackup(edited)).rejects.toThrow(/soma de verificação não confere/);
        await expect(parseBackup(await gzip(edited))).rejects.toThrow(/soma de verificação não confere/);
        counts.refused += 2;
      }),
      { seed: SEED + 2, numRuns: LONG ? 1_000 : 100 },
    );
  }, 120_000);

  it('headers from the future, foreign formats and lying counts are refused by name', async () => {
    const rewrite = async (edit: (o: Record<string, unknown>) => void): Promise<Uint8Array> => {
      const o = JSON.parse(plain) as Record<string, unknown>;
      edit(o);
      o.sha256 = await sha256Hex(JSON.stringify(o.tables) ?? '');
      return gzip(utf8(JSON.stringify(o)));
    };
    const cases: [string, (o: Record<string, unknown>) => void, RegExp][] = [
      ['format version + 1', (o) => { o.formatVersion = BACKUP_FORMAT_VERSION + 1; }, /versão mais nova/],
      ['format version 2^31', (o) => { o.formatVersion = 2 ** 31; }, /versão mais nova/],
      ['schema version from the future', (o) => { o.schemaVersion = 99; }, /versão mais nova/],
      ['format version as text', (o) => { o.formatVersion = '1'; }, /não é um backup/],
      ['format version 0', (o) => { o.formatVersion = 0; }, /não é um backup/],
      ['format version 1.5', (o) => { o.formatVersion = 1.5; }, /não é um backup/],
      ['other program', (o) => { o.format = 'outro-programa'; }, /não é um backup/],
      ['no tables', (o) => { delete o.tables; }, /incompleto ou corrompido|não confere/],
      ['tables is an array', (o) => { o.tables = []; }, /incompleto ou corrompido/],
      ['counts lie', (o) => { (o.counts as Record<string, number>).payments = 1; }, /incompleto ou corrompido/],
      ['no counts', (o) => { delete o.counts; }, /incompleto ou corrompido/],
      ['payment with a fractional amount', (o) => { ((o.tables as Record<string, Record<string, unknown>[]>).payments?.[0] ?? {}).amountCents = 10.5; }, /dados inválidos/],
      ['customer named with 10,000 characters', (o) => { ((o.tables as Record<string, Record<string, unknown>[]>).customers?.[0] ?? {}).name = 'x'.repeat(10_000); }, /dados inválidos/],
      ['duplicated customer', (o) => { const t = o.tables as Record<string, unknown[]>; t.customers = [...(t.customers ?? []), t.customers?.[0]]; (o.counts as Record<string, number>).customers = t.customers.length; }, /inconsistente: registro repetido/],
      ['payment of a customer that is not there', (o) => { ((o.tables as Record<string, Record<string, unknown>[]>).payments?.[0] ?? {}).customerId = 'FANTASMA'; }, /inconsistente/],
      ['__proto__ rows', (o) => { (o.tables as Record<string, unknown>).customers = JSON.parse('[{"__proto__":{"polluted":true}}]'); (o.counts as Record<string, number>).customers = 1; }, /dados inválidos/],
    ];
    for (const [label, edit, message] of cases) {
      await expect(parseBackup(await rewrite(edit)), label).rejects.toThrow(message);
      counts.refused++;
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('foreign JSON and other files are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        const json = utf8(JSON.stringify(v) ?? 'null');
        expect(await judge(json, `json ${JSON.stringify(v)}`)).toBe('refused');
        expect(await judge(await gzip(json), 'gzip json')).toBe('refused');
      }),
      { seed: SEED + 3, numRuns: LONG ? 500 : 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 4_096 }), async (b) => {
        expect(await judge(b, 'random bytes')).toBe('refused');
        expect(await judge(new Uint8Array([0x1f, 0x8b, ...b]), 'random bytes behind a gzip signature')).toBe('refused');
      }),
      { seed: SEED + 4, numRuns: LONG ? 500 : 60 },
    );
    const others: [string, Uint8Array][] = [
      ['PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['PDF', utf8('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF')],
      ['XLSX (zip)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0])],
      ['UTF-16 backup text', new Uint8Array([0xff, 0xfe, ...[...plain.slice(0, 200)].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])])],
      ['CSV', utf8('nome;cpf;saldo\nMaria;529.982.247-25;100,00\n')],
      ['HTML with script', utf8('<html><script>alert(1)</script></html>')],
      ['backup twice', utf8(plain + plain)],
      ['whitespace only', utf8('   \n\t ')],
    ];
    for (const [label, bytes] of others) expect(await judge(bytes, label), label).toBe('refused');
    // A backup re-saved by a text editor with a UTF-8 BOM is still the same backup.
    expect(await judge(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plain)]), 'BOM + backup')).toBe('harmless');
  }, 120_000);

  it.skipIf(!LONG)('a gzip bomb (over 512 MB inflated) is refused without running out of memory', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const chunk = await gzip(zeros);
    // Concatenated gzip members inflate one after the other: 9 x 64 MB = 576 MB.
    const bomb = new Uint8Array(Array.from({ length: 9 }, () => [...chunk]).flat());
    await expect(parseBackup(bomb)).rejects.toThrow(/grande demais/);
  }, 300_000);
});

describe('password-protected backups (AES-GCM, PBKDF2)', () => {
  const PASSWORD = 'Caderneta da Loja 2025';
  const fast = { iterations: MIN_ITERATIONS };

  it('round trip: encrypted, decrypted, parsed and restored identically', async () => {
    const enc = await encryptBackup(demoGz, PASSWORD, fast);
    expect(isEncryptedBackup(enc)).toBe(true);
    expect(isEncryptedBackup(demoGz)).toBe(false);
    // The ciphertext gives nothing away and the same file never encrypts twice the same.
    expect(text(enc).includes('Zoë')).toBe(false);
    expect(Buffer.from(await encryptBackup(demoGz, PASSWORD, fast)).equals(Buffer.from(enc))).toBe(false);
    // An encrypted file handed to the ordinary restore is refused, not misread.
    await expect(parseBackup(enc)).rejects.toThrow(/não é um backup/);
    const dec = await decryptBackup(enc, PASSWORD);
    expect(Buffer.from(dec).equals(Buffer.from(demoGz))).toBe(true);
    const other = await openDb(`backups-crypto-${++seq}`);
    await restoreBackup(other, await parseBackup(dec), null);
    expect(await contents(other)).toBe(await contents(shop));
    other.close();
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const enc = await encryptBackup(utf8('x'), PASSWORD);
    expect(new DataView(enc.buffer).getUint32(9)).toBe(DEFAULT_ITERATIONS);
  });

  it('a wrong, empty or differently-typed password is refused cleanly; NFC forms match', async () => {
    const enc = await encryptBackup(gz, 'São João 2025', fast);
    for (const wrong of ['são joão 2025', 'São João 2025 ', 'Sao Joao 2025', 'x']) {
      await expect(decryptBackup(enc, wrong), wrong).rejects.toThrow(/Senha incorreta/);
    }
    await expect(decryptBackup(enc, '')).rejects.toThrow(/Informe a senha/);
    // "ã" typed as a + combining tilde is the same password.
    const decomposed = 'São João 2025'.normalize('NFD');
    expect(decomposed).not.toBe('São João 2025');
    expect((await decryptBackup(enc, decomposed)).byteLength).toBe(gz.byteLength);
    await expect(encryptBackup(gz, 'curta', fast)).rejects.toThrow(/ao menos 8 caracteres/);
    await expect(encryptBackup(gz, '', fast)).rejects.toThrow(/Informe a senha/);
  });

  it('any damage to header or body, and absurd iteration counts, are refused', async () => {
    const enc = await encryptBackup(utf8(plain.slice(0, 2_000)), PASSWORD, fast);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 8, max: enc.byteLength - 1 }), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const bad = enc.slice();
        bad[at] = (bad[at] ?? 0) ^ xor;
        await expect(decryptBackup(bad, PASSWORD)).rejects.toThrow(/Senha incorreta|incompleto ou corrompido|versão mais nova/);
        counts.refused++;
      }),
      // Each attempt derives a key: keep the count modest.
      { seed: SEED + 5, numRuns: LONG ? 200 : 12 },
    );
    await expect(decryptBackup(enc.slice(0, 50), PASSWORD)).rejects.toThrow(/incompleto ou corrompido/);
    await expect(decryptBackup(enc.slice(0, enc.byteLength - 1), PASSWORD)).rejects.toThrow(/Senha incorreta/);
    const slow = enc.slice();
    new DataView(slow.buffer).setUint32(9, 0xffffffff);
    await expect(decryptBackup(slow, PASSWORD)).rejects.toThrow(/incompleto ou corrompido/);
    const weak = enc.slice();
    new DataView(weak.buffer).setUint32(9, 1);
    await expect(decryptBackup(weak, PASSWORD)).rejects.toThrow(/incompleto ou corrompido/);
    const future = enc.slice();
    future[8] = 2;
    await expect(decryptBackup(future, PASSWORD)).rejects.toThrow(/versão mais nova/);
    await expect(decryptBackup(gz, PASSWORD)).rejects.toThrow(/não é um backup protegido/);
  }, 60_000);
});
