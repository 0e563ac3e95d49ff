import { createSimulator, FakeClock, type SimulatorOptions } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { allFindings } from './all-findings.js';
import { scanImage } from './scan-image.js';
import { ScanTimeoutError } from './scan-timeout-error.js';

async function enhanced(
  frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN',
  options: Omit<SimulatorOptions, 'clock'> = {},
) {
  const clock = new FakeClock();
  const sim = createSimulator({ ...options, clock, seed: 4 });
  await sim.createRepository({ repositoryName: 'web' });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [{ scanFrequency: frequency, repositoryFilters: [{ filter: 'web', filterType: 'WILDCARD' }] }],
  });
  const sleep = async (ms: number) => void clock.tick(ms);
  return { sim, clock, sleep, now: () => clock.now() };
}
const ref = { repositoryName: 'web', imageId: { imageTag: 'v1' } };

describe('scanImage under ENHANCED scanning', () => {
  it('E33: SCAN_ON_PUSH: starts nothing, waits through ScanNotFound and PENDING, returns COMPLETE with every enhanced finding', async () => {
    const { sim, sleep, now } = await enhanced('SCAN_ON_PUSH', { enhanced: { ingestDelayMs: 10_000 } });
    await sim.pushImage({
      repositoryName: 'web',
      imageTag: 'v1',
      profile: { severityCounts: { HIGH: 150, UNTRIAGED: 1 } },
    });
    const result = await scanImage(sim, ref, { sleep, now, pollIntervalMs: 5_000, pageSize: 100 });
    expect(result).toMatchObject({
      status: 'COMPLETE',
      quota: 'ok',
      severityCounts: { HIGH: 150, UNTRIAGED: 1 },
    });
    expect(result.enhancedFindings).toHaveLength(151);
    expect(result.findings).toEqual([]);
    expect(sim.calls.filter((c) => c.operation === 'StartImageScan')).toHaveLength(1);
  });

  it('E7, E33: COMPLETE before its findings is not settled yet: the findings lag is waited out', async () => {
    const { sim, sleep, now } = await enhanced('SCAN_ON_PUSH', { enhanced: { findingsLagMs: 15_000 } });
    await sim.pushImage({ repositoryName: 'web', imageTag: 'v1', profile: { severityCounts: { LOW: 2 } } });
    const result = await scanImage(sim, ref, { sleep, now, pollIntervalMs: 5_000 });
    expect(result.enhancedFindings).toHaveLength(2);
    expect(result.completedAt).toBeInstanceOf(Date);
  });

  it('E33: CONTINUOUS_SCAN: ACTIVE with results is settled', async () => {
    const { sim, sleep, now } = await enhanced('CONTINUOUS_SCAN');
    await sim.pushImage({
      repositoryName: 'web',
      imageTag: 'v1',
      profile: { severityCounts: { CRITICAL: 1 } },
    });
    const result = await scanImage(sim, ref, { sleep, now });
    expect(result).toMatchObject({ status: 'ACTIVE', severityCounts: { CRITICAL: 1 } });
    expect(result.enhancedFindings).toHaveLength(1);
  });

  it('E3: an image of a repository no rule scans times out (ScanNotFoundException all along)', async () => {
    const { sim, sleep, now } = await enhanced('SCAN_ON_PUSH');
    await sim.createRepository({ repositoryName: 'other' });
    await sim.pushImage({ repositoryName: 'other', imageTag: 'v1' });
    const error = await scanImage(
      sim,
      { repositoryName: 'other', imageId: { imageTag: 'v1' } },
      { sleep, now, deadlineMs: 60_000 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanTimeoutError);
    expect((error as ScanTimeoutError).lastStatus).toBeUndefined();
  });

  it('E33: allFindings walks enhancedFindings with kind "enhanced"', async () => {
    const { sim, clock } = await enhanced('SCAN_ON_PUSH');
    await sim.pushImage({
      repositoryName: 'web',
      imageTag: 'v1',
      profile: { severityCounts: { MEDIUM: 7 } },
    });
    clock.tick('60s');
    const enhancedList = [];
    for await (const f of allFindings(sim, ref, { kind: 'enhanced', pageSize: 3 }))
      enhancedList.push(f.findingArn);
    expect(new Set(enhancedList).size).toBe(7);
    const basicList = [];
    for await (const f of allFindings(sim, ref)) basicList.push(f);
    expect(basicList).toEqual([]);
  });
});
