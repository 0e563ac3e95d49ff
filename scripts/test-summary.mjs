#!/usr/bin/env node
// Sums the JSON reports every Vitest run writes (packages/*/.vitest-results/*.json) into one closing line
// `tests: N passed, N failed, N skipped`, so a reader (or CI) sees the whole suite's count at a glance.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
let files = 0;
for (const base of ['packages', '.']) {
  for (const pkg of readdirSync(join(root, base))) {
    const dir = join(root, base, pkg, '.vitest-results');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      files += 1;
    }
  }
}
if (files === 0) {
  console.error('tests: no Vitest reports found (did the test command run?)');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
