import type { Inspector2, ScanFrequency } from '@ecr-scan-sim/model';
import type { OperationContext } from '../../operations/context.js';
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
 * which Inspector2 can scan (an image, not archived): the part of ListCoverage that needs the ENHANCED lifecycle
 * (rule S26, the reason ↔ status table of §1.2):
 *
 * | ECR status (issue 14)                 | statusCode | reason                      |
 * |---------------------------------------|------------|-----------------------------|
 * | ScanNotFound / PENDING                | ACTIVE     | PENDING_INITIAL_SCAN        |
 * | ACTIVE (CONTINUOUS_SCAN)              | ACTIVE     | SUCCESSFUL                  |
 * | COMPLETE (SCAN_ON_PUSH)               | INACTIVE   | SCAN_FREQUENCY_SCAN_ON_PUSH |
 * | SCAN_ELIGIBILITY_EXPIRED              | INACTIVE   | SCAN_ELIGIBILITY_EXPIRED    |
 * | UNSUPPORTED_IMAGE (unsupported OS)    | INACTIVE   | UNSUPPORTED_OS              |
 *
 * @note **Phase 2 of issue 16 fills this in** from issue 14's ENHANCED lifecycle (derived from `ctx.now`: ingest,
 * PENDING for `enhanced.initialScanMs`, then COMPLETE / ACTIVE, eligibility from `effectiveRescanDuration`),
 * including `lastScannedAt`. Until then it answers the settled state without timing: SUCCESSFUL for
 * CONTINUOUS_SCAN, SCAN_FREQUENCY_SCAN_ON_PUSH for SCAN_ON_PUSH, UNSUPPORTED_OS for an unsupported OS profile,
 * as today's ECR view shows every ENHANCED image ACTIVE (rule E2).
 * @internal
 */
export function enhancedCoverageStatus(
  _ctx: OperationContext,
  _registry: RegistryState,
  _repository: RepositoryState,
  image: ImageState,
  frequency: Exclude<ScanFrequency, 'MANUAL'>,
): EnhancedCoverage {
  if (isUnsupportedOs(image)) return { scanStatus: { statusCode: 'INACTIVE', reason: 'UNSUPPORTED_OS' } };
  return frequency === 'CONTINUOUS_SCAN'
    ? { scanStatus: { statusCode: 'ACTIVE', reason: 'SUCCESSFUL' } }
    : { scanStatus: { statusCode: 'INACTIVE', reason: 'SCAN_FREQUENCY_SCAN_ON_PUSH' } };
}
