import type { DescribeImageScanFindingsResponse, ScanStatus } from '@ecr-scan-sim/model';

/** @internal Statuses a basic scan ends in. */
export const TERMINAL_STATUSES: readonly ScanStatus[] = ['COMPLETE', 'FAILED', 'UNSUPPORTED_IMAGE'];

/** @internal Statuses that change by themselves if one waits. Every other status is settled for the poll loop. */
const MOVING_STATUSES: readonly ScanStatus[] = ['IN_PROGRESS', 'PENDING'];

/** @internal Statuses that carry results once `imageScanCompletedAt` is there (rules E7, E33). */
const WITH_RESULTS: readonly ScanStatus[] = ['COMPLETE', 'ACTIVE'];

/**
 * @internal True when waiting longer cannot change what the page says: the three terminal statuses, and
 * LIMIT_EXCEEDED, IMAGE_ARCHIVED, SCAN_ELIGIBILITY_EXPIRED, … (the SDK waiter keeps retrying those until its
 * deadline). COMPLETE and ACTIVE count once `imageScanCompletedAt` is present: an enhanced scan reports them
 * before its findings (rule E7), and an ACTIVE image without results has not been scanned yet (E33).
 */
export function isSettled(page: DescribeImageScanFindingsResponse): boolean {
  const status = page.imageScanStatus?.status;
  if (status === undefined || MOVING_STATUSES.includes(status)) return false;
  if (WITH_RESULTS.includes(status)) return page.imageScanFindings?.imageScanCompletedAt !== undefined;
  return true;
}
