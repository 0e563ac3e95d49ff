import {
  DescribeImageScanFindingsCommand,
  paginateDescribeImageScanFindings,
  StartImageScanCommand,
  ValidationException,
  waitUntilImageScanComplete,
} from '@aws-sdk/client-ecr';
import { createSimulator, FakeClock, systemClock } from '@ecr-scan-sim/simulator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordingClient } from '../test-support/sdk.js';

afterEach(() => {
  vi.useRealTimers();
});

async function enhancedSim(
  frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN',
  clock: { now(): number } = new FakeClock(),
) {
  const sim = createSimulator({ clock, seed: 5 });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [{ scanFrequency: frequency, repositoryFilters: [{ filter: 'app', filterType: 'WILDCARD' }] }],
  });
  return sim;
}

describe('ENHANCED scanning through the real ECRClient (createSimulatorHandler)', () => {
  it('E5, E6, E25, E27: PENDING, then COMPLETE with N findings for counts summing to N, paged by the SDK paginator', async () => {
    const clock = new FakeClock();
    const sim = await enhancedSim('SCAN_ON_PUSH', clock);
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'app',
      profile: { severityCounts: { CRITICAL: 2, HIGH: 40, MEDIUM: 120, UNTRIAGED: 3 } },
    });
    const { client, exchanges } = recordingClient(sim, { maxAttempts: 1 });
    const input = { repositoryName: 'app', imageId: { imageDigest } };
    const pending = await client.send(new DescribeImageScanFindingsCommand(input));
    expect(pending.imageScanStatus?.status).toBe('PENDING');
    expect(pending.imageScanFindings).toEqual({ findings: [], enhancedFindings: [] });
    clock.tick('60s');
    const found = [];
    let counts: Record<string, number> | undefined;
    for await (const page of paginateDescribeImageScanFindings({ client, pageSize: 50 }, input)) {
      expect(page.imageScanStatus?.status).toBe('COMPLETE');
      counts = page.imageScanFindings?.findingSeverityCounts as Record<string, number>;
      found.push(...(page.imageScanFindings?.enhancedFindings ?? []));
    }
    expect(counts).toEqual({ CRITICAL: 2, HIGH: 40, MEDIUM: 120, UNTRIAGED: 3 });
    expect(found).toHaveLength(165);
    expect(found[0]?.firstObservedAt).toBeInstanceOf(Date);
    expect(found[0]?.resources?.[0]?.details?.awsEcrContainerImage?.pushedAt).toBeInstanceOf(Date);
    // W2: epoch seconds on the wire, never ISO text.
    const wire = JSON.parse(exchanges.at(-1)?.body ?? '{}');
    expect(typeof wire.imageScanFindings.imageScanCompletedAt).toBe('number');
    expect(typeof wire.imageScanFindings.enhancedFindings[0].firstObservedAt).toBe('number');
  });

  it('E1: StartImageScan is the SDK ValidationException "This feature is disabled"', async () => {
    const sim = await enhancedSim('CONTINUOUS_SCAN');
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
    const { client } = recordingClient(sim, { maxAttempts: 1 });
    const error = await client
      .send(new StartImageScanCommand({ repositoryName: 'app', imageId: { imageDigest } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    expect((error as Error).message).toBe('This feature is disabled');
  });

  describe('E32: waitUntilImageScanComplete under fake timers, simulator on systemClock', () => {
    it('succeeds under SCAN_ON_PUSH (COMPLETE after PENDING)', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const sim = await enhancedSim('SCAN_ON_PUSH', systemClock);
      const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
      const { client } = recordingClient(sim);
      const waiting = waitUntilImageScanComplete(
        { client, maxWaitTime: 300 },
        { repositoryName: 'app', imageId: { imageDigest } },
      ).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(300_000);
      expect(await waiting).toMatchObject({
        state: 'SUCCESS',
        reason: { imageScanStatus: { status: 'COMPLETE' } },
      });
    });

    it('times out under CONTINUOUS_SCAN (ACTIVE is never success)', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      const sim = await enhancedSim('CONTINUOUS_SCAN', systemClock);
      const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
      const { client } = recordingClient(sim);
      const waiting = waitUntilImageScanComplete(
        { client, maxWaitTime: 300 },
        { repositoryName: 'app', imageId: { imageDigest } },
      ).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(400_000);
      const error = await waiting;
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('TimeoutError');
      const last = await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest } });
      expect(last.imageScanStatus?.status).toBe('ACTIVE');
    });
  });
});
