// An afterEach guard for any test that writes to a Caderneta database (issue 10): every
// database created during the test is reopened and must pass checkInvariants(db).
//
// Usage in a test file:
//   import { guardInvariants } from '../../tests/unit/invariant-guard'; // path from your file
//   guardInvariants();
// A test that corrupts a database on purpose calls exemptFromInvariants(name) for it.
// Databases opened with freshDb() from renderer/db/test-helpers are covered as well as those
// opened with openDb(name) directly: the guard lists IndexedDB itself (fake-indexeddb).
import { afterEach, beforeEach } from 'vitest';
import { CadernetaDB, SCHEMA_VERSION, TABLE_NAMES } from '../../renderer/db/schema';
import { checkInvariants, type Violation } from '../../renderer/db/invariants';

const exempt = new Set<string>();
const watched = new Set<string>();
let before = new Set<string>();

/** The names of every database IndexedDB currently holds. */
export async function databaseNames(): Promise<string[]> {
  const list = await indexedDB.databases();
  return list.flatMap((d) => (d.name ? [d.name] : []));
}

/** Skips the check for a database a test breaks on purpose. */
export function exemptFromInvariants(name: string): void {
  exempt.add(name);
}

/** Also checks a database that existed before the test (e.g. one shared through beforeAll). */
export function watchInvariants(name: string): void {
  watched.add(name);
}

/** The Dexie schema version stored in a database, without upgrading it (null if not Caderneta). */
function cadernetaVersion(name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error ?? new Error(`cannot open ${name}`));
    req.onblocked = () => resolve(null);
    req.onupgradeneeded = () => {
      // The database did not exist (deleted meanwhile): abort the accidental creation.
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const idb = req.result;
      const stores = new Set(Array.from(idb.objectStoreNames));
      const version = idb.version;
      idb.close();
      resolve(TABLE_NAMES.every((t) => stores.has(t)) ? version / 10 : null);
    };
  });
}

/** Invariant violations of one database, by name; [] when healthy or not a Caderneta database. */
export async function violationsOf(name: string): Promise<Violation[]> {
  let version: number | null;
  try {
    version = await cadernetaVersion(name);
  } catch {
    return [];
  }
  if (version !== SCHEMA_VERSION) return [];
  const db = new CadernetaDB(name);
  await db.open();
  try {
    return await checkInvariants(db);
  } finally {
    db.close();
  }
}

function describeViolations(name: string, list: readonly Violation[]): string {
  const lines = list.slice(0, 20).map((v) => `  ${v.rule} ${v.table}/${v.id}: ${v.message}`);
  const more = list.length > 20 ? `\n  … and ${list.length - 20} more` : '';
  return `database "${name}" breaks ${list.length} invariant(s):\n${lines.join('\n')}${more}`;
}

/** Checks the databases created (or watched) since the last call; throws with the details. */
export async function assertInvariantsSince(known: ReadonlySet<string>): Promise<void> {
  const names = (await databaseNames()).filter((n) => (!known.has(n) || watched.has(n)) && !exempt.has(n));
  const problems: string[] = [];
  for (const name of names) {
    const list = await violationsOf(name);
    if (list.length > 0) problems.push(describeViolations(name, list));
  }
  if (problems.length > 0) throw new Error(`checkInvariants failed after the test:\n${problems.join('\n')}`);
}

let registered = false;

/**
 * Registers beforeEach/afterEach hooks: after every test, checkInvariants on its databases.
 * Once per test file (calling it again, e.g. from a setup file and the test, is a no-op).
 */
export function guardInvariants(): void {
  if (registered) return;
  registered = true;
  beforeEach(async () => {
    before = new Set(await databaseNames());
  });
  afterEach(async () => {
    try {
      await assertInvariantsSince(before);
    } finally {
      exempt.clear();
    }
  });
}
