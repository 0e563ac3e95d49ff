import { createSimulator } from '@ecr-scan-sim/simulator';
import type { TimedRow } from '../harness/interleave.js';
import { ImagePool, POOL_SIMULATOR_OPTIONS, REPOSITORY } from './fixtures.js';

/** Severity counts of the findings row: 100 findings, one full page. */
const HUNDRED_FINDINGS = { CRITICAL: 5, HIGH: 15, MEDIUM: 30, LOW: 30, INFORMATIONAL: 20 } as const;

/** Row 1: the floor, a bare `Map` get + set + `Date.now()` per operation: what any stateful fake costs at least. */
export function floorRow(): TimedRow {
  const map = new Map<string, number>();
  const keys = Array.from({ length: 1024 }, (_, i) => `key-${i}`);
  return {
    async prepare(n) {
      return async () => {
        for (let i = 0; i < n; i++) {
          const key = keys[i & 1023]!;
          map.set(key, ((map.get(key) ?? 0) + Date.now()) % 1_000_000_007);
        }
      };
    },
  };
}

/** Row 2a: `sim.startImageScan`, each operation on the next image of a pool that may scan. */
export function simulatorStartScanRow(): TimedRow {
  const sim = createSimulator(POOL_SIMULATOR_OPTIONS);
  const pool = new ImagePool(
    () => sim,
    (ms) => sim.clock.tick(ms),
  );
  return {
    async prepare(n) {
      const targets = await pool.take(n);
      return async () => {
        for (let i = 0; i < n; i++) await sim.startImageScan(targets[i]!);
      };
    },
  };
}

/** Row 2b: `sim.describeImageScanFindings`, a 100-findings page of a completed scan, timed per finding returned. */
export async function simulatorFindingsRow(): Promise<TimedRow> {
  const sim = createSimulator();
  await sim.createRepository({
    repositoryName: REPOSITORY,
    imageScanningConfiguration: { scanOnPush: true },
  });
  const { imageDigest } = await sim.pushImage({
    repositoryName: REPOSITORY,
    imageTag: 'findings',
    profile: { severityCounts: HUNDRED_FINDINGS },
  });
  sim.clock.tick('1h');
  const input = { repositoryName: REPOSITORY, imageId: { imageDigest }, maxResults: 100 };
  const page = await sim.describeImageScanFindings(input);
  const count = page.imageScanFindings?.findings?.length ?? 0;
  if (count !== 100) throw new Error(`[ecr-scan-sim bench] expected a 100-findings page, got ${count}`);
  return {
    unitsPerOp: count,
    async prepare(n) {
      return async () => {
        for (let i = 0; i < n; i++) await sim.describeImageScanFindings(input);
      };
    },
  };
}
