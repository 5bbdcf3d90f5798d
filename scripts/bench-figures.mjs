// The benchmark's figures (issue 9): id, label, unit and target; the summary of the runs and
// the printed table. Shared by scripts/bench.mjs and the smoke test (every id must be there).

/** `max` = the figure must stay at or below the target. Targets without `max` are context only. */
export const FIGURES = [
  { id: 'load_ratio', label: 'load data set: app import / raw IndexedDB put', unit: 'x', max: 1.2 },
  { id: 'load_app_ms', label: '  app import (loadDataset)', unit: 'ms' },
  { id: 'load_raw_ms', label: '  raw IndexedDB put, one transaction', unit: 'ms' },
  { id: 'board_open_ms', label: 'open app until the board is drawn', unit: 'ms', max: 600 },
  { id: 'today_ms', label: "open app until Today's list is drawn", unit: 'ms', max: 400 },
  { id: 'today_read_ms', label: "  Today's read alone (readToday, page open)", unit: 'ms' },
  { id: 'search_p95_ms', label: 'customer search keystroke → results, p95', unit: 'ms', max: 50 },
  { id: 'payment_ms', label: 'payment confirm → saved and screen updated', unit: 'ms', max: 50 },
  { id: 'payment_tx_ms', label: '  receivePayment transaction alone', unit: 'ms' },
  { id: 'commit_floor_ms', label: "  one-row 'strict' commit (disk flush)", unit: 'ms' },
  { id: 'board_data_ratio', label: 'board figures per customer / raw overdue scan', unit: 'x', max: 0.5 },
  { id: 'board_data_app_ms', label: '  summary table (overdueSummaries)', unit: 'ms' },
  { id: 'board_data_raw_ms', label: '  raw getAll [status+dueDate] + aggregation', unit: 'ms' },
  { id: 'board_load_ms', label: '  whole board read (loadBoardData)', unit: 'ms' },
  { id: 'letters_ms', label: '{batch} notice letters → one PDF', unit: 'ms', max: 5000 },
  { id: 'slips_ms', label: '{batch} carnê slips (Pix QR, barcode) → one PDF', unit: 'ms', max: 6000 },
  { id: 'xlsx_ms', label: 'XLSX export (up to 100,000 installments)', unit: 'ms', max: 4000 },
  { id: 'xlsx_read_ms', label: '  its read, up to the first sheet written', unit: 'ms' },
  { id: 'xlsx_raw_read_ms', label: '  raw getAll of the same rows (the floor)', unit: 'ms' },
  { id: 'long_tasks', label: 'main-thread long tasks during the 3 batches', unit: 'n', max: 0 },
  { id: 'heap_after_board_mb', label: 'renderer JS heap after the board (after GC)', unit: 'MB', max: 300 },
  { id: 'worker_peak_mb', label: 'PDF worker peak heap ({batch} slips)', unit: 'MB', max: 400 },
  { id: 'initial_js_gzip_kb', label: 'initial JS before first paint (gzip)', unit: 'KB', max: 200 },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One entry per figure: the raw samples, median, min, max, target and median/target. */
export function summarize(samples, notes, { batch }) {
  return FIGURES.map((f) => {
    const xs = (samples[f.id] ?? []).filter((x) => Number.isFinite(x));
    const med = xs.length ? median(xs) : null;
    const target = f.max ?? null;
    let ratio = null;
    if (med !== null && target !== null) ratio = target === 0 ? (med === 0 ? 0 : null) : med / target;
    const ok = med === null || target === null ? null : med <= target;
    return {
      id: f.id,
      label: f.label.replaceAll('{batch}', batch.toLocaleString('en-US')),
      unit: f.unit,
      runs: xs,
      median: med,
      min: xs.length ? Math.min(...xs) : null,
      max: xs.length ? Math.max(...xs) : null,
      target,
      ratio,
      ok,
      note: notes[f.id] ?? null,
    };
  });
}

function num(x, unit) {
  if (x === null) return '—';
  if (unit === 'x') return `${x.toFixed(2)}x`;
  if (unit === 'n') return String(Math.round(x));
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

/** The table as markdown (readable in a terminal and pasted as is into docs/benchmark.md). */
export function formatTable(figures, meta) {
  const head = `Caderneta bench — ${meta.size} data set, median of ${meta.runs} run(s), Chromium ${meta.chromium}, ${meta.cores} cores, ${meta.date.slice(0, 10)}`;
  const rows = figures.map((f) => {
    const target = f.target === null ? '' : f.target === 0 ? 'none' : `≤ ${num(f.target, f.unit)}`;
    const ratio = f.ratio === null ? (f.target === 0 && f.median ? 'over' : '') : `${f.ratio.toFixed(2)}`;
    const status = f.ok === null ? (f.median === null && f.target !== null ? 'n/a' : '') : f.ok ? 'ok' : 'MISS';
    const unit = f.unit === 'x' || f.unit === 'n' ? '' : ` ${f.unit}`;
    return [f.label, num(f.median, f.unit) + (f.median === null ? '' : unit), num(f.min, f.unit), num(f.max, f.unit), target + (target && unit), ratio, status];
  });
  const header = ['figure', 'median', 'min', 'max', 'target', 'ratio', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const notes = figures.filter((f) => f.note).map((f) => `- ${f.label.trim()}: ${f.note}`);
  return [head, '', line(header), sep, ...rows.map(line), '', ...notes].join('\n');
}

/** docs/benchmark.md: how it was measured, the machine, the table. */
export function formatMarkdown(figures, meta) {
  return [
    '# Benchmark',
    '',
    `Measured with \`npm run bench -- --size ${meta.size} --runs ${meta.runs}\` (scripts/bench.mjs, issue 9): production build,`,
    'headless Chromium, the generated shop loaded through the app\'s own import path, the real screens',
    'driven with Playwright. Median of the runs; ratio = median / target (at most 1 meets the target).',
    '',
    `- Machine: ${meta.cores} cores (${meta.cpu}), Node ${meta.node}`,
    `- Browser: Chromium ${meta.chromium}, headless, on-disk profile`,
    `- Date: ${meta.date.slice(0, 10)}; shop's "today" pinned to ${meta.today}; batches of ${meta.batch}`,
    '',
    formatTable(figures, meta),
    '',
  ].join('\n');
}
