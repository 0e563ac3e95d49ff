/**
 * The real thing in a real browser: msw's `setupWorker` (Service Worker from public/mockServiceWorker.js) and the
 * real `ECRClient` (its browser build, fetch) in headless Chromium. The config's `no-node-builtins` plugin fails
 * the run if model, simulator, wire or msw import a Node built-in.
 */
import { CreateRepositoryCommand, DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { EnableCommand, Inspector2Client, ListCoverageCommand } from '@aws-sdk/client-inspector2';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { setupWorker } from 'msw/browser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';
import { CREDENTIALS, runScanScenario } from './test-support/scan-scenario.js';

const sim = createSimulator();
const worker = setupWorker(...createEcrHandlers(sim));

beforeAll(async () => {
  console.log(`[ecr-scan-sim] browser: ${navigator.userAgent}`);
  await worker.start({ quiet: true, onUnhandledFrame: 'error' });
});
afterAll(() => worker.stop());

it('runs in a browser with a Service Worker, not in Node', () => {
  expect(typeof window).toBe('object');
  expect(navigator.serviceWorker.controller).not.toBeNull();
  expect(Reflect.has(globalThis, 'Buffer')).toBe(false);
});

it('L2, Q1, P2: scan on push, IN_PROGRESS, COMPLETE after 30 s, LimitExceededException, paginated findings', async () => {
  const client = new ECRClient({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1 });
  await runScanScenario(client, sim);
});

it('G1: the region comes from the host the browser fetched', async () => {
  const client = new ECRClient({ region: 'eu-west-1', credentials: CREDENTIALS });
  const listed = await client.send(new DescribeRepositoriesCommand({}));
  expect(listed.repositories).toEqual([]);
  expect(sim.calls.at(-1)).toMatchObject({ operation: 'DescribeRepositories', region: 'eu-west-1' });
});

it('S1 W7 W8: the real Inspector2Client in the browser reaches the same account through the worker', async () => {
  const region = 'ca-central-1';
  const ecr = new ECRClient({ region, credentials: CREDENTIALS });
  const inspector = new Inspector2Client({ region, credentials: CREDENTIALS, maxAttempts: 1 });
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'browser-app' }));
  await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
  const coverage = await inspector.send(new ListCoverageCommand({}));
  expect(coverage.coveredResources?.map((c) => c.resourceId)).toEqual([
    `arn:aws:ecr:${region}:123456789012:repository/browser-app`,
  ]);
  expect(sim.calls.at(-1)).toMatchObject({ service: 'inspector2', operation: 'ListCoverage', region });
});

it('fails loudly on a request no handler matches (msw 3 onUnhandledFrame: "error")', async () => {
  // In a page, msw answers it with a 500 that carries its error; passed through, it would get the page server's 404.
  const response = await fetch(`${location.origin}/ecr-scan-sim-unmatched`, { method: 'POST' });
  expect(response.status).toBe(500);
  expect(((await response.json()) as { message: string }).message).toBe(
    '[MSW] Cannot bypass a request when using the "error" strategy for the "onUnhandledFrame" option.',
  );
});
