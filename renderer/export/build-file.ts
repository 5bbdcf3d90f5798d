// The accountant's file from rows already read: the five tables (shared/export) written as
// one XLSX workbook, or one of them as CSV. Runs inside the reports worker.
import { buildAccountantTables, exportFileStem, stagedAccountantTables, type AccountantTableId } from '@shared/export/accountant';
import type { ExportPeriod } from '@shared/export/context';
import { tableToCsvBytes } from '@shared/export/csv';
import type { DebtLine } from '@shared/reports/debt-lines';
import type { ReportData, RPayment } from '@shared/reports/types';
import type { DeflatePool } from './xlsx/deflate-pool';
import { writeXlsx } from './xlsx/write-xlsx';

export type ExportFormat = 'xlsx' | 'csv';

const TITLE = 'Caderneta — exportação para o contador';

export interface ExportJob {
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

export interface ExportFile {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
  rows: number;
  buildMs: number;
  writeMs: number;
}

export async function buildExportFile(data: ReportData, lines: readonly DebtLine[], job: ExportJob, onProgress?: (p: ExportProgress) => void, pool?: DeflatePool): Promise<ExportFile> {
  const t0 = performance.now();
  onProgress?.({ phase: 'build', done: 0, total: 1 });
  const only = job.format === 'csv' ? [job.table ?? 'resumo'] : undefined;
  const tables = buildAccountantTables(data, job.period, job.generatedOn, only, lines);
  const rows = tables.reduce((s, t) => s + t.rows.length, 0);
  const t1 = performance.now();
  const stem = exportFileStem(job.period);
  let bytes: Uint8Array<ArrayBuffer>;
  let fileName: string;
  if (job.format === 'csv') {
    const table = tables[0];
    if (!table) throw new Error('Tabela desconhecida.');
    bytes = tableToCsvBytes(table);
    fileName = `${stem}-${table.slug}.csv`;
  } else {
    bytes = await writeXlsx(tables, { title: TITLE, onProgress, pool });
    fileName = `${stem}.xlsx`;
  }
  return { bytes, fileName, rows, buildMs: Math.round(t1 - t0), writeMs: Math.round(performance.now() - t1) };
}

/**
 * The workbook for a period with nothing dated after it, from a read in two parts: the sheets
 * without payments are written (and compressed) while the payments are still being read.
 */
export async function buildStagedExportFile(data: ReportData, payments: Promise<readonly RPayment[]>, job: ExportJob, onProgress?: (p: ExportProgress) => void, pool?: DeflatePool): Promise<ExportFile> {
  const t0 = performance.now();
  onProgress?.({ phase: 'build', done: 0, total: 1 });
  const tables = stagedAccountantTables(data, job.period, job.generatedOn, payments);
  const t1 = performance.now();
  const bytes = await writeXlsx(tables, { title: TITLE, onProgress, pool });
  const rows = (await Promise.all(tables)).reduce((s, t) => s + t.rows.length, 0);
  return { bytes, fileName: `${exportFileStem(job.period)}.xlsx`, rows, buildMs: Math.round(t1 - t0), writeMs: Math.round(performance.now() - t1) };
}
