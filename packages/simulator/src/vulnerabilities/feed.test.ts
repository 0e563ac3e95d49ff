import type { EnhancedImageScanFinding } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { FeedClock } from './feed.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 20);
const DAY = 86_400_000;

async function continuous(seed: number, rescanDuration: 'LIFETIME' | 'DAYS_14' = 'LIFETIME') {
  const sim = createSimulator({ seed, enhanced: { rescanDuration } });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
  const { imageDigest } = await sim.pushImage({
    repositoryName: 'app',
    profile: { severityCounts: { LOW: 2 } },
  });
  const findings = async () => {
    const page = await sim.describeImageScanFindings({
      repositoryName: 'app',
      imageId: { imageDigest },
      maxResults: 1000,
    });
    return page.imageScanFindings as {
      enhancedFindings: EnhancedImageScanFinding[];
      imageScanCompletedAt: Date;
      vulnerabilitySourceUpdatedAt: Date;
    };
  };
  sim.clock.tick('60s');
  return { sim, findings };
}

describe('the vulnerability feed', () => {
  it('E16: with the defaults every continuously scanned image gains a finding within 30 days', async () => {
    for (let seed = 0; seed < 30; seed++) {
      const { sim, findings } = await continuous(seed);
      const before = (await findings()).enhancedFindings.length;
      sim.clock.tick(30 * DAY);
      expect((await findings()).enhancedFindings.length, `seed ${seed}`).toBeGreaterThan(before);
    }
  });

  it('E17: kept findings keep firstObservedAt; lastObservedAt, updatedAt and the timestamps advance; counts only grow', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.integer({ min: 1, max: 20 * DAY }), { minLength: 1, maxLength: 6 }),
        async (seed, ticks) => {
          const { sim, findings } = await continuous(seed);
          let previous = await findings();
          for (const ms of ticks) {
            sim.clock.tick(ms);
            const now = await findings();
            const first = new Map(
              now.enhancedFindings.map((f) => [f.findingArn, f.firstObservedAt?.getTime()]),
            );
            for (const kept of previous.enhancedFindings) {
              expect(first.get(kept.findingArn)).toBe(kept.firstObservedAt?.getTime());
            }
            expect(now.enhancedFindings.length).toBeGreaterThanOrEqual(previous.enhancedFindings.length);
            expect(now.imageScanCompletedAt.getTime()).toBeGreaterThanOrEqual(
              previous.imageScanCompletedAt.getTime(),
            );
            expect(now.vulnerabilitySourceUpdatedAt.getTime()).toBeLessThanOrEqual(
              now.imageScanCompletedAt.getTime(),
            );
            for (const f of now.enhancedFindings) {
              expect(f.lastObservedAt).toEqual(now.imageScanCompletedAt);
              expect(f.updatedAt).toEqual(now.imageScanCompletedAt);
              expect(f.firstObservedAt?.getTime()).toBeLessThanOrEqual(sim.clock.now());
            }
            previous = now;
          }
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('E10, E17: an expired image keeps the findings of its last evaluation', async () => {
    const { sim, findings } = await continuous(5, 'DAYS_14');
    sim.clock.tick(14 * DAY - 60_000);
    const last = await findings();
    sim.clock.tick(200 * DAY);
    expect(await findings()).toEqual(last);
  });

  it('E18: after a year the answer is a formula, as after a day (counts match one big tick and many small ones)', async () => {
    const a = await continuous(9);
    const b = await continuous(9);
    a.sim.clock.tick(365 * DAY);
    for (let d = 0; d < 365; d++) b.sim.clock.tick(DAY);
    expect(await a.findings()).toEqual(await b.findings());
  });

  it('E17: publications are interval apart from a seeded offset; evaluation never precedes the results', () => {
    const clock = new FeedClock(3, DAY);
    const p = clock.lastAtOrBefore(Date.parse('2026-03-01T12:00:00Z'));
    expect(clock.firstAtOrAfter(p)).toBe(p);
    expect(clock.lastAtOrBefore(p + DAY - 1)).toBe(p);
    expect(clock.firstAtOrAfter(p + 1)).toBe(p + DAY);
    expect(clock.evaluatedAt(p + 5, p + 10)).toBe(p + 5);
    expect(clock.evaluatedAt(p + 5, p + DAY + 10)).toBe(p + DAY);
  });
});
