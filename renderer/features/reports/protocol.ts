// Messages between the Relatórios screen and its worker.
import type { ReportOptions, ReportsResult } from '@shared/reports/compute';

export type ReportsRequest = { type: 'load'; dbName: string } | { type: 'compute'; id: number; options: ReportOptions };

export type ReportsResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'loaded'; rows: number; ms: number }
  | { type: 'result'; id: number; result: ReportsResult; ms: number }
  | { type: 'error'; id: number | null; message: string };
