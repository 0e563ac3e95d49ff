import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'vitest/config';

const packagesDir = fileURLToPath(new URL('./packages/', import.meta.url));

/**
 * Shared Vitest settings. Tests import sibling workspace packages from their TypeScript sources (not `dist`),
 * so a change in `model` is seen by the `simulator` tests without a rebuild; the published shape (`dist`) is
 * exercised separately by the consumer smoke test.
 */
export function sharedConfig(root: string): ViteUserConfig {
  return {
    root,
    resolve: {
      alias: [{ find: /^@ecr-scan-sim\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` }],
    },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      exclude: ['**/*.browser.test.ts', '**/node_modules/**', '**/dist/**'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
      env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      // Generous: CI shares 2 cores with other jobs, and a timeout must catch a hang, not time a test (speed is
      // measured in benchmarks). Under load, property runs and the 5,000-request load test took over 30 s.
      testTimeout: 120_000,
      // A JSON report per run and Node version (CI runs these tests on 22, 24 and 26), summed by
      // scripts/test-summary.mjs into CI's closing lines.
      reporters: ['default', ['json', { outputFile: `.vitest-results/node-${process.version}.json` }]],
    },
  };
}
