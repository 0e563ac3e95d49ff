import type { RunSettings } from './settings.js';

/** The transports that run in CI: the Smithy handler, MSW and the HTTP server. */
export const TRANSPORT_COUNT = 3;

/** Sequences one transport runs: an equal share of `NUM_RUNS` (so the sum is at least `NUM_RUNS`). */
export function runsPerTransport(settings: RunSettings): number {
  return Math.ceil(settings.totalRuns / TRANSPORT_COUNT);
}
