#!/usr/bin/env node
// Copies the docs each public package's README links to into that package, so the published tarball stands
// alone: a README link `docs/server.md` in packages/server is packages/server/docs/server.md, a copy of the
// repository's docs/server.md. Inside a copy, links to files the package ships stay links; links to anything
// else (other docs, test files) become the repository path in code, because the tarball does not contain them.
// A non-markdown file a copied doc links to (an example) is copied too.
//
//   pnpm docs:packages           write packages/*/docs/
//   pnpm docs:packages --check   exit 1 (with a hint) when a committed copy is stale, missing or extra
//
// `pnpm docs:gen` runs it too, so regenerating docs/scan-semantics.md refreshes the model's copy.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRelative, links, rewriteLinks } from './release/markdown-links.mjs';
import { publicPackages, repoRoot } from './release/public-packages.mjs';

const DOCS = join(repoRoot, 'docs');
const toPosix = (path) => path.split('\\').join('/');
const banner = (source) =>
  `<!-- A copy of ${source} from the ecr-scan-sim repository, made by scripts/package-docs.mjs: edit that file ` +
  'and run `pnpm docs:packages`. Paths in code refer to repository files this package does not ship. -->\n';

/** The `docs/…` files (relative to docs/) a package README links to, without anchors. */
async function readmeDocs(pkg) {
  const readme = await readFile(join(pkg.dir, 'README.md'), 'utf8');
  const wanted = new Set();
  for (const { target } of links(readme)) {
    if (!isRelative(target)) continue;
    const path = posix.normalize(target.split('#')[0] ?? '');
    if (path.startsWith('docs/')) wanted.add(path.slice('docs/'.length));
  }
  return wanted;
}

/** The text of one copied markdown file, and the non-markdown files it links to (relative to docs/). */
function copyOf(source, text, shipped) {
  const assets = new Set();
  const body = rewriteLinks(text, (link) => {
    if (!isRelative(link.target)) return link.whole;
    const [path = '', anchor] = link.target.split('#');
    const inRepo = toPosix(relative(repoRoot, join(DOCS, dirname(source), path)));
    const inDocs = inRepo.startsWith('docs/') ? inRepo.slice('docs/'.length) : undefined;
    if (
      inDocs !== undefined &&
      !inDocs.endsWith('.md') &&
      statSync(join(DOCS, inDocs), { throwIfNoEntry: false })?.isFile()
    ) {
      assets.add(inDocs);
      return link.whole;
    }
    if (inDocs !== undefined && shipped.has(inDocs)) return link.whole;
    const where = `\`${inRepo}${anchor === undefined ? '' : `#${anchor}`}\``;
    // A label that is (the end of) the path itself needs no repetition.
    const label = link.text.replace(/^`|`$/g, '').replace(/\/$/, '');
    return label === inRepo || inRepo.endsWith(`/${label}`) ? where : `${link.text} (${where})`;
  });
  return { text: banner(`docs/${source}`) + body, assets };
}

/** Every file (relative path → content) each public package's docs/ folder must hold. */
export async function expectedPackageDocs() {
  const result = new Map();
  for (const pkg of await publicPackages()) {
    const shipped = await readmeDocs(pkg);
    const files = new Map();
    for (const source of shipped) {
      const from = join(DOCS, source);
      if (!existsSync(from))
        throw new Error(`[ecr-scan-sim] ${pkg.folder}/README.md links docs/${source}, which is not in docs/`);
      if (!source.endsWith('.md')) {
        files.set(source, await readFile(from));
        continue;
      }
      const copy = copyOf(source, await readFile(from, 'utf8'), shipped);
      files.set(source, copy.text);
      for (const asset of copy.assets) files.set(asset, await readFile(join(DOCS, asset)));
    }
    result.set(pkg, files);
  }
  return result;
}

async function listFiles(dir, base = dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path, base)));
    else out.push(toPosix(relative(base, path)));
  }
  return out.sort();
}

/** Writes (or with `check`, compares) every package's docs/ copy. @returns {Promise<string[]>} problems. */
export async function packageDocs({ check }) {
  const problems = [];
  for (const [pkg, files] of await expectedPackageDocs()) {
    const dir = join(pkg.dir, 'docs');
    const present = await listFiles(dir);
    if (check) {
      for (const [path, content] of files) {
        const file = join(dir, path);
        const current = existsSync(file) ? await readFile(file) : undefined;
        if (current === undefined) problems.push(`packages/${pkg.folder}/docs/${path} is missing`);
        else if (!current.equals(Buffer.from(content)))
          problems.push(`packages/${pkg.folder}/docs/${path} differs from docs/${path}`);
      }
      for (const path of present.filter((p) => !files.has(p)))
        problems.push(`packages/${pkg.folder}/docs/${path} is not linked from its README`);
      continue;
    }
    await rm(dir, { recursive: true, force: true });
    for (const [path, content] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  }
  return problems;
}

async function main(argv) {
  const check = argv.includes('--check');
  const problems = await packageDocs({ check });
  if (problems.length > 0) {
    console.error(
      `[ecr-scan-sim] the docs copied into packages are out of date:\n  - ${problems.join('\n  - ')}\n` +
        'Run `pnpm docs:packages` and commit the result.',
    );
    return 1;
  }
  console.log(
    check ? 'docs:packages: every package copy is up to date' : 'docs:packages: wrote packages/*/docs/',
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = await main(process.argv.slice(2));
