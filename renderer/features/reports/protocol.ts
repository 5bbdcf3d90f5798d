// Messages between the Relatórios screen and its worker (reports and the accountant export).
import type { ReportOptions, ReportsResult } from '@shared/reports/compute';
import type { ExportJob, ExportPhase, ExportTimings } from '../../export/build-file';

export type ReportsRequest = { type: 'init'; dbName: string } | { type: 'compute'; id: number; options: ReportOptions } | { type: 'export'; id: number; job: ExportJob };

export type ReportsResponse =
  | { type: 'progress'; id: number; phase: ExportPhase; done: number; total: number }
  | { type: 'loaded'; rows: number; ms: number }
  | { type: 'result'; id: number; result: ReportsResult; ms: number }
  | { type: 'exported'; id: number; bytes: Uint8Array<ArrayBuffer>; fileName: string; timings: ExportTimings }
  | { type: 'error'; id: number; message: string };
