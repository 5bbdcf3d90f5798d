// The schema's current version, as a literal: the opening screen's early read (app/early-read.ts)
// checks the stored store against it without loading Dexie and the migrations. migrations.test.ts
// holds it equal to the newest entry of VERSIONS, and schema.ts refuses to load otherwise.
export const SCHEMA_VERSION = 6;

/** Is this native connection's store at the current schema? (Dexie opens version n as native
 *  version n * 10.) An older one waits for Dexie's migration. */
export function isCurrentStore(idb: IDBDatabase): boolean {
  return idb.version === SCHEMA_VERSION * 10;
}
