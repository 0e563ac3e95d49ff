/**
 * The fake-timers recipe with MSW (docs/recipes/msw-node.md): fake `setTimeout`, `clearTimeout` and `Date` (and, if
 * you like, `setImmediate` and `setInterval`). The SDK waiter sleeps with `setTimeout`; the simulator reads
 * `Date.now()` through `systemClock`; MSW's interception needs real microtasks (faking `queueMicrotask` hangs it).
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

// docs/recipes/msw-node.md: setImmediate and setInterval may be faked too; queueMicrotask must stay real (it hangs).
it.each([
  ['setTimeout, clearTimeout and Date', []],
  ['also setImmediate', ['setImmediate', 'clearImmediate']],
  ['also setInterval', ['setInterval', 'clearInterval']],
] as const)('L2: waitUntilImageScanComplete reaches COMPLETE through MSW, faking %s', async (_, more) => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', ...more], now: Date.UTC(2026, 0, 1) });
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
