// The append-only audit log, and the metadata stamp every row carries. Call these inside the
// repository's transaction so the audit entry commits (or rolls back) with the change.
import type { CadernetaDB } from './schema';
import type { AuditAction, RowMeta, TableName } from './types';
import { newId, nowIso } from './ids';

/** Fresh metadata for a new row. */
export function stampNew(db: CadernetaDB, id: string = newId()): RowMeta {
  const at = nowIso();
  return { id, createdAt: at, updatedAt: at, deviceId: db.device.deviceId };
}

/** Metadata fields to merge into a field-by-field update. */
export function stampUpdate(db: CadernetaDB): { updatedAt: string; deviceId: string } {
  return { updatedAt: nowIso(), deviceId: db.device.deviceId };
}

export interface AuditInput {
  table: TableName;
  rowId: string;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Appends one audit entry; must run inside the caller's 'rw' transaction (with db.audit). */
export async function appendAudit(db: CadernetaDB, e: AuditInput): Promise<string> {
  const meta = stampNew(db);
  await db.audit.add({
    ...meta,
    at: meta.createdAt,
    table: e.table,
    rowId: e.rowId,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
    reason: e.reason ?? null,
  });
  return meta.id;
}

/** Audit entries of one row, oldest first. */
export async function auditOf(db: CadernetaDB, table: TableName, rowId: string) {
  const rows = await db.audit.where('[table+rowId]').equals([table, rowId]).toArray();
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
