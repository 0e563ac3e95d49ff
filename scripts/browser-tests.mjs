#!/usr/bin/env node
// Runs a package's browser tests (vitest browser mode + Playwright) in a locally installed Chromium.
// Usage, from a package directory: node ../../scripts/browser-tests.mjs
// Chromium is looked up in CHROMIUM_PATH, then /usr/bin/chromium (Debian: apt-get install chromium).
// Without Chromium the run is skipped loudly (exit 0), or fails when REQUIRE_BROWSER_TESTS=1 (CI).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import process from 'node:process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
  (p) => p !== undefined && p !== '',
);
const chromium = candidates.find((p) => existsSync(p));
if (process.env.CHROMIUM_PATH && chromium !== process.env.CHROMIUM_PATH) {
  console.warn(`[ecr-scan-sim] CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; looking further`);
}

if (chromium === undefined) {
  const tried = candidates.join(', ');
  if (process.env.REQUIRE_BROWSER_TESTS === '1') {
    console.error(
      `!!! [ecr-scan-sim] REQUIRE_BROWSER_TESTS=1 but no Chromium found (tried: ${tried}); ` +
        'install it (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH !!!',
    );
    process.exit(1);
  }
  console.warn(
    '!!! browser tests skipped: no Chromium found (set CHROMIUM_PATH or apt-get install chromium) !!!',
  );
  process.exit(0);
}

// Playwright leaves `playwright_*` profile folders in the temp directory when a launch fails. Each run gets a
// temp directory of its own (TMPDIR for vitest and the browsers it starts), removed at exit: turbo runs several
// packages' browser tests at once, and sweeping the shared temp directory would delete another run's live profile.
const privateTmp = mkdtempSync(join(tmpdir(), 'ecr-scan-sim-browser-'));
const cleanUp = () => rmSync(privateTmp, { recursive: true, force: true });

// Resolve the vitest CLI of the package we run in (not of this script's folder).
const require = createRequire(`${process.cwd()}/package.json`);
const vitestPackageJson = require.resolve('vitest/package.json');
const vitestCli = join(dirname(vitestPackageJson), require(vitestPackageJson).bin.vitest);
const child = spawn(
  process.execPath,
  [vitestCli, 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, TMPDIR: privateTmp } },
);
child.on('exit', (code, signal) => {
  cleanUp();
  if (signal !== null) {
    console.error(`[ecr-scan-sim] vitest was stopped by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
