import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

/**
 * The dashboard's browser tests: Node-side tests that start a real server and drive Debian's Chromium against it
 * with Playwright (`CHROMIUM_PATH` or /usr/bin/chromium, set by scripts/browser-tests.mjs, which skips loudly or
 * fails under REQUIRE_BROWSER_TESTS=1 when there is none). Unlike wire and msw, nothing of ours runs inside the
 * browser but the page the server serves.
 */
const shared = sharedConfig(import.meta.dirname);
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    include: ['src/**/*.browser.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    typecheck: { enabled: false },
    reporters: ['default', ['json', { outputFile: '.vitest-results/browser.json' }]],
  },
});
