/**
 * The oracle's ENHANCED scanning (decisions D23–D25 of shared/reference/ecr-enhanced-scanning.md, rules E3–E13 of
 * the catalogue), written from the reference and the rule statements, not from the simulator: per image a list of
 * scans, each started at a push into a scanned repository or when its repository started being scanned, and ended
 * when the repository stopped being scanned that way.
 */
import type { ScanStatus } from '@ecr-scan-sim/model';
import type { Frequency } from './scanning-config.js';

/** One enhanced scan of an image in the oracle. */
export interface ModelEnhancedScan {
  startedAt: number;
  frequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN';
  recognized: boolean;
  ended: boolean;
}

/** The enhanced options a sequence runs with (the simulator gets the same). */
export interface EnhancedTiming {
  ingestDelayMs: number;
  initialScanMs: number;
  findingsLagMs: number;
  /** Re-scan duration in ms. */
  rescanMs: number;
  recognitionWindowMs: number;
  /** Whether the feed adds findings to continuously scanned images (counts then only grow). */
  feed: boolean;
}

/** What the oracle predicts for an image of an ENHANCED registry. */
export type EnhancedPrediction =
  | { kind: 'none' }
  | { kind: 'shown'; status: ScanStatus; results: boolean; continuous: boolean };

export const isScannedFrequency = (f: Frequency): f is 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' => f !== 'MANUAL';

/**
 * E3–E12 for the image's current scan at `now`: none (ScanNotFoundException) without a current scan or while
 * ingesting; SCAN_ELIGIBILITY_EXPIRED for an unrecognised image; PENDING during the initial scan; UNSUPPORTED_IMAGE
 * for an unsupported OS, an index or an artifact; COMPLETE for SCAN_ON_PUSH; ACTIVE for CONTINUOUS_SCAN until the
 * re-scan duration after the last push, then SCAN_ELIGIBILITY_EXPIRED; findings only after the lag.
 */
export function predictEnhanced(
  scan: ModelEnhancedScan | undefined,
  now: number,
  lastPushedAt: number,
  scannable: boolean,
  timing: EnhancedTiming,
): EnhancedPrediction {
  if (!scan || scan.ended) return { kind: 'none' };
  if (!scan.recognized)
    return { kind: 'shown', status: 'SCAN_ELIGIBILITY_EXPIRED', results: false, continuous: false };
  if (now < scan.startedAt + timing.ingestDelayMs) return { kind: 'none' };
  const done = scan.startedAt + timing.ingestDelayMs + timing.initialScanMs;
  if (now < done) return { kind: 'shown', status: 'PENDING', results: false, continuous: false };
  if (!scannable) return { kind: 'shown', status: 'UNSUPPORTED_IMAGE', results: false, continuous: false };
  const continuous = scan.frequency === 'CONTINUOUS_SCAN';
  const expired = continuous && now - lastPushedAt > timing.rescanMs;
  const status: ScanStatus = expired ? 'SCAN_ELIGIBILITY_EXPIRED' : continuous ? 'ACTIVE' : 'COMPLETE';
  return { kind: 'shown', status, results: now >= done + timing.findingsLagMs, continuous };
}
