import { DescribeImageScanFindingsCommand, ECRClient, waitUntilImageScanComplete } from '@aws-sdk/client-ecr';
import { createSimulator, systemClock } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';
import { CREDENTIALS } from './test-support/scan-scenario.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

async function enhancedSim(frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN') {
  const sim = createSimulator({ clock: systemClock, seed: 8 });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [{ scanFrequency: frequency, repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }],
  });
  server.resetHandlers(...createEcrHandlers(sim));
  const { imageDigest } = await sim.pushImage({
    repositoryName: 'app',
    profile: { severityCounts: { HIGH: 2, LOW: 1 } },
  });
  const client = new ECRClient({ region: 'us-east-1', credentials: CREDENTIALS });
  return { sim, client, input: { repositoryName: 'app', imageId: { imageDigest } } };
}

describe('ENHANCED scanning over MSW setupServer', () => {
  it('E32, E6: the SDK waiter succeeds under SCAN_ON_PUSH and the findings sum to the counts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, input } = await enhancedSim('SCAN_ON_PUSH');
    const waiting = waitUntilImageScanComplete({ client, maxWaitTime: 300 }, input).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(await waiting).toMatchObject({ state: 'SUCCESS' });
    const page = await client.send(new DescribeImageScanFindingsCommand(input));
    expect(page.imageScanFindings?.findingSeverityCounts).toEqual({ HIGH: 2, LOW: 1 });
    expect(page.imageScanFindings?.enhancedFindings).toHaveLength(3);
    client.destroy();
  });

  it('E32, E2: the SDK waiter times out under CONTINUOUS_SCAN, the image is ACTIVE', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, input } = await enhancedSim('CONTINUOUS_SCAN');
    const waiting = waitUntilImageScanComplete({ client, maxWaitTime: 300 }, input).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(400_000);
    expect(((await waiting) as Error).name).toBe('TimeoutError');
    const page = await client.send(new DescribeImageScanFindingsCommand(input));
    expect(page.imageScanStatus?.status).toBe('ACTIVE');
    client.destroy();
  });
});
