import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

const shared = sharedConfig(import.meta.dirname);

export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    globalSetup: ['./test/global-setup.ts'],
    // model runs are long by design; their length scales with NUM_RUNS
    testTimeout: 600_000,
  },
});
