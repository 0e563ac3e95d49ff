import type { Inspector2, ScanFrequency } from '@ecr-scan-sim/model';
import { enhancedViewAt } from '../../enhanced/enhanced-view.js';
import type { OperationContext } from '../../operations/context.js';
import { rescanMsOf } from '../../state/inspector-configuration.js';
import { isUnsupportedOs } from '../../state/scan-view.js';
import type { ImageState, RegistryState, RepositoryState } from '../../state/types.js';

/** @internal What coverage shows for an image Inspector2 scans (statusCode, reason, lastScannedAt). */
export interface EnhancedCoverage {
  scanStatus: Inspector2.ScanStatus;
  /** When the last enhanced scan finished (epoch ms), once one has. */
  lastScannedAt?: number;
}

/**
 * The coverage status of an image whose repository's effective frequency is SCAN_ON_PUSH or CONTINUOUS_SCAN and
 * which Inspector2 can scan (an image, not archived): the ENHANCED lifecycle ECR's DescribeImageScanFindings shows at
 * `ctx.now` (the same `enhancedViewAt`, the same re-scan duration `rescanMsOf`), in Inspector's words (rules S26,
 * S34, the reason ↔ status table of §1.2):
 *
 * | ECR status (issue 14)                 | statusCode | reason                      |
 * |---------------------------------------|------------|-----------------------------|
 * | ScanNotFound (ingesting) / PENDING    | ACTIVE     | PENDING_INITIAL_SCAN        |
 * | ACTIVE (CONTINUOUS_SCAN)              | ACTIVE     | SUCCESSFUL                  |
 * | COMPLETE (SCAN_ON_PUSH)               | INACTIVE   | SCAN_FREQUENCY_SCAN_ON_PUSH |
 * | SCAN_ELIGIBILITY_EXPIRED              | INACTIVE   | SCAN_ELIGIBILITY_EXPIRED    |
 * | UNSUPPORTED_IMAGE (unsupported OS)    | INACTIVE   | UNSUPPORTED_OS              |
 *
 * `lastScannedAt` is ECR's `imageScanCompletedAt` (the last evaluation), once results exist.
 * @internal
 */
export function enhancedCoverageStatus(
  ctx: OperationContext,
  registry: RegistryState,
  _repository: RepositoryState,
  image: ImageState,
  _frequency: Exclude<ScanFrequency, 'MANUAL'>,
): EnhancedCoverage {
  const view = enhancedViewAt(image, ctx.now, ctx.options, rescanMsOf(registry, ctx.options));
  const status = view?.status;
  const scanStatus: Inspector2.ScanStatus =
    status === undefined || status === 'PENDING'
      ? { statusCode: 'ACTIVE', reason: 'PENDING_INITIAL_SCAN' }
      : status === 'ACTIVE'
        ? { statusCode: 'ACTIVE', reason: 'SUCCESSFUL' }
        : status === 'COMPLETE'
          ? { statusCode: 'INACTIVE', reason: 'SCAN_FREQUENCY_SCAN_ON_PUSH' }
          : status === 'SCAN_ELIGIBILITY_EXPIRED'
            ? { statusCode: 'INACTIVE', reason: 'SCAN_ELIGIBILITY_EXPIRED' }
            : isUnsupportedOs(image)
              ? { statusCode: 'INACTIVE', reason: 'UNSUPPORTED_OS' }
              : { statusCode: 'INACTIVE', reason: 'UNSUPPORTED_MEDIA_TYPE' };
  const evaluation = view?.evaluation;
  return evaluation === undefined ? { scanStatus } : { scanStatus, lastScannedAt: evaluation.evaluatedAt };
}
