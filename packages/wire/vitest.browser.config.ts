import { defineConfig } from 'vitest/config';
import { browserConfig } from '../../vitest.browser.shared.js';

/** Browser tests: the real `ECRClient` (its browser build) over `createSimulatorHandler` in Debian's Chromium. */
export default defineConfig(browserConfig(import.meta.dirname));
