import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { scanGate } from './scan-gate.js';

/** The recipe's test setup: a simulator on a fake clock, and a sleep that moves that clock. */
async function setUp(options: { accountScanLimit?: number; scanOnPush?: boolean } = {}) {
  const clock = new FakeClock();
  const sim = createSimulator({ clock, quotas: { accountScanLimit: options.accountScanLimit ?? 100_000 } });
  await sim.createRepository({
    repositoryName: 'web',
    imageScanningConfiguration: { scanOnPush: options.scanOnPush ?? false },
  });
  const timing = { sleep: async (ms: number) => void clock.tick(ms), now: () => clock.now() };
  return { sim, timing };
}

const ref = (imageTag: string) => ({ repositoryName: 'web', imageId: { imageTag } });

describe('the scan gate of docs/recipes/testing-a-scan-gate.md', () => {
  it('L3: passes a clean image', async () => {
    const { sim, timing } = await setUp();
    await sim.pushImage({
      repositoryName: 'web',
      imageTag: 'clean',
      profile: { severityCounts: { LOW: 4 } },
    });
    expect(await scanGate(sim, ref('clean'), timing)).toEqual({
      pass: true,
      reason: 'no CRITICAL/HIGH findings',
    });
  });

  it('L3: fails an image with a CRITICAL finding', async () => {
    const { sim, timing } = await setUp();
    await sim.pushImage({
      repositoryName: 'web',
      imageTag: 'bad',
      profile: { severityCounts: { CRITICAL: 1 } },
    });
    expect(await scanGate(sim, ref('bad'), timing)).toEqual({
      pass: false,
      reason: '1 CRITICAL/HIGH findings',
    });
  });

  it('Q1: reuses the last result when the image was scanned on push', async () => {
    const { sim, timing } = await setUp({ scanOnPush: true });
    await sim.pushImage({ repositoryName: 'web', imageTag: 'v1', profile: { severityCounts: { HIGH: 2 } } });
    expect(await scanGate(sim, ref('v1'), timing)).toEqual({
      pass: false,
      reason: '2 CRITICAL/HIGH findings (last scan reused)',
    });
  });

  it('Q6: reports the account quota instead of passing', async () => {
    const { sim, timing } = await setUp({ accountScanLimit: 1 });
    await sim.pushImage({ repositoryName: 'web', imageTag: 'a', profile: { severityCounts: {} } });
    await sim.pushImage({ repositoryName: 'web', imageTag: 'b', profile: { severityCounts: {} } });
    await scanGate(sim, ref('a'), timing);
    expect(await scanGate(sim, ref('b'), timing)).toEqual({
      pass: false,
      reason: 'the account scan quota is spent: no scan ran, retry later',
    });
  });

  it('L4: fails an image whose OS cannot be scanned', async () => {
    const { sim, timing } = await setUp();
    await sim.pushImage({ repositoryName: 'web', imageTag: 'scratch', profile: { outcome: 'FAILED' } });
    const verdict = await scanGate(sim, ref('scratch'), timing);
    expect(verdict.pass).toBe(false);
    expect(verdict.reason).toMatch(/^scan FAILED: UnsupportedImageError: /);
  });
});
