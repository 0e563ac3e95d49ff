import { type ImageStatus, type ScanStatus, statusDescriptions } from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { ImageState, ScanRecord } from './types.js';

/** @internal Rule A1: the storage status at `now`. */
export function imageStatusAt(image: ImageState, now: number): ImageStatus {
  if (image.storage.archived) return 'ARCHIVED';
  const restoredAt = image.storage.restoreCompletesAt;
  return restoredAt !== undefined && now < restoredAt ? 'ACTIVATING' : 'ACTIVE';
}

/** @internal When the image last became ACTIVE after a restore, if that has happened by `now`. */
export function lastActivatedAt(image: ImageState, now: number): number | undefined {
  const restoredAt = image.storage.restoreCompletesAt;
  return restoredAt !== undefined && (image.storage.archived || now >= restoredAt) ? restoredAt : undefined;
}

/** @internal Rule L2: when a scan of this image completes (the profile's duration, else scanDurationMs). */
export function completesAt(scan: ScanRecord, image: ImageState, options: ResolvedSimulatorOptions): number {
  return scan.startedAt + (image.profile?.scanDurationMs ?? options.scanDurationMs);
}

/** @internal Rule L4: the profile says the OS is not supported. */
export function isUnsupportedOs(image: ImageState): boolean {
  const outcome = image.profile?.outcome;
  return outcome === 'FAILED' || outcome === 'UNSUPPORTED_IMAGE';
}

/** @internal The status of a finished scan (rules L3, L4). */
export function finishedStatus(
  image: ImageState,
  options: ResolvedSimulatorOptions,
): { status: ScanStatus; description: string } {
  if (!isUnsupportedOs(image)) return { status: 'COMPLETE', description: statusDescriptions.complete() };
  const os = image.profile?.os;
  return {
    status: options.unsupportedOsStatus,
    description: statusDescriptions.unsupportedOs(os?.name, os?.version),
  };
}

/** @internal What DescribeImageScanFindings shows for an image of a BASIC registry. */
export interface ScanView {
  status: ScanStatus;
  description?: string;
  /** Completion time of the scan whose findings are shown (rule L7); absent: no `imageScanFindings`. */
  findingsCompletedAt?: number;
}

/**
 * The scan status of an image at `now`, or `undefined` when no scan record is visible (rule L5, L6).
 * Precedence: IMAGE_ARCHIVED (A3) > LIMIT_EXCEEDED newer than the last scan (Q5, Q6) > the last visible scan:
 * IN_PROGRESS until it completes (L1, L2), then its outcome (L3, L4). Findings are those of the last finished
 * scan when the outcome is COMPLETE (L7, D8); FAILED / UNSUPPORTED_IMAGE show none.
 * @internal
 */
export function scanViewAt(
  image: ImageState,
  now: number,
  options: ResolvedSimulatorOptions,
): ScanView | undefined {
  let latest: ScanRecord | undefined;
  let finished: ScanRecord | undefined;
  for (let i = image.scans.length - 1; i >= 0; i--) {
    const scan = image.scans[i]!;
    // L6: hidden only during its delay; before its start (clock moved back, T1) it stays visible, IN_PROGRESS.
    if (now >= scan.startedAt && now < scan.visibleAt) continue;
    latest ??= scan;
    if (now >= completesAt(scan, image, options)) {
      finished = scan;
      break;
    }
  }
  const findingsCompletedAt =
    finished && !isUnsupportedOs(image) ? completesAt(finished, image, options) : undefined;
  const withFindings = <V extends ScanView>(view: V): V =>
    findingsCompletedAt === undefined ? view : { ...view, findingsCompletedAt };

  if (imageStatusAt(image, now) !== 'ACTIVE') {
    return withFindings({ status: 'IMAGE_ARCHIVED', description: statusDescriptions.imageArchived() });
  }
  const limit = image.limitExceeded;
  if (limit && (!latest || limit.seq > latest.seq)) {
    return withFindings({ status: 'LIMIT_EXCEEDED', description: statusDescriptions.accountQuota() });
  }
  if (!latest) return undefined;
  if (latest !== finished) return withFindings({ status: 'IN_PROGRESS' });
  return withFindings(finishedStatus(image, options));
}
