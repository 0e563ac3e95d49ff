import { playwright } from '@vitest/browser-playwright';
import type { Plugin, ViteUserConfig } from 'vitest/config';
import { sharedConfig } from './vitest.shared.js';

const packagesDir = new URL('./packages/', import.meta.url).pathname;

/**
 * Fails the run when our browser-safe sources (model, simulator, wire, msw) import a Node built-in. Vite would
 * otherwise swap it for an empty `__vite-browser-external` stub, and the test could pass by luck.
 */
export function noNodeBuiltins(): Plugin {
  return {
    name: 'ecr-scan-sim:no-node-builtins',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (
        importer === undefined ||
        !importer.startsWith(packagesDir) ||
        importer.includes('/node_modules/')
      ) {
        return null;
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (source.startsWith('node:') || resolved?.id.includes('__vite-browser-external') === true) {
        this.error(
          `[ecr-scan-sim] ${importer} imports the Node built-in '${source}', which browsers do not have`,
        );
      }
      return resolved;
    },
  };
}

/**
 * Shared settings of the browser test runs (packages/wire, packages/msw): Debian's Chromium, headless, driven by
 * Playwright (no browser download: `CHROMIUM_PATH` or /usr/bin/chromium), the same `@ecr-scan-sim/*` source alias as
 * the Node runs, a JSON report for scripts/test-summary.mjs, and the Node built-in guard above. Run through
 * `pnpm test:browser` (scripts/browser-tests.mjs), which finds Chromium or skips loudly.
 */
export function browserConfig(root: string, extra: { publicDir?: string } = {}): ViteUserConfig {
  return {
    root,
    resolve: sharedConfig(root).resolve,
    ...(extra.publicDir === undefined ? {} : { publicDir: extra.publicDir }),
    plugins: [noNodeBuiltins()],
    test: {
      include: ['src/**/*.browser.test.ts'],
      testTimeout: 30_000,
      reporters: ['default', ['json', { outputFile: `.vitest-results/browser-${process.version}.json` }]],
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: {
            executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
            args: [
              '--no-sandbox',
              '--disable-dev-shm-usage',
              '--disable-gpu',
              '--disable-background-networking',
              '--disable-component-update',
              '--disable-sync',
              '--no-first-run',
            ],
          },
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}
