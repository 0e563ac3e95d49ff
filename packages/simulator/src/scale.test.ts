/**
 * Scale: the quota structures stay O(1) amortised per operation whatever the history (rules Q1, Q4).
 * 100,000 images are pushed with scan on push within 24 h; the next scan is refused by the account window, and
 * one window later a scan is accepted again. No timed assertion: the duration is printed for the report.
 */
import { describe, expect, it } from 'vitest';
import { createSimulator } from './create-simulator.js';
import { manifests } from './manifests.js';

const IMAGES = 100_000;

describe('scale', () => {
  it('Q4: 100,000 accepted scans within 24 h, then LIMIT_EXCEEDED, then accepted 24 h later', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'big', imageScanningConfiguration: { scanOnPush: true } });
    const started = performance.now();
    const step = Math.floor((23 * 3_600_000) / IMAGES); // all within 23 h
    const slices: number[] = [];
    let sliceStart = started;
    let lastDigest = '';
    for (let i = 0; i < IMAGES; i++) {
      const { image } = await sim.putImage({
        repositoryName: 'big',
        imageManifest: manifests.image({ seedText: `img-${i}`, layers: 1 }),
      });
      lastDigest = image?.imageId?.imageDigest ?? '';
      sim.clock.tick(step);
      if ((i + 1) % 20_000 === 0) {
        const at = performance.now();
        slices.push(Math.round(at - sliceStart));
        sliceStart = at;
      }
    }
    const pushed = performance.now() - started;
    sim.clock.tick('30s');
    const last = await sim.describeImageScanFindings({
      repositoryName: 'big',
      imageId: { imageDigest: lastDigest },
    });
    expect(last.imageScanStatus?.status).toBe('COMPLETE');
    const extra = await sim.putImage({
      repositoryName: 'big',
      imageManifest: manifests.image({ seedText: 'one-too-many', layers: 1 }),
      imageTag: 'extra',
    });
    const refused = await sim.describeImageScanFindings({
      repositoryName: 'big',
      imageId: { imageTag: 'extra' },
    });
    expect(refused.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
    const manual = await sim.startImageScan({ repositoryName: 'big', imageId: { imageTag: 'extra' } });
    expect(manual.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');

    sim.clock.tick('24h');
    const accepted = await sim.startImageScan({
      repositoryName: 'big',
      imageId: { imageDigest: extra.image?.imageId?.imageDigest },
    });
    expect(accepted.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
    const total = performance.now() - started;
    console.log(
      `[scale] ${IMAGES} pushes with scan on push: ${pushed.toFixed(0)} ms (per 20,000: ${slices.join(', ')} ms); whole test ${total.toFixed(0)} ms`,
    );
  });
});
