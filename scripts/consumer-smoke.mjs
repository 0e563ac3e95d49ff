#!/usr/bin/env node
// Consumer smoke test: packs the public packages once, installs the tarballs into fresh npm projects outside the
// workspace (os.tmpdir(), plain npm, no workspace links), one per test stack we claim (msw 2 + Vitest 4,
// msw 3 + Vitest 5, Jest 30 + ts-jest; scripts/consumer-smoke/combinations.mjs), type-checks each with strict
// `tsc`, and runs it on every Node binary given. This proves the published shape (exports map, .d.ts files, ESM
// resolution, dependency ranges after `pnpm pack` rewrote workspace:^) and that the docs' snippets work as shown.
//
//   node scripts/consumer-smoke.mjs [--node <node>,<node>] [--combos msw3-vitest5,jest30] [--only model,wire]
//                                   [--tarballs <dir>] [--keep] [--verbose]
//
// --node: the Node binaries to run on (default: this one). Installs and tsc run once per project, on this Node.
// --tarballs: use the tarballs the release check left in <dir> (`release-check.mjs --tarballs <dir>`).
// Each public package has a check in scripts/consumer-smoke/<folder>.ts that exports `check(): Promise<string>`;
// a public package without one fails the run. Needs a build (`pnpm build`). Writes one report per project and
// Node to .test-results/consumer-smoke/ for scripts/test-summary.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { combinations, commonDependencies } from './consumer-smoke/combinations.mjs';
import { snippetTest } from './consumer-smoke/snippet-tests.mjs';
import {
  assertBuilt,
  onlyArgument,
  pack,
  publicPackages,
  repoRoot,
  run,
  tarballName,
} from './release/public-packages.mjs';

const FIXTURES = join(repoRoot, 'scripts', 'consumer-smoke');
const REPORTS = join(repoRoot, '.test-results', 'consumer-smoke');
const VERBOSE = process.argv.includes('--verbose');
/** A run that takes longer than this is stuck (a hang is a failure, not a wait). */
const RUN_TIMEOUT_MS = 5 * 60_000;

