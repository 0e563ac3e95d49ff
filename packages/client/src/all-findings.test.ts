import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { allFindings } from './all-findings.js';

async function scannedImage(severityCounts: Record<string, number>) {
  const clock = new FakeClock();
  const sim = createSimulator({ clock });
  await sim.createRepository({ repositoryName: 'web' });
  await sim.pushImage({ repositoryName: 'web', imageTag: 'v1', profile: { severityCounts } });
  return { sim, clock };
}

const ref = { repositoryName: 'web', imageId: { imageTag: 'v1' } };

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('allFindings', () => {
  it('P1, P2: yields every finding over pages of any size', async () => {
    const { sim, clock } = await scannedImage({ CRITICAL: 3, LOW: 250 });
    await sim.startImageScan(ref);
    clock.tick(30_000);
    for (const pageSize of [undefined, 1, 7, 100, 1000]) {
      const findings = await collect(allFindings(sim, ref, pageSize === undefined ? {} : { pageSize }));
      expect(findings).toHaveLength(253);
    }
  });

  it('L5: rejects with ScanNotFoundException for an image never scanned', async () => {
    const { sim } = await scannedImage({});
    await expect(collect(allFindings(sim, ref))).rejects.toMatchObject({ name: 'ScanNotFoundException' });
  });
});
