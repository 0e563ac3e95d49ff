#!/usr/bin/env node
// Release readiness of every public package (packages/* without "private": true):
//   1. package.json has the fields a consumer and the registry rely on ("types" first in each condition);
//   2. the build exists (run `pnpm build` first);
//   3. publint --strict and attw --profile esm-only pass on the tarball `pnpm pack` makes (the published bytes,
//      with workspace:^ rewritten);
//   4. the tarball stands alone: every relative link in its markdown (README first) resolves inside it, to an
//      anchor that exists, and every source a .map names is inside it (scripts/release/tarball-checks.mjs);
//      "engines.node" is the root's; the docs copied into packages match docs/ (scripts/package-docs.mjs);
//   5. `pnpm changeset status` passes and `changeset version`, run in a temporary copy, would bump every public
//      package and write its CHANGELOG entry.
// Exits 1 on any problem. `--only model,wire` narrows the packages; `--skip-changesets` skips step 5;
// `--tarballs <dir>` packs into <dir> and leaves the tarballs there.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageDocs } from './package-docs.mjs';
import { changesetDryRun } from './release/changeset-dry-run.mjs';
import { checkManifest } from './release/manifest-checks.mjs';
import {
  assertBuilt,
  onlyArgument,
  pack,
  publicPackages,
  repoRoot,
  run,
} from './release/public-packages.mjs';
import { tarballProblems } from './release/tarball-checks.mjs';

const BIN = join(repoRoot, 'node_modules', '.bin');

const ROOT_MANIFEST = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));

async function checkPackage(pkg, packDir) {
  const problems = checkManifest(pkg.manifest).map((p) => `package.json: ${p}`);
  if (pkg.manifest.engines?.node !== ROOT_MANIFEST.engines?.node)
    problems.push(
      `package.json: "engines.node" is ${pkg.manifest.engines?.node}, the repository's is ${ROOT_MANIFEST.engines?.node}`,
    );
  if (!existsSync(join(pkg.dir, 'README.md'))) problems.push('README.md is missing (it is the npm page)');
  try {
    assertBuilt(pkg);
  } catch (error) {
    return [...problems, error.message];
  }
  const tarball = await pack(pkg, packDir);
  const [publint, attw, standAlone] = await Promise.all([
    run(join(BIN, 'publint'), ['run', tarball, '--strict']),
    run(join(BIN, 'attw'), [
      tarball,
      '--profile',
      'esm-only',
      '--format',
      'ascii',
      '--no-color',
      '--no-emoji',
    ]),
    tarballProblems(tarball),
  ]);
  if (publint.code !== 0) problems.push(`publint:\n${publint.output.trim()}`);
  if (attw.code !== 0) problems.push(`attw:\n${attw.output.trim()}`);
  problems.push(...standAlone.map((p) => `tarball: ${p}`));
  return problems;
}

async function main(argv) {
  const started = performance.now();
  const packages = await publicPackages(onlyArgument(argv));
  if (packages.length === 0) {
    console.error('[ecr-scan-sim] release check: no public packages found under packages/.');
    return 1;
  }
  // The changeset dry run reads only manifests: run it alongside the package checks.
  const changesets = argv.includes('--skip-changesets') ? Promise.resolve([]) : changesetDryRun();
  // `--tarballs <dir>` keeps the tarballs there for the consumer smoke (CI packs once).
  const keep = argv.indexOf('--tarballs') >= 0 ? argv[argv.indexOf('--tarballs') + 1] : undefined;
  const packDir = keep ?? (await mkdtemp(join(tmpdir(), 'ecr-scan-sim-release-')));
  const report = [];
  try {
    const results = await Promise.all(packages.map((pkg) => checkPackage(pkg, packDir)));
    packages.forEach((pkg, i) => {
      if (results[i].length > 0) report.push(`${pkg.manifest.name}:\n  - ${results[i].join('\n  - ')}`);
    });
  } finally {
    if (keep === undefined) await rm(packDir, { recursive: true, force: true });
  }
  const docs = await packageDocs({ check: true });
  if (docs.length > 0)
    report.push(`docs copied into packages (run \`pnpm docs:packages\`):\n  - ${docs.join('\n  - ')}`);
  const problems = await changesets;
  if (problems.length > 0) report.push(`changesets:\n  - ${problems.join('\n  - ')}`);
  const ms = Math.round(performance.now() - started);
  if (report.length > 0) {
    console.error(`[ecr-scan-sim] release check failed:\n${report.join('\n')}`);
    console.error(`release check: FAILED (${packages.length} packages, ${ms} ms)`);
    return 1;
  }
  console.log(`release check: ok (${packages.length} packages, ${ms} ms)`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
