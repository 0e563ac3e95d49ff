#!/usr/bin/env node
// Sums the JSON test reports of a CI run into one line per suite and one closing total, so a reader (or CI)
// sees what ran where at a glance:
//   - every Vitest run of the workspace writes packages/*/.vitest-results/<kind>-<node version>.json
//     (kind: node or browser), summed per kind and Node version over the packages;
//   - the consumer smoke writes .test-results/consumer-smoke/*.json, each with its own `label`.
// Reports use the Jest/Vitest JSON fields (numPassedTests, numFailedTests, numPendingTests, numTodoTests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const KINDS = { node: 'Node-side tests', browser: 'browser tests (Chromium)' };

/** `node-v22.12.0.json` → 'Node-side tests on Node v22.12.0'; an older `node.json` → 'Node-side tests'. */
function labelOf(file) {
  const match = /^(node|browser)(?:-(v[\d.]+))?\.json$/.exec(file);
  if (!match) return `other reports (${file})`;
  const kind = KINDS[match[1]];
  return match[2] === undefined ? kind : `${kind} on Node ${match[2]}`;
}

const suites = new Map();
function add(label, report) {
  const suite = suites.get(label) ?? { passed: 0, failed: 0, skipped: 0, reports: 0 };
  suite.passed += report.numPassedTests ?? 0;
  suite.failed += report.numFailedTests ?? 0;
  suite.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  suite.reports += 1;
  suites.set(label, suite);
}

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
for (const base of ['packages', '.']) {
  for (const pkg of readdirSync(join(root, base))) {
    const dir = join(root, base, pkg, '.vitest-results');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort())
      add(labelOf(file), read(join(dir, file)));
  }
}
const smoke = join(root, '.test-results', 'consumer-smoke');
if (existsSync(smoke))
  for (const file of readdirSync(smoke)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const report = read(join(smoke, file));
    add(`consumer smoke: ${report.label ?? file}`, report);
  }

if (suites.size === 0) {
  console.error('tests: no test reports found (did the test command run?)');
  process.exit(1);
}
const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const [label, suite] of suites) {
  console.log(`tests: ${label}: ${line(suite)}`);
  total.passed += suite.passed;
  total.failed += suite.failed;
  total.skipped += suite.skipped;
}
console.log(`tests: ${line(total)}`);
process.exit(total.failed > 0 || [...suites.values()].some((s) => s.passed === 0) ? 1 : 0);
