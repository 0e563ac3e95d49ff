import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { ImageState, RegistryState, ScanRecord, SimState } from './types.js';

/**
 * Commits an accepted scan start (callers have checked rules Q1 and Q4): the record, the per-image window start
 * kept on the image (Q1, Q2), and one entry in the registry's account window (Q4). O(1) amortised.
 * @param visibleAfterMs - rule L6: how long the record stays invisible (scanRecordDelayMs for a push scan)
 * @internal
 */
export function acceptScan(
  state: SimState,
  registry: RegistryState,
  image: ImageState,
  now: number,
  options: ResolvedSimulatorOptions,
  visibleAfterMs: number,
): ScanRecord {
  const scan: ScanRecord = { seq: state.seq++, startedAt: now, visibleAt: now + visibleAfterMs };
  // The first record goes in an exact-size array (most images are scanned once; a pushed-to empty array keeps
  // ~16 spare slots, 0.15 KB per image); later ones are pushed, O(1) amortised however often an image is rescanned.
  if (image.scans.length === 0) image.scans = [scan];
  else image.scans.push(scan);
  image.lastAcceptedStart = now;
  registry.accountWindow.record(now, options.quotas);
  return scan;
}

/** Rules Q5/Q6: the image shows LIMIT_EXCEEDED until its next accepted scan; nothing is consumed. @internal */
export function markLimitExceeded(state: SimState, image: ImageState, now: number): void {
  image.limitExceeded = { seq: state.seq++, at: now };
}
