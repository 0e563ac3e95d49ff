import type { QuotaOptions } from '../glossary.js';
import { DAY_MS, utcDayStart } from './time.js';
import type { ImageState } from './types.js';

/**
 * Rules Q1/Q3/Q7: whether the image (a digest: all its tags share the quota) may start a scan at `now`.
 * Rolling: refused while `now - lastAcceptedStart < perImageWindowMs` (a start later than `now`, after the clock
 * moved backwards, is still inside the window: rule T1). UTC day: refused while the last start is in `now`'s
 * UTC day or later.
 * @internal
 */
export function perImageAllows(image: ImageState, now: number, quotas: QuotaOptions): boolean {
  const last = image.lastAcceptedStart;
  if (last === undefined) return true;
  if (quotas.window === 'utc-day') return last < utcDayStart(now);
  return now - last >= quotas.perImageWindowMs;
}

/**
 * When the per-image window lets the image start a scan again (the inverse of {@link perImageAllows}):
 * `undefined` when it has never been scanned (allowed at any time).
 * @internal
 */
export function perImageAllowedFrom(image: ImageState, quotas: QuotaOptions): number | undefined {
  const last = image.lastAcceptedStart;
  if (last === undefined) return undefined;
  return quotas.window === 'utc-day' ? utcDayStart(last) + DAY_MS : last + quotas.perImageWindowMs;
}
