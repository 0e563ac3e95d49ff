/**
 * The fake-timers recipe with MSW (docs/recipes/msw-node.md): fake only `setTimeout`, `clearTimeout` and `Date`.
 * The SDK waiter sleeps with `setTimeout`; the simulator reads `Date.now()` through `systemClock`; MSW's own
 * interception keeps its real microtasks, `setImmediate` and `process.nextTick` (faking those hangs MSW).
 */
import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  ECRClient,
  waitUntilImageScanComplete,
} from '@aws-sdk/client-ecr';
import { statusDescriptions } from '@ecr-scan-sim/model';
import { createSimulator, systemClock } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';
import { CREDENTIALS } from './test-support/scan-scenario.js';

const sim = createSimulator({ clock: systemClock });
const server = setupServer(...createEcrHandlers(sim));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  vi.useRealTimers();
  sim.reset();
});
afterAll(() => server.close());

it('L2: waitUntilImageScanComplete reaches COMPLETE when only setTimeout, clearTimeout and Date are faked', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.UTC(2026, 0, 1) });
  const client = new ECRClient({ region: 'us-east-1', credentials: CREDENTIALS });
  const repositoryName = 'waiter';
  await client.send(
    new CreateRepositoryCommand({ repositoryName, imageScanningConfiguration: { scanOnPush: true } }),
  );
  const { imageDigest } = await sim.pushImage({ repositoryName, imageTag: 'v1' });
  const pushedAt = Date.now();

  const waiting = waitUntilImageScanComplete(
    { client, maxWaitTime: 300 },
    { repositoryName, imageId: { imageDigest } },
  );
  // The waiter polls at once (IN_PROGRESS), then sleeps 5 s or more between polls: move every timer and the clock.
  await vi.advanceTimersByTimeAsync(120_000);
  const result = await waiting;

  expect(result.state).toBe('SUCCESS');
  const findings = await client.send(
    new DescribeImageScanFindingsCommand({ repositoryName, imageId: { imageDigest } }),
  );
  expect(findings.imageScanStatus?.description).toBe(statusDescriptions.complete());
  expect(findings.imageScanFindings?.imageScanCompletedAt?.getTime()).toBe(
    pushedAt + sim.options.scanDurationMs,
  );
});
