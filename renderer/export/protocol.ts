// Messages between the page and the accountant-export worker.
import type { AccountantTableId } from '@shared/export/accountant';
import type { ExportPeriod } from '@shared/export/context';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportRequest {
  dbName: string;
  period: ExportPeriod;
  /** The shop's today, written on the summary sheet. */
  generatedOn: string;
  format: ExportFormat;
  /** For CSV: the one table to write. */
  table?: AccountantTableId;
}

export type ExportPhase = 'read' | 'build' | 'rows' | 'compress';

export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportTimings {
  readMs: number;
  buildMs: number;
  writeMs: number;
  totalMs: number;
  rows: number;
}

export type ExportResponse =
  | ({ type: 'progress' } & ExportProgress)
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer>; fileName: string; timings: ExportTimings }
  | { type: 'error'; message: string };
