// The benchmark never rots: `npm run bench` on the tiny data set, one run, must finish and
// report every figure (the figures themselves are not judged here; see docs/benchmark.md).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { test, expect } from './fixtures';
import { FIGURES, type BenchMeta, type Figure } from '../../scripts/bench-figures.mjs';

const run = promisify(execFile);

test('bench smoke: tiny data set, one run, every figure in the JSON', async ({ browserName }) => {
  test.skip(browserName !== 'chromium', 'the bench drives Chromium');
  const out = test.info().outputPath('bench.json');
  // dist/renderer is built by `npm run test:e2e`; the bench builds only its own page.
  await run(process.execPath, ['scripts/bench.mjs', '--size', 'tiny', '--runs', '1', '--keys', '10', '--batch', '10', '--no-build', '--json', out, '--md', test.info().outputPath('bench.md')], { timeout: 55_000 });
  const json = JSON.parse(readFileSync(out, 'utf8')) as { meta: BenchMeta; figures: Figure[] };
  expect(json.meta).toMatchObject({ size: 'tiny', runs: 1 });
  expect(json.meta.errors, 'errors on the bench and app pages').toEqual([]);
  expect(json.figures.map((f) => f.id)).toEqual(FIGURES.map((f) => f.id));
  for (const f of json.figures) {
    expect(f.runs, f.id).toHaveLength(1);
    expect(Number.isFinite(f.median), f.id).toBe(true);
  }
});
