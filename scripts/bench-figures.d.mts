export interface FigureSpec {
  id: string;
  label: string;
  unit: 'x' | 'ms' | 'n' | 'MB' | 'KB';
  /** The figure must stay at or below this; absent for context-only figures. */
  max?: number;
}

export interface Figure {
  id: string;
  label: string;
  unit: string;
  runs: number[];
  median: number | null;
  min: number | null;
  max: number | null;
  target: number | null;
  ratio: number | null;
  ok: boolean | null;
  note: string | null;
}

export const FIGURES: readonly FigureSpec[];
export function summarize(samples: Record<string, number[]>, notes: Record<string, string>, opts: { batch: number }): Figure[];
export interface BenchMeta {
  date: string;
  size: string;
  runs: number;
  batch: number;
  today: string;
  cores: number;
  cpu: string;
  chromium: string;
  node: string;
  errors: string[];
}
export function formatTable(figures: readonly Figure[], meta: BenchMeta): string;
export function formatMarkdown(figures: readonly Figure[], meta: BenchMeta): string;
