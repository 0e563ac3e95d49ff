import { MESSAGES, statusDescriptions } from '@ecr-scan-sim/model';
import {
  createSimulator,
  type EcrSimulator,
  FakeClock,
  type SimulatorOptions,
} from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { scanImage } from './scan-image.js';
import { ScanTimeoutError } from './scan-timeout-error.js';

const CRITICAL = { severityCounts: { CRITICAL: 1, HIGH: 2 } };

async function setUp(options: Omit<SimulatorOptions, 'clock'> = {}, scanOnPush = false) {
  const clock = new FakeClock();
  const sim = createSimulator({ ...options, clock });
  await sim.createRepository({ repositoryName: 'web', imageScanningConfiguration: { scanOnPush } });
  const polls: number[] = [];
  /** The injected sleep: moves the simulator's clock instead of waiting. */
  const sleep = async (ms: number) => {
    polls.push(ms);
    clock.tick(ms);
  };
  return { sim, clock, sleep, polls, now: () => clock.now() };
}

const ref = (imageTag: string) => ({ repositoryName: 'web', imageId: { imageTag } });

async function push(sim: EcrSimulator, imageTag: string, profile = {}) {
  return sim.pushImage({ repositoryName: 'web', imageTag, profile });
}

describe('scanImage against the simulator', () => {
  it('L3: starts a scan and waits until COMPLETE', async () => {
    const { sim, sleep, now, polls } = await setUp();
    await push(sim, 'v1', CRITICAL);
    const result = await scanImage(sim, ref('v1'), { sleep, now, pollIntervalMs: 5_000 });
    expect(result).toMatchObject({
      status: 'COMPLETE',
      description: statusDescriptions.complete(),
      severityCounts: { CRITICAL: 1, HIGH: 2 },
      quota: 'ok',
    });
    expect(result.findings).toHaveLength(3);
    expect(result.completedAt).toBeInstanceOf(Date);
    expect(polls.reduce((a, b) => a + b, 0)).toBe(30_000);
  });

  it('Q1: on the per-image limit, uses the scan already done (here the scan on push)', async () => {
    const { sim, sleep, now } = await setUp({}, true);
    await push(sim, 'v1', CRITICAL);
    const result = await scanImage(sim, ref('v1'), { sleep, now });
    expect(result).toMatchObject({ status: 'COMPLETE', quota: 'per-image-limit' });
    expect(result.findings).toHaveLength(3);
  });

  it('Q6: reports an account-quota LIMIT_EXCEEDED status as an account-limit result', async () => {
    const { sim, sleep, now } = await setUp({ quotas: { accountScanLimit: 1 } });
    await push(sim, 'v1');
    await push(sim, 'v2');
    await scanImage(sim, ref('v1'), { sleep, now });
    const result = await scanImage(sim, ref('v2'), { sleep, now });
    expect(result).toMatchObject({ status: 'LIMIT_EXCEEDED', quota: 'account-limit', findings: [] });
  });

  it('Q6: reports the account-quota LimitExceededException (option "exception") as an account-limit result', async () => {
    const { sim, sleep, now } = await setUp({
      quotas: { accountScanLimit: 1 },
      accountQuotaExceeded: 'exception',
    });
    await push(sim, 'v1');
    await push(sim, 'v2');
    await scanImage(sim, ref('v1'), { sleep, now });
    const result = await scanImage(sim, ref('v2'), { sleep, now });
    expect(result).toMatchObject({ status: 'LIMIT_EXCEEDED', quota: 'account-limit' });
    expect(result.description).not.toContain(MESSAGES.scanQuotaPerImage.template);
  });

  it('L4: returns FAILED with the unsupported-OS description', async () => {
    const { sim, sleep, now } = await setUp();
    await push(sim, 'scratch', { outcome: 'FAILED' });
    const result = await scanImage(sim, ref('scratch'), { sleep, now });
    expect(result).toMatchObject({ status: 'FAILED', quota: 'ok', findings: [] });
    expect(result.description).toMatch(/^UnsupportedImageError: /);
  });

  it('L4: returns UNSUPPORTED_IMAGE when the simulator reports that status (where the SDK waiter would spin)', async () => {
    const { sim, sleep, now } = await setUp({ unsupportedOsStatus: 'UNSUPPORTED_IMAGE' });
    await push(sim, 'scratch', { outcome: 'UNSUPPORTED_IMAGE' });
    const result = await scanImage(sim, ref('scratch'), { sleep, now });
    expect(result.status).toBe('UNSUPPORTED_IMAGE');
  });

  it('A2: lets ImageArchivedException through for an archived image', async () => {
    const { sim, sleep, now } = await setUp();
    await push(sim, 'old');
    await sim.updateImageStorageClass({ ...ref('old'), targetStorageClass: 'ARCHIVE' });
    await expect(scanImage(sim, ref('old'), { sleep, now })).rejects.toMatchObject({
      name: 'ImageArchivedException',
      message: MESSAGES.imageArchived.template,
    });
  });

  it('L2: throws ScanTimeoutError when the scan outlasts the deadline', async () => {
    const { sim, sleep, now } = await setUp();
    await push(sim, 'slow', { scanDurationMs: 600_000 });
    const failure = scanImage(sim, ref('slow'), { sleep, now, deadlineMs: 60_000 });
    await expect(failure).rejects.toBeInstanceOf(ScanTimeoutError);
    await expect(failure).rejects.toMatchObject({ lastStatus: 'IN_PROGRESS', deadlineMs: 60_000 });
  });

  it('reaches the deadline even when the injected sleep does not move the clock', async () => {
    const { sim, now } = await setUp();
    await push(sim, 'v1');
    const failure = scanImage(sim, ref('v1'), { sleep: async () => {}, now, deadlineMs: 20_000 });
    await expect(failure).rejects.toBeInstanceOf(ScanTimeoutError);
  });

  it('P2: collects the findings of every page (over 250 findings)', async () => {
    const { sim, sleep, now } = await setUp();
    await push(sim, 'big', { severityCounts: { HIGH: 130, MEDIUM: 70, LOW: 60 } });
    const result = await scanImage(sim, ref('big'), { sleep, now, pageSize: 100 });
    expect(result.findings).toHaveLength(260);
    expect(new Set(result.findings.map((f) => f.name)).size).toBe(260);
    expect(result.severityCounts).toEqual({ HIGH: 130, MEDIUM: 70, LOW: 60 });
  });
});
