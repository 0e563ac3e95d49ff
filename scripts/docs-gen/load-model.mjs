// Loads @ecr-scan-sim/model straight from its TypeScript sources, without a build and without a loader.
// Node 20 cannot strip types, so each source file is transpiled with the workspace's own `typescript`
// (transpileModule: syntax only, no type check) into a temporary folder, imported, and the folder removed.
// Why not tsx or dist: no extra dependency, no build step, and the doc always follows the sources as they are.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const TEST_FILE = /\.test(-d)?\.ts$/;

/** Transpiles `<repoRoot>/packages/model/src` and returns the module namespace of its index. */
export async function loadModel(repoRoot) {
  const srcDir = join(repoRoot, 'packages', 'model', 'src');
  const outDir = await mkdtemp(join(tmpdir(), 'ecr-scan-sim-docs-gen-'));
  try {
    await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');
    const files = (await readdir(srcDir, { recursive: true }))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !TEST_FILE.test(f))
      .sort();
    for (const file of files) {
      const source = await readFile(join(srcDir, file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        fileName: file,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
        },
      });
      const target = join(outDir, file.replace(/\.ts$/, '.js'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }
    return await import(pathToFileURL(join(outDir, 'index.js')).href);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
