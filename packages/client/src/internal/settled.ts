import type { ScanStatus } from '@ecr-scan-sim/model';

/** @internal Statuses a basic scan ends in. */
export const TERMINAL_STATUSES: readonly ScanStatus[] = ['COMPLETE', 'FAILED', 'UNSUPPORTED_IMAGE'];

/** @internal Statuses that change by themselves if one waits. Every other status is settled for the poll loop. */
const MOVING_STATUSES: readonly ScanStatus[] = ['IN_PROGRESS', 'PENDING'];

/**
 * @internal True when waiting longer cannot change the status: the three terminal ones, and LIMIT_EXCEEDED,
 * IMAGE_ARCHIVED, ACTIVE, … (the SDK waiter keeps retrying those until its deadline).
 */
export function isSettled(status: ScanStatus | undefined): status is ScanStatus {
  return status !== undefined && !MOVING_STATUSES.includes(status);
}
