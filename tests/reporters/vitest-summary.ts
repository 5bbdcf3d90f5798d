import type { Reporter, TestModule } from 'vitest/node';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// Writes "unit <passed> <failed> <skipped>" to SUMMARY_FILE so .ci/run can print one total line.
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const s = t.result().state;
        if (s === 'passed') passed++;
        else if (s === 'failed') failed++;
        else skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const file = process.env.SUMMARY_FILE;
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, `unit ${passed} ${failed} ${skipped}\n`);
    }
  }
}
