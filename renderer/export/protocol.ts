// Messages between the page and the standalone accountant-export worker (export.worker.ts),
// for callers outside the Relatórios screen (which exports from its own worker's rows).
import type { AccountantTableId } from '@shared/export/accountant';
import type { ExportPeriod } from '@shared/export/context';
import type { ExportFormat, ExportProgress, ExportTimings } from './build-file';

export type { ExportFormat, ExportPhase, ExportProgress, ExportTimings } from './build-file';

export interface ExportRequest {
  dbName: string;
  period: ExportPeriod;
  /** The shop's today, written on the summary sheet. */
  generatedOn: string;
  format: ExportFormat;
  /** For CSV: the one table to write. */
  table?: AccountantTableId;
}

export type ExportResponse =
  | ({ type: 'progress' } & ExportProgress)
  | { type: 'done'; bytes: Uint8Array<ArrayBuffer>; fileName: string; timings: ExportTimings }
  | { type: 'error'; message: string };
