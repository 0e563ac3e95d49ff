import { formatMessage, MESSAGES, type ScanStatus } from '@ecr-scan-sim/model';
import type { ScanRef } from './glossary.js';

/**
 * @public Thrown by {@link scanImage} when the scan has not settled within `deadlineMs`. It is not an ECR
 * error: the service answered every call; the scan was just still running (or never became visible).
 */
export class ScanTimeoutError extends Error {
  override readonly name = 'ScanTimeoutError';
  /** The last status seen, or `undefined` when DescribeImageScanFindings never found a scan. */
  readonly lastStatus: ScanStatus | undefined;
  readonly deadlineMs: number;

  constructor(ref: ScanRef, deadlineMs: number, lastStatus: ScanStatus | undefined) {
    super(
      formatMessage(MESSAGES.scanWaitTimeout.template, {
        image: describeImageId(ref),
        repositoryName: ref.repositoryName,
        deadlineMs,
        status: lastStatus ?? 'none',
      }),
    );
    this.lastStatus = lastStatus;
    this.deadlineMs = deadlineMs;
  }
}

function describeImageId(ref: ScanRef): string {
  const { imageDigest, imageTag } = ref.imageId;
  return `{imageDigest:'${imageDigest ?? 'null'}', imageTag:'${imageTag ?? 'null'}'}`;
}
