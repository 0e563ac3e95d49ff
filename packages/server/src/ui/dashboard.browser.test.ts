import { readFile } from 'node:fs/promises';
import { DescribeImagesCommand, PutImageCommand } from '@aws-sdk/client-ecr';
import { manifests } from '@ecr-scan-sim/simulator';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer, ServerOptions } from '../glossary.js';
import { startDemoServer } from '../test-support/demo-server.js';
import { ecrClient } from '../test-support/helpers.js';

/** Set to a folder to write the docs' screenshots there (`SCREENSHOT_DIR=../../docs/images`). */
const SCREENSHOT_DIR = process.env['SCREENSHOT_DIR'];
/** Generous: the page polls every second; this only bounds a test on a loaded machine. */
const LIVE_MS = 10_000;

let browser: Browser;
let server: RunningServer | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  // The page first, so its last poll does not meet a closed server.
  await context?.close();
  context = undefined;
  await server?.close();
  server = undefined;
});

/** What went wrong in the page: console errors, uncaught exceptions, and any request to another origin. */
interface Watch {
  problems: string[];
  stateReads: number;
}

async function openDashboard(
  viewport: { width: number; height: number },
  options: ServerOptions = {},
): Promise<{ page: Page; watch: Watch; url: string }> {
  server = await startDemoServer(options);
  const origin = server.url;
  context = await browser.newContext({ viewport, acceptDownloads: true });
  const watch: Watch = { problems: [], stateReads: 0 };
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) watch.problems.push(`request to another origin: ${request.url()}`);
    if (url.pathname === '/_sim/state') watch.stateReads++;
  });
  context.on('requestfailed', (request) =>
    watch.problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`),
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      watch.problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  await page.goto(`${origin}/_sim/ui/`);
  await page.getByText('Live', { exact: true }).waitFor();
  return { page, watch, url: origin };
}

/** The images table row of a tag. */
const imageRow = (page: Page, repository: string, tag: string) =>
  page
    .getByRole('table', { name: 'Images' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: repository, exact: true }) })
    .filter({ has: page.getByRole('cell', { name: tag, exact: true }) });

describe('the dashboard in Chromium', () => {
  it('shows the demo registry and moves with +30s, +24h, a set time and calls made elsewhere', async () => {
    const { page, watch, url } = await openDashboard({ width: 1280, height: 800 });
    await expect(page.title()).resolves.toBe('ecr-scan-sim dashboard');
    const registries = page.getByRole('table', { name: 'Registries' });
    await expect(registries.getByRole('cell', { name: '123456789012' }).textContent()).resolves.toBe(
      '123456789012',
    );
    await expect(registries.getByRole('cell', { name: 'us-east-1' }).count()).resolves.toBe(1);
    const repositories = page.getByRole('table', { name: 'Repositories' });
    for (const [name, frequency] of [
      ['web', 'SCAN_ON_PUSH'],
      ['legacy', 'SCAN_ON_PUSH'],
      ['charts', 'MANUAL'],
    ]) {
      const repositoryRow = repositories.getByRole('row').filter({ hasText: name });
      await expect(repositoryRow.getByRole('cell', { name: frequency, exact: true }).count()).resolves.toBe(
        1,
      );
    }
    await expect(page.locator('#clock-now').textContent()).resolves.toBe('2026-01-01 00:00:00 UTC');
    await expect(page.getByTestId('quota-used').textContent()).resolves.toBe('5');
    await expect(imageRow(page, 'legacy', '2009').getByText('FAILED').count()).resolves.toBe(1);
    await expect(imageRow(page, 'web', '1.4.1').getByText('IMAGE_ARCHIVED').count()).resolves.toBe(1);

    const fresh = imageRow(page, 'legacy', 'fresh');
    await fresh.getByText('IN_PROGRESS', { exact: true }).waitFor();
    if (SCREENSHOT_DIR !== undefined) {
      await fresh.getByRole('button', { name: 'Per-image window of legacy:fresh' }).click();
      await page.getByTestId('image-window-verdict').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard.png` });
      await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-full.png`, fullPage: true });
    }
    await page.getByRole('button', { name: '+30s', exact: true }).click();
    await fresh.getByText('COMPLETE', { exact: true }).waitFor({ timeout: LIVE_MS });
    await expect(fresh.getByText('CRITICAL 1 · HIGH 3').count()).resolves.toBe(1);
    await expect(page.locator('#clock-now').textContent()).resolves.toBe('2026-01-01 00:00:30 UTC');

    // The per-image window of the selected image: scanned at 00:00, so refused until the next day.
    await fresh.getByRole('button', { name: 'Per-image window of legacy:fresh' }).click();
    await expect(page.getByTestId('image-window-verdict').textContent()).resolves.toContain(
      'Refused until 2026-01-02 00:00:00 UTC',
    );

    // +24h: every accepted scan leaves the rolling account window; the chart is empty again.
    await page.getByRole('button', { name: '+24h', exact: true }).click();
    await page.getByText('A slot is free now.').waitFor();
    await page.getByTestId('quota-used').filter({ hasText: /^0$/ }).waitFor({ timeout: LIVE_MS });
    const bars = await page
      .locator('svg.chart rect.bar')
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
    expect(bars.length).toBe(48);
    expect(bars.every((height) => height === 0)).toBe(true);
    await expect(page.getByTestId('image-window-verdict').textContent()).resolves.toContain(
      'a scan may start now',
    );

    // A call made by another client shows up without a reload.
    await ecrClient(url).send(
      new PutImageCommand({
        repositoryName: 'charts',
        imageTag: 'from-another-client',
        imageManifest: manifests.image({ seedText: 'browser-test' }),
      }),
    );
    await imageRow(page, 'charts', 'from-another-client').waitFor({ timeout: LIVE_MS });
    await page
      .getByRole('table', { name: 'Recent calls' })
      .getByRole('cell', { name: 'PutImage', exact: true })
      .first()
      .waitFor();

    // The set-time field (fake clock: it jumps there).
    await page.getByLabel('Set the time').fill('2026-03-01T12:00:00Z');
    await page.getByRole('button', { name: 'Set time' }).click();
    await page
      .locator('#clock-now')
      .filter({ hasText: '2026-03-01 12:00:00 UTC' })
      .waitFor({ timeout: LIVE_MS });
    expect(server?.clock.now()).toBe(Date.UTC(2026, 2, 1, 12));

    expect(watch.stateReads).toBeGreaterThan(1); // it polls
    expect(watch.problems).toEqual([]);
  });

  it('renders hostile text from the state as text, highlights failed calls, and lists injected faults', async () => {
    const { page, watch, url } = await openDashboard({ width: 1280, height: 800 });
    const hostile = '<img src=x onerror=document.title=1><b>bold</b>';
    await expect(
      ecrClient(url).send(new DescribeImagesCommand({ repositoryName: hostile })),
    ).rejects.toThrow();
    await fetch(`${url}/_sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ error: 'ThrottlingException', operation: 'StartImageScan', times: 2 }),
    });
    const calls = page.getByRole('region', { name: 'Recent calls', exact: true });
    const failed = calls.locator('tr.error').filter({ hasText: 'Error: InvalidParameterException' });
    await failed.first().waitFor({ timeout: LIVE_MS });
    await expect(failed.first().locator('code').textContent()).resolves.toContain(hostile);
    await expect(calls.locator('img, b').count()).resolves.toBe(0);
    await expect(page.title()).resolves.toBe('ecr-scan-sim dashboard');
    const faults = page.getByRole('table', { name: 'Injected faults' });
    await faults.getByRole('cell', { name: 'ThrottlingException' }).waitFor({ timeout: LIVE_MS });
    await expect(faults.getByRole('cell', { name: '2 more calls' }).count()).resolves.toBe(1);

    // A refused control call shows the control API's own message; the clock does not move.
    await page.getByLabel('Set the time').fill('next tuesday');
    await page.getByRole('button', { name: 'Set time' }).click();
    await page.getByText('time: must be an ISO time or epoch milliseconds').waitFor();
    expect(server?.clock.now()).toBe(Date.UTC(2026, 0, 1));
    // Chromium reports every 4xx answer on the console: that one is expected, nothing else is.
    expect(watch.problems).toEqual([
      'console error: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });

  it('downloads the snapshot and resets through the control API', async () => {
    const { page, watch } = await openDashboard({ width: 1280, height: 800 });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download snapshot' }).click();
    const file = await (await download).path();
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as { format: string };
    expect(snapshot.format).toBe('ecr-scan-sim/snapshot');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('No repositories.').waitFor({ timeout: LIVE_MS });
    await expect(server?.simulator.describeRepositories({})).resolves.toMatchObject({ repositories: [] });
    expect(watch.problems).toEqual([]);
  });

  it('stays readable at phone width: no sideways scrolling of the page, tables scroll in their own regions', async () => {
    const { page, watch } = await openDashboard({ width: 390, height: 844 });
    await imageRow(page, 'legacy', 'fresh').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['+30s', '+1h', '+24h', 'Set time', 'Reset']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(390);
    }
    if (SCREENSHOT_DIR !== undefined) {
      await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-phone.png`, fullPage: false });
    }
    expect(watch.problems).toEqual([]);
  });

  it('says so when the server stops, and the server stops promptly with the page open', async () => {
    const { page, watch } = await openDashboard({ width: 1280, height: 800 });
    await server?.close(); // keep-alive connections from the page are idle between polls: nothing holds the stop
    server = undefined;
    await page.getByText(/^Cannot reach the server/).waitFor({ timeout: LIVE_MS });
    // Only the failed polls themselves, nothing else.
    expect(watch.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to fetch/.test(p))).toEqual([]);
  });

  it('with --require-auth works exactly as the control API does: no credential asked for or sent', async () => {
    const { page, watch } = await openDashboard({ width: 1280, height: 800 }, { requireAuth: true });
    const sent: string[] = [];
    page.on('request', (request) => {
      const auth = request.headers()['authorization'];
      if (auth !== undefined) sent.push(auth);
    });
    await page.getByRole('button', { name: '+30s', exact: true }).click();
    await imageRow(page, 'legacy', 'fresh')
      .getByText('COMPLETE', { exact: true })
      .waitFor({ timeout: LIVE_MS });
    expect(sent).toEqual([]);
    expect(watch.problems).toEqual([]);
  });
});
