import type { DescribeImageScanFindingsResponse, EcrApi, ScanStatus } from '@ecr-scan-sim/model';
import type { ScanRef } from '../glossary.js';
import { ScanTimeoutError } from '../scan-timeout-error.js';
import { hasName } from './limit-errors.js';
import { isSettled } from './settled.js';

/** @internal Timing of the poll loop, defaults applied. */
export interface PollTiming {
  deadlineMs: number;
  pollIntervalMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  pageSize: number | undefined;
}

/**
 * @internal Polls DescribeImageScanFindings until the status is settled, and returns that first page.
 * `ScanNotFoundException` means "not visible yet" (rules L6, E4) and is polled through like IN_PROGRESS and
 * PENDING; any other error rejects at once. Elapsed time is the larger of the clock's and the sum of the sleeps, so an injected
 * `sleep` that does not move `now` still reaches the deadline.
 */
export async function pollUntilSettled(
  api: EcrApi,
  ref: ScanRef,
  timing: PollTiming,
): Promise<DescribeImageScanFindingsResponse> {
  const started = timing.now();
  let slept = 0;
  let lastStatus: ScanStatus | undefined;
  for (;;) {
    try {
      const page = await api.describeImageScanFindings({
        ...(ref.registryId === undefined ? {} : { registryId: ref.registryId }),
        repositoryName: ref.repositoryName,
        imageId: ref.imageId,
        ...(timing.pageSize === undefined ? {} : { maxResults: timing.pageSize }),
      });
      lastStatus = page.imageScanStatus?.status;
      if (isSettled(page)) return page;
    } catch (error) {
      if (!hasName(error, 'ScanNotFoundException')) throw error;
    }
    const remaining = timing.deadlineMs - Math.max(timing.now() - started, slept);
    if (remaining <= 0) throw new ScanTimeoutError(ref, timing.deadlineMs, lastStatus);
    const delay = Math.min(timing.pollIntervalMs, remaining);
    await timing.sleep(delay);
    slept += delay;
  }
}

/** @internal The default `sleep`: a plain timer. */
export function timerSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
