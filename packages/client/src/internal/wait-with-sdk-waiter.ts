import { type ECRClient, waitUntilImageScanComplete } from '@aws-sdk/client-ecr';
import type { DescribeImageScanFindingsResponse, EcrApi } from '@ecr-scan-sim/model';
import type { ScanRef } from '../glossary.js';
import { ScanTimeoutError } from '../scan-timeout-error.js';
import { withoutMetadata } from './without-metadata.js';

/**
 * @internal Waits with the SDK's `waitUntilImageScanComplete`, then returns the first findings page.
 * The waiter succeeds on COMPLETE and throws a plain `Error` whose message is the JSON of
 * `{ state: "FAILURE", … }` on FAILED: that is a result, not an error, so it is read back with
 * DescribeImageScanFindings. Its `TimeoutError` becomes a {@link ScanTimeoutError}. Every other status
 * (UNSUPPORTED_IMAGE, LIMIT_EXCEEDED, IMAGE_ARCHIVED) makes the waiter retry until the deadline.
 */
export async function waitWithSdkWaiter(
  client: ECRClient,
  api: EcrApi,
  ref: ScanRef,
  deadlineMs: number,
  pollIntervalMs: number,
  pageSize: number | undefined,
): Promise<DescribeImageScanFindingsResponse> {
  const input = {
    ...(ref.registryId === undefined ? {} : { registryId: ref.registryId }),
    repositoryName: ref.repositoryName,
    imageId: ref.imageId,
    ...(pageSize === undefined ? {} : { maxResults: pageSize }),
  };
  const maxWaitTime = Math.max(2, Math.ceil(deadlineMs / 1000));
  const minDelay = Math.min(Math.max(1, Math.round(pollIntervalMs / 1000)), Math.max(1, maxWaitTime - 1));
  try {
    const { reason } = await waitUntilImageScanComplete({ client, maxWaitTime, minDelay }, input);
    return withoutMetadata(reason);
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new ScanTimeoutError(ref, deadlineMs, undefined);
    }
    if (isWaiterFailure(error)) return api.describeImageScanFindings(input);
    throw error;
  }
}

function isWaiterFailure(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'Error') return false;
  try {
    const parsed: unknown = JSON.parse(error.message);
    return (
      typeof parsed === 'object' && parsed !== null && (parsed as { state?: unknown }).state === 'FAILURE'
    );
  } catch {
    return false;
  }
}
