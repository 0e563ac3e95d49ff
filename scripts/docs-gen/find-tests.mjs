// Finds, for every rule ID, the test files whose test or describe titles start with it:
// `it('Q1: …')`, `test('Q1 …')`, `describe('L3, L4: …')`, `test.prop([…])('Q1: …')`, `it.each(…)('Q1 …')`.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEST_FILE = /\.test(-d)?\.ts$/;
const ID = '[A-Z][0-9]+';
// A call (`it(`, `test.only(`, `describe.each(…)(`, `test.prop(…)(`) whose first argument is a string literal
// starting with one or more rule IDs, followed by a separator or the end of the title.
const TITLE = new RegExp(
  `(?:\\b(?:it|test|describe)(?:\\.[A-Za-z]+)*|\\))\\s*\\(\\s*(['"\`])(${ID}(?:\\s*(?:,|/|&|\\+|and)\\s*${ID})*)(?=[\\s:,.;/)]|\\1)`,
  'g',
);

async function listTestFiles(repoRoot) {
  const found = [];
  const packagesDir = join(repoRoot, 'packages');
  for (const pkg of (await readdir(packagesDir, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    for (const sub of ['src', 'test']) {
      const dir = join(packagesDir, pkg.name, sub);
      let entries;
      try {
        entries = await readdir(dir, { recursive: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const rel = entry.split('\\').join('/');
        if (TEST_FILE.test(rel) && !rel.split('/').includes('node_modules'))
          found.push(`packages/${pkg.name}/${sub}/${rel}`);
      }
    }
  }
  return found.sort();
}

/**
 * @returns {Promise<{ byRule: Map<string, string[]>, unknownIds: string[] }>} test files per known rule ID
 * (repository-relative POSIX paths, sorted) and the IDs cited in titles that are not in the catalogue.
 */
export async function findRuleTests(repoRoot, ruleIds) {
  const known = new Set(ruleIds);
  const byRule = new Map(ruleIds.map((id) => [id, new Set()]));
  const unknown = new Set();
  for (const file of await listTestFiles(repoRoot)) {
    const text = await readFile(join(repoRoot, file), 'utf8');
    for (const match of text.matchAll(TITLE)) {
      for (const id of match[2].match(new RegExp(ID, 'g')) ?? []) {
        if (known.has(id)) byRule.get(id).add(file);
        else unknown.add(`${id} (${file})`);
      }
    }
  }
  return {
    byRule: new Map([...byRule].map(([id, files]) => [id, [...files].sort()])),
    unknownIds: [...unknown].sort(),
  };
}
