// Runs `changeset version` in a throw-away copy of the workspace manifests and checks that every public package
// would get a new version and a CHANGELOG entry, and private ones nothing. The working tree is never touched.

import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, run } from './public-packages.mjs';

const CHANGESET_BIN = join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js');

/** Copies only what changesets reads: root manifests, .changeset/, each package's package.json and CHANGELOG.md. */
async function copyManifests(target) {
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    if (existsSync(join(repoRoot, file))) await cp(join(repoRoot, file), join(target, file));
  await cp(join(repoRoot, '.changeset'), join(target, '.changeset'), { recursive: true });
  const folders = [];
  for (const base of ['packages', 'bench']) {
    const isGroup = base === 'packages';
    const names = isGroup ? await readdir(join(repoRoot, base)) : [''];
    for (const name of names) {
      const rel = join(base, name);
      if (!existsSync(join(repoRoot, rel, 'package.json'))) continue;
      await mkdir(join(target, rel), { recursive: true });
      for (const file of ['package.json', 'CHANGELOG.md'])
        if (existsSync(join(repoRoot, rel, file)))
          await cp(join(repoRoot, rel, file), join(target, rel, file));
      folders.push(rel);
    }
  }
  return folders;
}

/** Package names in the front matter of the pending changesets (`.changeset/*.md` except README.md). */
async function pendingReleases() {
  const dir = join(repoRoot, '.changeset');
  const names = new Set();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const front = /^---\n([\s\S]*?)\n---/.exec(
      (await readFile(join(dir, file), 'utf8')).replaceAll('\r\n', '\n'),
    );
    for (const line of front?.[1]?.split('\n') ?? []) {
      const match = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (match?.[1]) names.add(match[1].trim());
    }
  }
  return names;
}

/**
 * Checks: `pnpm changeset status` passes; every package named in a pending changeset is public and would get a
 * new version and CHANGELOG entry; an unreleased public package (version 0.0.0) has a pending changeset; no
 * private package would be versioned.
 * @returns {Promise<string[]>} problems; empty when all hold.
 */
export async function changesetDryRun() {
  const problems = [];
  const pending = await pendingReleases();
  // changesets 3 compares with the base branch by name; a clone of a feature branch has only origin/main.
  const config = JSON.parse(await readFile(join(repoRoot, '.changeset', 'config.json'), 'utf8'));
  const base = config.baseBranch ?? 'main';
  const local = await run('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${base}`], {
    cwd: repoRoot,
  });
  const since = local.code === 0 ? [] : ['--since', `origin/${base}`];
  const status = await run('pnpm', ['changeset', 'status', ...since], { cwd: repoRoot });
  if (status.code !== 0) problems.push(`pnpm changeset status failed:\n${status.output.trim()}`);

  const temp = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-changeset-'));
  try {
    const folders = await copyManifests(temp);
    // changesets resolves its changelog module from the copy: lend it the workspace's node_modules.
    await symlink(join(repoRoot, 'node_modules'), join(temp, 'node_modules'), 'dir');
    const before = new Map();
    for (const rel of folders)
      before.set(rel, JSON.parse(await readFile(join(temp, rel, 'package.json'), 'utf8')));
    const version = await run(process.execPath, [CHANGESET_BIN, 'version'], { cwd: temp });
    if (version.code !== 0) {
      problems.push(`changeset version failed in a temporary copy:\n${version.output.trim()}`);
      return problems;
    }
    for (const rel of folders) {
      const old = before.get(rel);
      const now = JSON.parse(await readFile(join(temp, rel, 'package.json'), 'utf8'));
      const changelogPath = join(temp, rel, 'CHANGELOG.md');
      const changelog = existsSync(changelogPath) ? await readFile(changelogPath, 'utf8') : '';
      const isPublic = old.private !== true;
      if (isPublic && old.version === '0.0.0' && !pending.has(old.name))
        problems.push(
          `${old.name} was never released and no pending changeset names it (run \`pnpm changeset\`)`,
        );
      if (!isPublic && pending.has(old.name))
        problems.push(`${old.name} is private but a changeset names it`);
      if (isPublic && pending.has(old.name)) {
        if (now.version === old.version) problems.push(`${old.name}: changeset version would not bump it`);
        else if (!changelog.includes(`## ${now.version}`))
          problems.push(`${old.name}: changeset version would write no CHANGELOG entry for ${now.version}`);
      }
      if (!isPublic && now.version !== old.version)
        problems.push(`${old.name} is private but changeset version would bump it to ${now.version}`);
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return problems;
}
