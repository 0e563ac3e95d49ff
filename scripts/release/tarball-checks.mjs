// What a tarball must hold to stand alone once installed from the registry: every relative link in its markdown
// (README first) resolves to a file inside it, and to an anchor that file has; every source a `.map` names is
// inside it too. Run on the bytes `pnpm pack` made, unpacked into a temporary folder.
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { anchors, isRelative, links } from './markdown-links.mjs';
import { run } from './public-packages.mjs';

async function filesUnder(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path, base)));
    else out.push(relative(base, path).split('\\').join('/'));
  }
  return out.sort();
}

/** Problems with the links of one markdown file of the unpacked package at `root`. */
async function linkProblems(root, file) {
  const problems = [];
  const text = await readFile(join(root, file), 'utf8');
  const ownAnchors = anchors(text);
  for (const { target } of links(text)) {
    if (target.startsWith('#')) {
      if (!ownAnchors.has(decodeURIComponent(target.slice(1))))
        problems.push(`${file}: the link ${target} names no heading or anchor of this file`);
      continue;
    }
    if (!isRelative(target)) continue;
    const [path = '', anchor] = target.split('#');
    const resolved = resolve(root, dirname(file), decodeURIComponent(path));
    const inside = relative(root, resolved);
    if (inside.startsWith('..') || !existsSync(resolved)) {
      problems.push(`${file}: the link ${target} points to a file the tarball does not contain`);
      continue;
    }
    if (anchor !== undefined && resolved.endsWith('.md') && statSync(resolved).isFile()) {
      const theirs = anchors(await readFile(resolved, 'utf8'));
      if (!theirs.has(decodeURIComponent(anchor)))
        problems.push(`${file}: the link ${target} names no heading or anchor of ${inside}`);
    }
  }
  return problems;
}

/** Problems with one source map: each of its `sources` must be a file of the tarball. */
async function mapProblems(root, file) {
  const map = JSON.parse(await readFile(join(root, file), 'utf8'));
  const base = resolve(root, dirname(file), map.sourceRoot ?? '');
  return (map.sources ?? [])
    .filter((source) => {
      const resolved = resolve(base, source);
      return relative(root, resolved).startsWith('..') || !existsSync(resolved);
    })
    .map((source) => `${file}: names the source ${source}, which the tarball does not contain`);
}

/**
 * Unpacks `tarball` and checks its markdown links and source maps.
 * @returns {Promise<string[]>} problems; empty when the package stands alone.
 */
export async function tarballProblems(tarball) {
  const temp = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-tarball-'));
  try {
    await mkdir(temp, { recursive: true });
    const untar = await run('tar', ['-xzf', tarball, '-C', temp]);
    if (untar.code !== 0) return [`cannot unpack ${tarball}: ${untar.output.trim()}`];
    const root = join(temp, 'package');
    const files = await filesUnder(root);
    if (!files.includes('README.md')) return ['the tarball has no README.md'];
    const problems = [];
    for (const file of files.filter((f) => f.endsWith('.md')))
      problems.push(...(await linkProblems(root, file)));
    for (const file of files.filter((f) => f.endsWith('.map')))
      problems.push(...(await mapProblems(root, file)));
    return problems;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
