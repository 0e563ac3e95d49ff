import { type ScanStatus, statusDescriptions } from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import { isUnsupportedOs } from '../state/scan-view.js';
import type { EnhancedScanRecord, ImageState } from '../state/types.js';
import { FeedClock } from '../vulnerabilities/feed.js';

/** @internal When the enhanced findings shown were produced (rule E17). */
export interface Evaluation {
  /** First results of the scan: base findings' firstObservedAt. */
  resultsAt: number;
  /** Last evaluation: imageScanCompletedAt, every finding's lastObservedAt and updatedAt. */
  evaluatedAt: number;
  /** The feed applies (a CONTINUOUS_SCAN scan). */
  continuous: boolean;
}

/** @internal What DescribeImageScanFindings shows for an image of an ENHANCED registry. */
export interface EnhancedView {
  status: ScanStatus;
  description: string;
  scan: EnhancedScanRecord;
  /** Absent: both lists empty, no counts, no timestamps (PENDING, findings lag, unsupported, unrecognised). */
  evaluation?: Evaluation;
}

const feedClocks = new Map<string, FeedClock>();

/** @internal The feed clock of a seed and interval (a tiny immutable value, cached). */
export function feedClockOf(options: Pick<ResolvedSimulatorOptions, 'seed' | 'enhanced'>): FeedClock {
  const key = `${typeof options.seed}:${options.seed}\u0000${options.enhanced.feed.intervalMs}`;
  let clock = feedClocks.get(key);
  if (!clock) {
    clock = new FeedClock(options.seed, options.enhanced.feed.intervalMs);
    if (feedClocks.size > 64) feedClocks.clear();
    feedClocks.set(key, clock);
  }
  return clock;
}

/** @internal The image's current enhanced scan: the last one, unless it has ended. */
export function currentEnhancedScan(image: ImageState): EnhancedScanRecord | undefined {
  const scan = image.enhancedScans?.at(-1);
  return scan === undefined || scan.endedAt !== undefined ? undefined : scan;
}

/**
 * The enhanced scan status of an image at `now` (rules E3–E13), or `undefined` for ScanNotFoundException (no current
 * scan, E3, or still ingesting, E4). An image not recognised when the scan started is SCAN_ELIGIBILITY_EXPIRED at once
 * (E12). After `ingestDelayMs`: PENDING for `initialScanMs` (E5); then UNSUPPORTED_IMAGE for an index, an artifact
 * or an unsupported OS (E9); COMPLETE for SCAN_ON_PUSH (E6); ACTIVE for CONTINUOUS_SCAN until `rescanMs` after the last
 * push, then SCAN_ELIGIBILITY_EXPIRED with the findings as last seen (E2, E10). Findings show `findingsLagMs` after
 * the status (E7, E8).
 * @param rescanMs - the registry's re-scan duration in ms (`rescanMsOf`), `Infinity` for LIFETIME
 * @internal
 */
export function enhancedViewAt(
  image: ImageState,
  now: number,
  options: ResolvedSimulatorOptions,
  rescanMs: number,
): EnhancedView | undefined {
  const scan = currentEnhancedScan(image);
  if (!scan) return undefined;
  const expired = {
    status: 'SCAN_ELIGIBILITY_EXPIRED' as const,
    description: statusDescriptions.eligibilityExpired(),
  };
  // E12: an image Inspector does not recognise is never scanned: expired from the start, no findings.
  if (!scan.recognized) return { ...expired, scan };
  const { ingestDelayMs, initialScanMs, findingsLagMs } = options.enhanced;
  const visibleAt = scan.startedAt + ingestDelayMs;
  if (now < visibleAt) return undefined;
  const doneAt = visibleAt + initialScanMs;
  if (now < doneAt) return { status: 'PENDING', description: statusDescriptions.pending(), scan };
  if (image.kind !== 'image') {
    const mediaType = image.artifactMediaType ?? image.manifestMediaType;
    return {
      status: 'UNSUPPORTED_IMAGE',
      description: statusDescriptions.unsupportedMediaType(mediaType),
      scan,
    };
  }
  if (isUnsupportedOs(image)) {
    const os = image.profile?.os;
    return {
      status: 'UNSUPPORTED_IMAGE',
      description: statusDescriptions.unsupportedOs(os?.name, os?.version),
      scan,
    };
  }
  const continuous = scan.frequency === 'CONTINUOUS_SCAN';
  const expiresAt = continuous ? (image.lastPushedAt ?? image.pushedAt) + rescanMs : Number.POSITIVE_INFINITY;
  const shown =
    now > expiresAt
      ? expired
      : continuous
        ? { status: 'ACTIVE' as const, description: statusDescriptions.continuousScan() }
        : { status: 'COMPLETE' as const, description: statusDescriptions.complete() };
  const resultsAt = doneAt + findingsLagMs;
  if (now < resultsAt) return { ...shown, scan };
  const evaluatedAt = continuous
    ? feedClockOf(options).evaluatedAt(resultsAt, Math.min(now, expiresAt))
    : resultsAt;
  return { ...shown, scan, evaluation: { resultsAt, evaluatedAt, continuous } };
}
