// The consumer projects the smoke test builds: which test stack, which dependencies, which files. Every project
// gets the packed @ecr-scan-sim/* tarballs, the per-package checks (scripts/consumer-smoke/<folder>.ts) as tests
// of its runner, and the doc snippets that apply to it, read from the docs at each run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { namedBlock } from '../release/doc-snippets.mjs';
import { repoRoot } from '../release/public-packages.mjs';

/** Versions the workspace itself installs (the newest majors we claim). */
async function workspaceVersion(name, from = '.') {
  const manifest = join(repoRoot, from, 'node_modules', ...name.split('/'), 'package.json');
  return `${name}@${JSON.parse(await readFile(manifest, 'utf8')).version}`;
}

/** What every project installs besides the tarballs. */
export async function commonDependencies() {
  return [
    await workspaceVersion('@aws-sdk/client-ecr', 'packages/msw'),
    await workspaceVersion('typescript'),
    await workspaceVersion('@types/node'),
  ];
}

/** The strict compiler options of the Vitest projects (the Jest project uses the recipe's own tsconfig). */
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

const CLIENT_SETUP =
  "{ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } }";

/** Doc snippets that run on msw 3 + Vitest (see snippet-tests.mjs for the kinds). */
const MSW3_VITEST_SNIPPETS = [
  {
    doc: 'README.md',
    name: 'readme-quick-start',
    kind: 'inline',
    title: 'README quick start: LimitExceededException after one attempt (maxAttempts: 1)',
    rejects: 'LimitExceededException',
    after: 'smokeExpect(thrown?.$metadata?.attempts).toBe(1);',
  },
  {
    doc: 'packages/msw/README.md',
    name: 'msw-readme-node',
    kind: 'inline',
    title: 'msw README (Node): COMPLETE through setupServer; an unmatched request fails',
    after: [
      "smokeExpect(out.imageScanStatus?.status).toBe('COMPLETE');",
      'await smokeUnmatchedFails();',
      'server.close();',
    ].join('\n'),
  },
  {
    doc: 'docs/recipes/msw-node.md',
    name: 'msw-node-setup',
    kind: 'module',
    title: 'msw-node.md setup: answers a default ECRClient; an unmatched request fails',
    imports:
      "import { CreateRepositoryCommand as SmokeCreate, ECRClient as SmokeClient } from '@aws-sdk/client-ecr';",
    after: [
      `await new SmokeClient(${CLIENT_SETUP}).send(new SmokeCreate({ repositoryName: 'from-setup' }));`,
      "smokeExpect((await sim.describeRepositories({})).repositories?.map((r) => r.repositoryName)).toEqual(['from-setup']);",
      'await smokeUnmatchedFails();',
    ].join('\n'),
  },
  { doc: 'docs/recipes/msw-node.md', name: 'msw-node-fake-timers', kind: 'verbatim' },
  { doc: 'docs/recipes/vitest-fake-timers.md', name: 'vitest-fake-timers', kind: 'verbatim' },
];

/**
 * The combinations. `files(tools)` returns the project's extra files (path → text) and `snippets` the doc
 * snippets to turn into tests; `runner` is how its tests run.
 */
export async function combinations() {
  const msw3 = await workspaceVersion('msw', 'packages/msw');
  const vitest5 = await workspaceVersion('vitest');
  return [
    {
      id: 'msw2-vitest4',
      label: 'msw 2 + Vitest 4',
      runner: 'vitest',
      dependencies: ['msw@2.15.0', 'vitest@4.1.12'],
      mswMajor: 2,
      tsconfig: TSCONFIG,
      snippets: [{ doc: 'docs/recipes/vitest-fake-timers.md', name: 'vitest-fake-timers', kind: 'verbatim' }],
      files: async () => new Map(),
    },
    {
      id: 'msw3-vitest5',
      label: 'msw 3 + Vitest 5',
      runner: 'vitest',
      dependencies: [msw3, vitest5],
      mswMajor: 3,
      tsconfig: TSCONFIG,
      snippets: MSW3_VITEST_SNIPPETS,
      files: async () => new Map(),
    },
    {
      id: 'jest30',
      label: 'Jest 30 + ts-jest 29 (msw 3)',
      runner: 'jest',
      dependencies: ['jest@30.5.2', '@jest/globals@30.5.2', 'ts-jest@29.4.15', msw3],
      mswMajor: 3,
      // docs/recipes/jest.md is the project: its package.json fields, jest.config.js, tsconfig.json and test.
      snippets: [],
      files: async () => {
        const doc = 'docs/recipes/jest.md';
        const markdown = await readFile(join(repoRoot, doc), 'utf8');
        const block = (name) => namedBlock(markdown, name, doc);
        const files = new Map();
        for (const name of ['jest-config', 'jest-tsconfig', 'jest-test']) {
          const { file, text } = block(name);
          if (file === undefined) throw new Error(`[ecr-scan-sim] ${doc}: the ${name} block names no file`);
          files.set(file, text);
        }
        files.set('package.json fields', block('jest-package-json').text);
        files.set(
          'src/msw-fake-timers.test.ts',
          await readFile(join(import.meta.dirname, 'jest', 'msw-fake-timers.test.ts'), 'utf8'),
        );
        return files;
      },
    },
  ];
}
