/**
 * Every TypeScript snippet of the docs that show msw (and the README quick start) type-checks, strictly, against
 * the msw 3 this workspace uses, so a rename such as `onUnhandledRequest` → `onUnhandledFrame` cannot slip through
 * again. CI's consumer smoke also runs them, packed, on Node 22.12 and 26 (scripts/consumer-smoke.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { programs } from '../../../scripts/release/doc-snippets.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const DOCS = [
  'README.md',
  'packages/msw/README.md',
  'docs/recipes/msw-node.md',
  'docs/recipes/msw-browser.md',
  'docs/recipes/vitest-fake-timers.md',
];

/** The package's own compiler options (strict, nodenext, `@ecr-scan-sim/*` to sources), without emitting. */
function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('packages/msw/tsconfig.json did not parse');
  return { ...parsed.options, noEmit: true };
}

/** Type-checks `files` (virtual path → text, inside packages/msw so node_modules resolve) and returns the errors. */
function typeErrors(files: Map<string, string>): string[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, ...rest)
      : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.has(d.file.fileName))
    .map((d) => {
      const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
      const where = d.file?.fileName.slice(packageDir.length) ?? '';
      return `${where}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
}

/** One virtual file per program of each doc: `.doc-snippets/<doc>.<line>.ts` (the line of its first block). */
function snippetFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const doc of DOCS) {
    const text = readFileSync(join(repoRoot, doc), 'utf8');
    for (const program of programs(text)) {
      const name = `${doc.replaceAll('/', '__')}.${program.line}.ts`;
      files.set(join(packageDir, '.doc-snippets', name), program.text);
    }
  }
  return files;
}

/** A snippet written for msw 2, checked with the docs' snippets: the check must refuse it on msw 3. */
const OLD_NAME = join(packageDir, '.doc-snippets', 'msw-2-name.ts');
const OLD_NAME_TEXT =
  "import { setupServer } from 'msw/node';\nsetupServer().listen({ onUnhandledRequest: 'error' });\n";

describe('doc snippets on msw 3', () => {
  const files = snippetFiles();
  // One program for all (building it is the slow part): the docs' snippets plus the msw 2 one.
  let errors: string[] | undefined;
  const check = () => {
    errors ??= typeErrors(new Map([...files, [OLD_NAME, OLD_NAME_TEXT]]));
    return errors;
  };

  it('finds the snippets of every doc', () => {
    for (const doc of DOCS)
      expect([...files.keys()].some((f) => f.includes(doc.replaceAll('/', '__')))).toBe(true);
  });

  it('type-check strictly (nodenext, strict, noUncheckedIndexedAccess)', () => {
    expect(check().filter((e) => !e.includes('msw-2-name.ts'))).toEqual([]);
  }, 120_000);

  it('the check catches the msw 2 name on msw 3 (it is a type error there)', () => {
    expect(check().filter((e) => e.includes('msw-2-name.ts'))).toEqual([
      expect.stringContaining("'onUnhandledRequest' does not exist in type"),
    ]);
  }, 120_000);

  it('every doc that shows onUnhandledFrame also says what msw 2 calls it', () => {
    for (const doc of DOCS) {
      const text = readFileSync(join(repoRoot, doc), 'utf8');
      if (text.includes('onUnhandledFrame'))
        expect({ doc, says: text.includes('onUnhandledRequest') }).toEqual({ doc, says: true });
    }
  });
});
