import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// Counts final outcomes (skips with their reason) and appends "e2e <passed> <failed> <skipped>"
// to SUMMARY_FILE for .ci/run's one-line total.
export default class SummaryReporter implements Reporter {
  private outcome = new Map<string, string>();
  private reasons: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcome.set(test.id, result.status);
    if (result.status === 'skipped') {
      const why = test.annotations.find((a) => a.type === 'skip')?.description ?? '';
      this.reasons.push(`${test.title}${why ? ` — ${why}` : ''}`);
    }
  }

  onEnd(_result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const s of this.outcome.values()) {
      if (s === 'passed') passed++;
      else if (s === 'skipped') skipped++;
      else failed++;
    }
    for (const r of this.reasons) console.log(`skipped: ${r}`);
    const file = process.env.SUMMARY_FILE;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, `e2e ${passed} ${failed} ${skipped}\n`);
    }
  }
}
