#!/usr/bin/env node
// Consumer smoke test: installs the packed public packages into a fresh npm project outside the workspace
// (os.tmpdir(), plain npm, no workspace links), compiles a small TypeScript program against them with
// `tsc --module nodenext --strict`, and runs it with node. This proves the published shape: exports map,
// .d.ts files, ESM resolution, dependency ranges after `pnpm pack` rewrote workspace:^.
//
//   node scripts/consumer-smoke.mjs [--only model,simulator] [--keep] [--verbose]
//
// Needs a build (`pnpm build`). Each public package has a check in scripts/consumer-smoke/<folder>.ts that
// exports `check(): Promise<string>`; a public package without one fails the run.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertBuilt,
  onlyArgument,
  pack,
  publicPackages,
  repoRoot,
  run,
} from './release/public-packages.mjs';

const FIXTURES = join(repoRoot, 'scripts', 'consumer-smoke');
/** Third-party packages a consumer brings; pinned to the versions the workspace tests with. */
const CONSUMER_DEPENDENCIES = ['@aws-sdk/client-ecr@3.1169.0', 'msw@2.15.0', 'typescript@5.9.3'];

async function typesNodeSpec() {
  const manifest = JSON.parse(
    await readFile(join(repoRoot, 'node_modules', '@types', 'node', 'package.json'), 'utf8'),
  );
  return `@types/node@${manifest.version}`;
}

function mainSource(folders) {
  const imports = folders.map((f, i) => `import { check as check${i} } from './${f}.js';`);
  const entries = folders.map((f, i) => `  ['${f}', check${i}],`);
  return `${imports.join('\n')}

const checks: [string, () => Promise<string>][] = [
${entries.join('\n')}
];
for (const [name, check] of checks) console.log(\`  \${name}: \${await check()}\`);
`;
}

const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    moduleResolution: 'nodenext',
    target: 'es2022',
    strict: true,
    noUncheckedIndexedAccess: true,
    types: ['node'],
    rootDir: 'src',
    outDir: 'dist',
  },
  include: ['src'],
};

const VERBOSE = process.argv.includes('--verbose');

async function step(label, command, args, cwd) {
  const started = performance.now();
  const result = await run(command, args, {
    cwd,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  if (result.code !== 0)
    throw new Error(
      `[ecr-scan-sim] consumer smoke: ${label} failed (exit ${result.code}):\n${result.output.trim()}`,
    );
  if (VERBOSE) console.log(`  ${label}: ${Math.round(performance.now() - started)} ms`);
  return result.output;
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

  const temp = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-consumer-'));
  try {
    const tarballDir = join(temp, 'tarballs');
    const project = join(temp, 'project');
    await mkdir(tarballDir);
    await mkdir(join(project, 'src'), { recursive: true });
    const tarballs = await Promise.all(packages.map((pkg) => pack(pkg, tarballDir)));

    const folders = packages.map((p) => p.folder);
    await writeFile(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'ecr-scan-sim-consumer-smoke', private: true, type: 'module' }, null, 2)}\n`,
    );
    await writeFile(join(project, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    for (const file of ['assert.ts', ...folders.map((f) => `${f}.ts`)])
      await cp(join(FIXTURES, file), join(project, 'src', file));
    await writeFile(join(project, 'src', 'main.ts'), mainSource(folders));

    await step(
      'npm install',
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
        ...tarballs,
        ...CONSUMER_DEPENDENCIES,
        await typesNodeSpec(),
      ],
      project,
    );
    await step(
      'tsc',
      process.execPath,
      [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
      project,
    );
    const output = await step('node dist/main.js', process.execPath, ['dist/main.js'], project);
    if (VERBOSE) process.stdout.write(output);
  } finally {
    if (argv.includes('--keep')) console.log(`consumer smoke: kept ${temp}`);
    else await rm(temp, { recursive: true, force: true });
  }
  console.log(
    `consumer smoke: ok (${packages.length} packages, ${Math.round(performance.now() - started)} ms)`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
