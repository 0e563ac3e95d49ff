import { defineConfig } from 'vitest/config';
import { browserConfig } from '../../vitest.browser.shared.js';

/**
 * Browser tests: the real `ECRClient` and msw's `setupWorker` in Debian's Chromium. `public/mockServiceWorker.js`
 * (from `msw init public`) is served at the page's root, where `setupWorker` looks.
 */
export default defineConfig(browserConfig(import.meta.dirname, { publicDir: 'public' }));
