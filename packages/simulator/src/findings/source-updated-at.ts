/**
 * When the vulnerability feed behind a scan was last refreshed (`vulnerabilitySourceUpdatedAt`).
 */
import { createPrng } from '../internal/prng.js';

const HOUR_MS = 3_600_000;
/** The feed is modelled as refreshed every 6 hours (the aws-cli sample shows a feed ~7.8 h older than its scan). */
const REFRESH_MS = 6 * HOUR_MS;
/** A refresh is published up to this long before its nominal 6-hour mark. */
const MAX_JITTER_S = 3_600;

/** The last feed time computed (a pure function of seed and refresh). */
let last: { seed: number | string; refresh: number; at: number } | undefined;

/**
 * The feed time of a scan completed at `completedAtMs`: the last 6-hourly refresh that is at least one hour old,
 * minus a seeded jitter of whole seconds under an hour. So it lies 1 h to ~8 h before completion, is always
 * ≤ `completedAtMs`, is a whole second, and is the same for every scan completed within one 6-hour period.
 * @param seed - the simulator's seed
 * @param completedAtMs - the scan's completion time, epoch ms
 * @returns epoch ms
 * @throws TypeError when `completedAtMs` is not a finite number
 * @internal
 */
export function vulnerabilitySourceUpdatedAt(seed: number | string, completedAtMs: number): number {
  if (!Number.isFinite(completedAtMs)) {
    throw new TypeError(`[ecr-scan-sim] completedAtMs must be a finite number, got ${completedAtMs}`);
  }
  const refresh = Math.floor((completedAtMs - HOUR_MS) / REFRESH_MS) * REFRESH_MS;
  // Every page of every scan completed in one 6-hour period has the same feed time: the last one is kept.
  if (last !== undefined && last.seed === seed && last.refresh === refresh) return last.at;
  const jitterS = createPrng(seed).fork('vulnerability-source').fork(String(refresh)).int(MAX_JITTER_S);
  last = { seed, refresh, at: refresh - jitterS * 1000 };
  return last.at;
}
