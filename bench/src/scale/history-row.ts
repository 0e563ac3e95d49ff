import { createSimulator } from '@ecr-scan-sim/simulator';
import type { TimedRow } from '../harness/interleave.js';
import { REPOSITORY } from '../rows/fixtures.js';

/**
 * Operations per slice, the same for every size: under load, longer slices are preempted more often, so equal
 * slices keep the sizes comparable. Small enough that a 10^6 history drifts by well under 1% in a run.
 */
export const HISTORY_OPS_PER_SLICE = 200;

/** Thrown when building a history through the API takes longer than its budget: a finding, not a crash. */
export class HistoryBudgetExceeded extends Error {
  constructor(
    readonly size: number,
    readonly reached: number,
    readonly elapsedMs: number,
    /** µs per StartImageScan over the first and the last 1,000 of the build. */
    readonly firstUs: number,
    readonly lastUs: number,
  ) {
    super(
      `building ${size.toLocaleString('en-US')} entries of history through the API stopped after ` +
        `${(elapsedMs / 1000).toFixed(0)} s at ${reached.toLocaleString('en-US')}; StartImageScan took ` +
        `${firstUs.toFixed(1)} µs/op over the first 1,000 and ${lastUs.toFixed(1)} µs/op over the last 1,000, ` +
        'so its cost grows with the history',
    );
  }
}

/**
 * Row 6b: StartImageScan after `size` accepted scans of history (scan records, account-window entries and call
 * records). The history is built through the API: one image, a 1 ms per-image window and an account limit never
 * reached, one accepted scan per millisecond of fake clock. Each timed operation is the same `tick(1)` + accepted
 * StartImageScan, so rows of different sizes differ only by the history behind them.
 */
export class HistoryRow implements TimedRow {
  readonly size: number;
  readonly maxOps = HISTORY_OPS_PER_SLICE;
  /** Wall time of the last build, ms. */
  buildMs = 0;
  readonly #sim = createSimulator({ quotas: { perImageWindowMs: 1, accountScanLimit: 1_000_000_000 } });
  #input = { repositoryName: REPOSITORY, imageId: { imageDigest: '' } };
  #history = Number.POSITIVE_INFINITY;

  constructor(size: number) {
    this.size = size;
  }

  /**
   * Empties the simulator and replays `size` accepted scans.
   * @param budgetMs - gives up past this much wall time (a history whose cost grows would take hours)
   * @throws HistoryBudgetExceeded when the budget runs out
   */
  async build(budgetMs = Number.POSITIVE_INFINITY): Promise<void> {
    const start = performance.now();
    const sim = this.#sim;
    sim.reset();
    await sim.createRepository({ repositoryName: REPOSITORY });
    const { imageDigest } = await sim.pushImage({ repositoryName: REPOSITORY, imageTag: 'history' });
    this.#input = { repositoryName: REPOSITORY, imageId: { imageDigest } };
    let firstUs = Number.NaN;
    let lapStart = performance.now();
    let lapUs = Number.NaN;
    for (let i = 0; i < this.size; i++) {
      sim.clock.tick(1);
      await sim.startImageScan(this.#input);
      if ((i + 1) % 1_000 === 0) {
        const now = performance.now();
        lapUs = now - lapStart; // ms per 1,000 operations = µs per operation
        if (i + 1 === 1_000) firstUs = lapUs;
        lapStart = now;
        if (now - start > budgetMs) {
          this.#history = Number.POSITIVE_INFINITY;
          throw new HistoryBudgetExceeded(this.size, i + 1, now - start, firstUs, lapUs);
        }
      }
    }
    this.#history = this.size;
    this.buildMs = performance.now() - start;
  }

  async prepare(n: number) {
    // Within 10% of the size, or one slice past it for the smallest size.
    if (this.#history + n > this.size + Math.max(HISTORY_OPS_PER_SLICE, this.size / 10)) await this.build();
    this.#history += n;
    const sim = this.#sim;
    const input = this.#input;
    return async () => {
      for (let i = 0; i < n; i++) {
        sim.clock.tick(1);
        const { imageScanStatus } = await sim.startImageScan(input);
        if (imageScanStatus?.status !== 'IN_PROGRESS')
          throw new Error('[ecr-scan-sim bench] scan not accepted');
      }
    };
  }
}
