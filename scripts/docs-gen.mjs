#!/usr/bin/env node
// Generates docs/scan-semantics.md from the model's rule and error catalogues and the repository's test titles.
//
//   pnpm docs:gen                       write docs/scan-semantics.md
//   pnpm docs:gen --check               exit 1 (with a hint) when the committed file differs from the catalogues
//                                       (both also refresh / check the packages' doc copies: scripts/package-docs.mjs)
//   node scripts/docs-gen.mjs --stdout  print instead of writing
//   node scripts/docs-gen.mjs --check --file <path>   compare another file (used by the test)
//
// Runs without a build: the model's TypeScript sources are transpiled with the workspace's `typescript`
// (see scripts/docs-gen/load-model.mjs). The output is deterministic: sorted, no dates, POSIX paths.
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRuleTests } from './docs-gen/find-tests.mjs';
import { loadModel } from './docs-gen/load-model.mjs';
import {
  renderDescriptions,
  renderErrors,
  renderInspector2Fragments,
  renderRules,
} from './docs-gen/render-catalogues.mjs';
import { ENHANCED_DIAGRAM, renderBasicVsEnhanced } from './docs-gen/render-enhanced.mjs';
import { QUOTA_TIMELINE, renderStatusTable, STATE_DIAGRAM } from './docs-gen/render-lifecycle.mjs';
import { renderOptions } from './docs-gen/render-options.mjs';
import { CLOCK, header, notModelled } from './docs-gen/render-prose.mjs';
import { renderScanning } from './docs-gen/render-scanning.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_OUT = resolve(repoRoot, 'docs', 'scan-semantics.md');

async function generate() {
  const model = await loadModel(repoRoot);
  const ruleIds = model.RULES.map((r) => r.id);
  const { byRule, unknownIds } = await findRuleTests(repoRoot, ruleIds);
  const counts = {
    rules: ruleIds.length,
    topics: new Set(ruleIds.map((id) => id[0])).size,
    tested: [...byRule.values()].filter((files) => files.length > 0).length,
    codes: Object.keys(model.ERROR_CODES).length,
    messages: Object.keys(model.MESSAGES).length,
  };
  const text = [
    header(counts),
    '## Life cycle of a basic scan',
    'Every arrow is one API call or the passing of clock time; the labels cite the rules below.',
    STATE_DIAGRAM,
    renderStatusTable(model),
    '## The two quota windows',
    QUOTA_TIMELINE,
    '## Which repositories are scanned',
    renderScanning(model),
    '## Life cycle of an enhanced scan',
    'Under ENHANCED scanning Amazon Inspector scans the images of the repositories a rule matches; the simulator derives every state from the clock when read (no timers). The options are `enhanced.*` ([Simulator options](#simulator-options)).',
    ENHANCED_DIAGRAM,
    '### Basic and enhanced scanning side by side',
    renderBasicVsEnhanced(),
    '## Rules',
    'Grouped by topic. **Tests** lists the test files whose test or `describe` titles start with the rule ID.',
    renderRules(model, byRule).trimEnd(),
    '## Error catalogue',
    'Every exception the project can produce (HTTP status, fault as the SDK reports it in `$fault`) and every ' +
      'message template; `<name>` marks a placeholder, and `ecrErrors.<message id>(…)` builds the error. The wire format is rule [W1](#rule-w1).',
    renderErrors(model),
    '### Scan status descriptions',
    renderDescriptions(model),
    '### Amazon Inspector2',
    'The Inspector2 view has its own catalogue (`INSPECTOR2_ERROR_CODES`, `INSPECTOR2_MESSAGES` in ' +
      'packages/model/src/errors/inspector2-catalogue.ts; `inspector2Errors.<message id>(…)` builds the error): ' +
      'restJson1 carries the status of each error shape, the name in `x-amzn-errortype` and the members in the body ' +
      '(rule [W4](#rule-w4)). See also [ecr-and-inspector.md](ecr-and-inspector.md).',
    renderErrors(model, model.INSPECTOR2_ERROR_CODES, model.INSPECTOR2_MESSAGES),
    '#### Inspector2 message fragments',
    renderInspector2Fragments(model),
    '## Simulator options',
    'Options of `createSimulator(options)` (`SimulatorOptions` in packages/simulator/src/glossary.ts); an invalid value throws a `TypeError`. The server CLI has a flag for each ([server.md](server.md)).',
    await renderOptions(model, repoRoot),
    '## Clock semantics',
    CLOCK,
    '## Not modelled',
    notModelled(),
  ].join('\n\n');
  return { text: `${text}\n`, unknownIds, topics: model.RULE_TOPICS };
}

/** The first differing line, cut to the neighbourhood of its first differing character (table rows are long). */
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] === b[i]) continue;
    const x = a[i] ?? '<end of file>';
    const y = b[i] ?? '<end of file>';
    let at = 0;
    while (at < x.length && x[at] === y[at]) at += 1;
    const from = Math.max(0, at - 40);
    const cut = (s) => `${from > 0 ? '…' : ''}${s.slice(from, at + 80)}${s.length > at + 80 ? '…' : ''}`;
    return { line: i + 1, column: at + 1, expected: cut(x), actual: cut(y) };
  }
  return null;
}

async function main(argv) {
  const check = argv.includes('--check');
  const fileIndex = argv.indexOf('--file');
  const target = fileIndex >= 0 ? resolve(argv[fileIndex + 1] ?? '') : DEFAULT_OUT;
  const { text, unknownIds, topics } = await generate();
  if (argv.includes('--stdout')) {
    process.stdout.write(text);
    return 0;
  }
  const name = relative(repoRoot, target).split('\\').join('/');
  if (check) {
    let current = null;
    try {
      current = (await readFile(target, 'utf8')).replaceAll('\r\n', '\n');
    } catch {
      console.error(`[ecr-scan-sim] ${name} is missing. Run \`pnpm docs:gen\` and commit the result.`);
      return 1;
    }
    const diff = firstDifference(text, current);
    if (diff === null) {
      console.log(`docs:gen: ${name} is up to date`);
      return 0;
    }
    console.error(
      `[ecr-scan-sim] ${name} is out of date (first difference at line ${diff.line}, column ${diff.column}).\n` +
        `  expected: ${diff.expected}\n  found:    ${diff.actual}\n` +
        'Run `pnpm docs:gen` and commit the result.',
    );
    return 1;
  }
  await writeFile(target, text);
  // Only IDs of a rule topic can be typos (titles may also cite decisions such as D16).
  for (const id of unknownIds.filter((u) => Object.hasOwn(topics, u[0])))
    console.warn(`docs:gen: note: a test title cites ${id}, which is not in RULES`);
  console.log(`docs:gen: wrote ${name}`);
  return 0;
}

const argv = process.argv.slice(2);
process.exitCode = await main(argv);
// The packages ship copies of the docs their READMEs link to (the model's is docs/scan-semantics.md): refresh or
// check them in the same run, unless another file was named.
if (process.exitCode === 0 && !argv.includes('--file') && !argv.includes('--stdout')) {
  const { packageDocs } = await import('./package-docs.mjs');
  const problems = await packageDocs({ check: argv.includes('--check') });
  for (const problem of problems)
    console.error(`[ecr-scan-sim] ${problem}: run \`pnpm docs:gen\` and commit the result.`);
  if (problems.length > 0) process.exitCode = 1;
  else console.log(`docs:gen: packages/*/docs/ ${argv.includes('--check') ? 'are up to date' : 'refreshed'}`);
}
