// Shared by release-check.mjs and consumer-smoke.mjs: which packages are published, and how to pack them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every `packages/*` whose package.json is not `"private": true`, sorted by folder name.
 * `only` (folder or package names) narrows the list, e.g. while other packages are unfinished.
 */
export async function publicPackages(only = []) {
  const dir = join(repoRoot, 'packages');
  const found = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const manifestPath = join(dir, entry.name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    if (manifest.private === true) continue;
    if (only.length > 0 && !only.includes(entry.name) && !only.includes(manifest.name)) continue;
    found.push({ folder: entry.name, dir: join(dir, entry.name), manifest });
  }
  return found.sort((a, b) => (a.folder < b.folder ? -1 : 1));
}

/** The `--only a,b` argument of the release scripts (empty when absent). */
export function onlyArgument(argv) {
  const i = argv.indexOf('--only');
  return i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : [];
}

/** Runs a command; resolves with its exit code and combined output (never rejects on a non-zero exit). */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Files a package publishes from its build: the targets of `exports`, `main`, `types` and `bin`. */
export function builtFiles(manifest) {
  const targets = new Set();
  const walk = (value) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(manifest.exports);
  walk(manifest.bin);
  for (const key of ['main', 'types', 'module'])
    if (typeof manifest[key] === 'string') targets.add(manifest[key]);
  return [...targets].filter((t) => !t.endsWith('package.json') && !t.includes('*')).sort();
}

/** Fails loudly when a package has not been built: names the missing files and the command to run. */
export function assertBuilt(pkg) {
  const missing = builtFiles(pkg.manifest).filter((f) => !existsSync(join(pkg.dir, f)));
  if (missing.length > 0)
    throw new Error(
      `[ecr-scan-sim] ${pkg.manifest.name} is not built (missing ${missing.join(', ')}). ` +
        `Run \`pnpm build\` (or \`pnpm turbo run build --filter=${pkg.manifest.name}\`) first.`,
    );
}

/** The file name `pnpm pack` gives a package's tarball: `@ecr-scan-sim/model` 1.2.0 → ecr-scan-sim-model-1.2.0.tgz. */
export function tarballName(manifest) {
  return `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
}

/**
 * `pnpm pack` into `destination` (rewrites `workspace:^` to real versions, as publishing does).
 * @returns the tarball's absolute path.
 */
export async function pack(pkg, destination) {
  const { code, output } = await run('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir });
  const tarball = output
    .split('\n')
    .map((l) => l.trim())
    .reverse()
    .find((l) => l.endsWith('.tgz'));
  if (code !== 0 || !tarball) throw new Error(`[ecr-scan-sim] pnpm pack failed in ${pkg.folder}:\n${output}`);
  return tarball.startsWith('/') ? tarball : join(destination, tarball);
}