const listArgument = (argv, flag) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : [];
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command with `node` first on PATH; throws with its output when it fails or hangs. */
async function step(label, command, args, cwd, node = process.execPath) {
  const started = performance.now();
  const env = {
    ...process.env,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`,
  };
  const result = await run(command, args, { cwd, env, timeout: RUN_TIMEOUT_MS, killSignal: 'SIGKILL' });
  const ms = performance.now() - started;
  if (result.code !== 0)
    throw new Error(
      `[ecr-scan-sim] consumer smoke: ${label} failed (exit ${result.code}` +
        `${ms >= RUN_TIMEOUT_MS ? `, stopped after ${seconds(ms)}` : ''}):\n${result.output.trim()}`,
    );
  if (VERBOSE) console.log(`  ${label}: ${seconds(ms)}`);
  return { output: result.output, ms };
}

/** The per-package checks as tests of the project's runner (one test each). */
function checksTest(folders, runner) {
  const from = runner === 'jest' ? '@jest/globals' : 'vitest';
  const imports = folders.map((f, i) => `import { check as check${i} } from './${f}.js';`);
  const tests = folders.map(
    (f, i) => `  it('${f}', async () => {\n    console.log(\`${f}: \${await check${i}()}\`);\n  }, 60_000);`,
  );
  return `import { describe, it } from '${from}';\n${imports.join('\n')}\n\ndescribe('the packed packages', () => {\n${tests.join('\n')}\n});\n`;
}

/** The per-package checks as a plain Node program (no test framework, no loader hooks). */
function mainSource(folders) {
  const imports = folders.map((f, i) => `import { check as check${i} } from './${f}.js';`);
  const entries = folders.map((f, i) => `  ['${f}', check${i}],`);
  return `${imports.join('\n')}\n\nconst checks: [string, () => Promise<string>][] = [\n${entries.join('\n')}\n];\nfor (const [name, check] of checks) console.log(\`  \${name}: \${await check()}\`);\n`;
}

/** Writes one project, installs it and type-checks it. */
async function prepare(combo, { root, tarballs, folders, common }) {
  const dir = join(root, combo.id);
  await mkdir(join(dir, 'src', 'docs'), { recursive: true });
  const extra = await combo.files();
  const manifest = { name: `ecr-scan-sim-smoke-${combo.id}`, private: true, type: 'module' };
  const fields = extra.get('package.json fields');
  extra.delete('package.json fields');
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ ...manifest, ...(fields ? JSON.parse(fields) : {}) }, null, 2)}\n`,
  );
  if (combo.tsconfig)
    await writeFile(join(dir, 'tsconfig.json'), `${JSON.stringify(combo.tsconfig, null, 2)}\n`);
  for (const file of ['assert.ts', 'unmatched.ts', ...folders.map((f) => `${f}.ts`)])
    await cp(join(FIXTURES, file), join(dir, 'src', file));
  await cp(join(FIXTURES, `msw${combo.mswMajor}`, 'msw-listen.ts'), join(dir, 'src', 'msw-listen.ts'));
  await writeFile(join(dir, 'src', 'checks.test.ts'), checksTest(folders, combo.runner));
  if (combo.runner === 'vitest') await writeFile(join(dir, 'src', 'main.ts'), mainSource(folders));
  for (const spec of combo.snippets) {
    const { file, text } = await snippetTest(spec, combo.runner);
    await writeFile(join(dir, 'src', file), text);
  }
  for (const [file, text] of extra) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  const install = await step(
    `${combo.label}: npm install`,
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'].concat(
      tarballs,
      common,
      combo.dependencies,
    ),
    dir,
  );
  const tsc = await step(
    `${combo.label}: tsc (strict)`,
    process.execPath,
    [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    dir,
  );
  return { combo, dir, installMs: install.ms, tscMs: tsc.ms };
}

/** Runs one prepared project on one Node; returns the counts for the report. */
async function runOn(project, node, version) {
  const { combo, dir } = project;
  const report = join(dir, `report-${version}.json`);
  const label = `${combo.label} on Node ${version}`;
  const started = performance.now();
  let checks = 0;
  if (combo.runner === 'vitest') {
    const plain = await step(`${label}: node dist/main.js`, node, ['dist/main.js'], dir, node);
    checks = plain.output.split('\n').filter((l) => /^ {2}\S+: /.test(l)).length;
    await step(
      `${label}: vitest run`,
      node,
      [
        join('node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--dir',
        'src',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ],
      dir,
      node,
    );
  } else {
    // The recipe's own command: `npm test` (node --experimental-vm-modules node_modules/jest/bin/jest.js).
    await step(`${label}: npm test`, 'npm', ['test', '--', '--json', `--outputFile=${report}`], dir, node);
  }
  const result = JSON.parse(await readFile(report, 'utf8'));
  const counts = {
    label: `${label} (${result.numPassedTests} ${combo.runner === 'jest' ? 'Jest' : 'Vitest'} tests${
      checks > 0 ? ` + ${checks} checks under plain node` : ''
    })`,
    numPassedTests: result.numPassedTests + checks,
    numFailedTests: result.numFailedTests,
    numPendingTests: result.numPendingTests ?? 0,
    numTodoTests: result.numTodoTests ?? 0,
  };
  await mkdir(REPORTS, { recursive: true });
  await writeFile(join(REPORTS, `${combo.id}.${version}.json`), `${JSON.stringify(counts, null, 2)}\n`);
  console.log(
    `consumer smoke: ${counts.label}: ${counts.numPassedTests} passed (${seconds(performance.now() - started)})`,
  );
  return counts;
}

async function main(argv) {
  const started = performance.now();
  const packages = await publicPackages(onlyArgument(argv));
  if (packages.length === 0) throw new Error('[ecr-scan-sim] consumer smoke: no public packages found');
  for (const pkg of packages) assertBuilt(pkg);
  const missing = packages.filter((p) => !existsSync(join(FIXTURES, `${p.folder}.ts`)));
  if (missing.length > 0)
    throw new Error(
      `[ecr-scan-sim] consumer smoke: no check for ${missing.map((p) => p.manifest.name).join(', ')}: ` +
        'add scripts/consumer-smoke/<folder>.ts exporting check()',
    );
  const nodes = listArgument(argv, '--node');
  if (nodes.length === 0) nodes.push(process.execPath);
  const versions = nodes.map((node) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim());
  const wanted = listArgument(argv, '--combos');
  const combos = (await combinations()).filter((c) => wanted.length === 0 || wanted.includes(c.id));

  const root = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-consumer-'));
  try {
    // Packed once (or by the release check, `--tarballs <dir>`), installed by every project.
    const given = listArgument(argv, '--tarballs')[0];
    await mkdir(join(root, 'tarballs'));
    const tarballs = await Promise.all(
      packages.map((pkg) => {
        const packed = given === undefined ? undefined : join(given, tarballName(pkg.manifest));
        return packed !== undefined && existsSync(packed) ? packed : pack(pkg, join(root, 'tarballs'));
      }),
    );
    const folders = packages.map((p) => p.folder);
    const common = await commonDependencies();
    const projects = await Promise.all(
      combos.map((combo) => prepare(combo, { root, tarballs, folders, common })),
    );
    for (const p of projects)
      console.log(
        `consumer smoke: ${p.combo.label}: npm install ${seconds(p.installMs)}, tsc (strict) ${seconds(p.tscMs)}`,
      );
    for (const [i, node] of nodes.entries())
      for (const project of projects) await runOn(project, node, versions[i] ?? node);
  } finally {
    if (argv.includes('--keep')) console.log(`consumer smoke: kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
  console.log(
    `consumer smoke: ok (${packages.length} packages, ${combos.length} projects × Node ${versions.join(', ')}, ` +
      `${seconds(performance.now() - started)})`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
