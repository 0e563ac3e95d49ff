// Jest + MSW + fake timers, as docs/recipes/jest.md and msw-node.md advise: Jest fakes every timer API unless
// told, and with MSW `nextTick` and `queueMicrotask` must stay real.
import { CreateRepositoryCommand, ECRClient, waitUntilImageScanComplete } from '@aws-sdk/client-ecr';
import { createEcrHandlers } from '@ecr-scan-sim/msw';
import { createSimulator, systemClock } from '@ecr-scan-sim/simulator';
import { afterAll, afterEach, beforeAll, expect, jest, test } from '@jest/globals';
import { setupServer } from 'msw/node';

const sim = createSimulator({ clock: systemClock });
const server = setupServer(...createEcrHandlers(sim));
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  jest.useRealTimers();
});
afterAll(() => server.close());

test('the SDK waiter through MSW under Jest fake timers, nextTick and queueMicrotask real', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'], now: new Date('2026-01-01T00:00:00Z') });
  const client = new ECRClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
  });
  await client.send(
    new CreateRepositoryCommand({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } }),
  );
  await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
  const waiting = waitUntilImageScanComplete(
    { client, maxWaitTime: 300 },
    { repositoryName: 'app', imageId: { imageTag: 'v1' } },
  );
  await jest.advanceTimersByTimeAsync(120_000);
  expect((await waiting).state).toBe('SUCCESS');
}, 30_000);
