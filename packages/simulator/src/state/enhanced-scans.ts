import type { ScanFrequency } from '@ecr-scan-sim/model';
import { enhancedViewAt } from '../enhanced/enhanced-view.js';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import { rescanMsOf } from './inspector-configuration.js';
import type { EnhancedScanRecord, ImageState, RegistryState, SimState } from './types.js';

/** @internal The enhanced frequency a scan can have (MANUAL scans nothing). */
export type ScannedFrequency = 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN';

/** @internal True for a frequency enhanced scanning acts on (rule E3). */
export function isScanned(frequency: ScanFrequency): frequency is ScannedFrequency {
  return frequency === 'SCAN_ON_PUSH' || frequency === 'CONTINUOUS_SCAN';
}

/** @internal Starts an enhanced scan of an image at `now` (O(1) amortised). */
export function openEnhancedScan(
  state: SimState,
  image: ImageState,
  frequency: ScannedFrequency,
  now: number,
  recognized: boolean,
): void {
  const scan: EnhancedScanRecord = { seq: state.seq++, startedAt: now, frequency, recognized };
  if (image.enhancedScans === undefined || image.enhancedScans.length === 0) image.enhancedScans = [scan];
  else image.enhancedScans.push(scan);
}

/** @internal Ends the image's current enhanced scan, if any (its repository stopped being scanned this way). */
export function closeEnhancedScan(image: ImageState, now: number): void {
  const scan = image.enhancedScans?.at(-1);
  if (scan && scan.endedAt === undefined) scan.endedAt = now;
}

/**
 * Rule E12: an image already present when its repository starts being scanned is recognised when it was last pushed
 * within `recognitionWindowMs`; otherwise its scan shows SCAN_ELIGIBILITY_EXPIRED until it is pushed again.
 * @internal
 */
export function recognizedAt(image: ImageState, now: number, options: ResolvedSimulatorOptions): boolean {
  return now - (image.lastPushedAt ?? image.pushedAt) <= options.enhanced.recognitionWindowMs;
}

/**
 * Rule E11: PutImage of a digest the repository already holds (a new tag, or a restore) in a scanned repository of an
 * ENHANCED registry. An image whose scan is unrecognised or expired, or that has none, starts a new scan; an eligible
 * one only counts from this push. Call before updating `lastPushedAt`.
 * @internal
 */
export function rescanOnRepush(
  state: SimState,
  registry: RegistryState,
  image: ImageState,
  frequency: ScannedFrequency,
  now: number,
  options: ResolvedSimulatorOptions,
): void {
  const view = enhancedViewAt(image, now, options, rescanMsOf(registry, options));
  const current = image.enhancedScans?.at(-1);
  const stale =
    current === undefined || current.endedAt !== undefined || view?.status === 'SCAN_ELIGIBILITY_EXPIRED';
  if (stale) {
    closeEnhancedScan(image, now);
    openEnhancedScan(state, image, frequency, now, true);
  }
}
