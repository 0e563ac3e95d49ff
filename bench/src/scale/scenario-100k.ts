import { createSimulator } from '@ecr-scan-sim/simulator';
import { PeakHeap, settledHeap } from '../harness/heap.js';
import { REPOSITORY } from '../rows/fixtures.js';

/** One run of the account-quota scenario. */
export interface ScenarioRun {
  /** Wall time of the whole scenario, ms. */
  totalMs: number;
  /** Highest heap seen above the settled heap before the run, bytes. */
  peakHeapBytes: number;
  /** Settled heap kept by the simulator after the run, per pushed image, bytes. */
  bytesPerImage: number;
}

/**
 * Rows 6a and 7: the account quota at scale. One registry with scan on push and an account limit of `limit`;
 * `limit + 1` pushes (each a new image through `sim.pushImage`), the last one ends LIMIT_EXCEEDED; the clock moves
 * 24 h and a StartImageScan of that image is accepted. The heap is sampled every 1,000 pushes after a full GC;
 * the settled heap the simulator's state holds after the run, divided by the images, is the memory per image.
 * @throws Error when the simulator does not behave as the scenario expects (a broken run is not a measurement)
 */
export async function runScenario(limit: number): Promise<ScenarioRun> {
  const base = await settledHeap();
  const heap = new PeakHeap();
  const start = performance.now();
  const sim = createSimulator({ quotas: { accountScanLimit: limit } });
  await sim.createRepository({
    repositoryName: REPOSITORY,
    imageScanningConfiguration: { scanOnPush: true },
  });
  let last = '';
  for (let i = 0; i <= limit; i++) {
    last = (await sim.pushImage({ repositoryName: REPOSITORY, imageTag: `v${i}` })).imageDigest;
    if (i % 1_000 === 0) heap.sample();
  }
  const imageId = { imageDigest: last };
  const refused = await sim.describeImageScanFindings({ repositoryName: REPOSITORY, imageId });
  if (refused.imageScanStatus?.status !== 'LIMIT_EXCEEDED') {
    throw new Error(
      `[ecr-scan-sim bench] push ${limit + 1}: expected LIMIT_EXCEEDED, got ${refused.imageScanStatus?.status}`,
    );
  }
  sim.clock.tick('24h');
  const accepted = await sim.startImageScan({ repositoryName: REPOSITORY, imageId });
  if (accepted.imageScanStatus?.status !== 'IN_PROGRESS') {
    throw new Error(
      `[ecr-scan-sim bench] after 24 h: expected IN_PROGRESS, got ${accepted.imageScanStatus?.status}`,
    );
  }
  const totalMs = performance.now() - start;
  const peakHeapBytes = heap.peak - base;
  // Kept memory: the settled heap with the images minus the settled heap once `reset()` has dropped them. Both
  // are read here, so garbage an earlier run may still hold cannot leak into the difference.
  const withImages = await settledHeap();
  sim.reset();
  const kept = withImages - (await settledHeap());
  return { totalMs, peakHeapBytes, bytesPerImage: kept / (limit + 1) };
}
