/**
 * The vulnerability feed of enhanced scanning (rules E16–E18, decision D25), as formulas of time: no replay.
 *
 * The feed publishes every `intervalMs`, at instants shifted by a seeded offset (so publications are not all on
 * midnight). A CONTINUOUS_SCAN image is re-evaluated at each publication while it is eligible; its findings are its
 * first scan's plus the advisories published since. Advisories of severity `s` reach an image evenly spaced, every
 * `30 days / rate(s)`, starting at a seeded phase: the `j`-th is published at
 * `resultsAt + (j + 1 - phase(s)) * 30 d / rate(s)`, observed at the first publication at or after that, and the
 * count at an evaluation time `t` is `floor((t - resultsAt) * rate(s) / 30 d + phase(s))`. A year of simulated time
 * costs what a day costs: O(1) per severity, O(1) per finding of a page.
 */
import type { EnhancedFindingSeverity } from '@ecr-scan-sim/model';
import type { EnhancedFeedOptions } from '../glossary.js';
import { createPrng, type Prng } from '../internal/prng.js';

const RATE_WINDOW_MS = 30 * 86_400_000;
/** Keeps pathological rates and clocks from producing absurd lists; far above any test's need. */
const MAX_ADDITIONS_PER_SEVERITY = 100_000;

/** @internal The feed's publication instants, `offset + k × intervalMs`. */
export class FeedClock {
  readonly #offset: number;

  constructor(
    seed: number | string,
    readonly intervalMs: number,
  ) {
    this.#offset = createPrng(seed)
      .fork('vulnerability-feed')
      .int(Math.max(1, Math.floor(intervalMs)));
  }

  /** The last publication at or before `t`. */
  lastAtOrBefore(t: number): number {
    return Math.floor((t - this.#offset) / this.intervalMs) * this.intervalMs + this.#offset;
  }

  /** The first publication at or after `t`. */
  firstAtOrAfter(t: number): number {
    return Math.ceil((t - this.#offset) / this.intervalMs) * this.intervalMs + this.#offset;
  }

  /**
   * Rule E17: when an image whose first results came at `resultsAt` was last evaluated, looking no later than
   * `until` (now, or when it stopped being eligible): the last publication in `[resultsAt, until]`, else `resultsAt`.
   */
  evaluatedAt(resultsAt: number, until: number): number {
    if (until <= resultsAt) return resultsAt;
    const last = this.lastAtOrBefore(until);
    return Math.max(last, resultsAt);
  }
}

/** @internal How the feed reaches one image: per severity, the spacing and the seeded phase. */
export interface FeedLane {
  periodMs: number;
  phase: number;
}

/** @internal The lanes of an image (`image` is its stream), for the severities with a rate above 0. */
export function feedLanes(
  image: Prng,
  feed: EnhancedFeedOptions,
): Partial<Record<EnhancedFindingSeverity, FeedLane>> {
  const lanes: Partial<Record<EnhancedFindingSeverity, FeedLane>> = {};
  for (const [severity, rate] of Object.entries(feed.newFindingsPer30Days) as [
    EnhancedFindingSeverity,
    number,
  ][]) {
    if (!(rate > 0)) continue;
    lanes[severity] = { periodMs: RATE_WINDOW_MS / rate, phase: image.fork(`feed-phase:${severity}`).next() };
  }
  return lanes;
}

/** @internal Rule E16: how many advisories of a lane an image evaluated at `evaluatedAt` has. */
export function additionsAt(lane: FeedLane | undefined, resultsAt: number, evaluatedAt: number): number {
  if (lane === undefined || evaluatedAt <= resultsAt) return 0;
  const count = Math.floor((evaluatedAt - resultsAt) / lane.periodMs + lane.phase);
  return Math.min(Math.max(0, count), MAX_ADDITIONS_PER_SEVERITY);
}

/** @internal When advisory `j` of a lane was published. */
export function publishedAt(lane: FeedLane, resultsAt: number, j: number): number {
  return resultsAt + (j + 1 - lane.phase) * lane.periodMs;
}
