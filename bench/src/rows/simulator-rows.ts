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

/** An ENHANCED registry scanning `app` with `frequency`, the feed off unless `feed` (rules E3, E16). */
async function enhancedImage(frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN', feed: boolean) {
  const sim = createSimulator({
    enhanced: { rescanDuration: 'LIFETIME', ...(feed ? {} : { feed: { newFindingsPer30Days: {} } }) },
  });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [
      { scanFrequency: frequency, repositoryFilters: [{ filter: REPOSITORY, filterType: 'WILDCARD' }] },
    ],
  });
  await sim.createRepository({ repositoryName: REPOSITORY });
  const { imageDigest } = await sim.pushImage({
    repositoryName: REPOSITORY,
    imageTag: 'enhanced',
    profile: { severityCounts: HUNDRED_FINDINGS },
  });
  return { sim, input: { repositoryName: REPOSITORY, imageId: { imageDigest }, maxResults: 100 } };
}

function pageRow(
  sim: ReturnType<typeof createSimulator>,
  input: { repositoryName: string; imageId: object; maxResults: number },
): TimedRow {
  return {
    // Timed per finding returned, like the basic row (pages of 100).
    unitsPerOp: 100,
    async prepare(n) {
      return async () => {
        for (let i = 0; i < n; i++) await sim.describeImageScanFindings(input);
      };
    },
  };
}

/** Row 2c: the same 100-finding page under ENHANCED scanning (SCAN_ON_PUSH, E14): compared with row 2b. */
export async function simulatorEnhancedFindingsRow(): Promise<TimedRow> {
  const { sim, input } = await enhancedImage('SCAN_ON_PUSH', false);
  sim.clock.tick('1h');
  const page = await sim.describeImageScanFindings(input);
  const count = page.imageScanFindings?.enhancedFindings?.length ?? 0;
  if (count !== 100)
    throw new Error(`[ecr-scan-sim bench] expected a 100-finding enhanced page, got ${count}`);
  return pageRow(sim, input);
}

/** Rows 2d/2e: the first page of a CONTINUOUS_SCAN image after a day and after a year of the feed (E18). */
export async function simulatorContinuousRow(days: number): Promise<TimedRow> {
  const { sim, input } = await enhancedImage('CONTINUOUS_SCAN', true);
  sim.clock.tick(`${days}d`);
  const page = await sim.describeImageScanFindings(input);
  if ((page.imageScanFindings?.enhancedFindings?.length ?? 0) !== 100)
    throw new Error('[ecr-scan-sim bench] expected a full page of 100 enhanced findings');
  return pageRow(sim, input);
}
