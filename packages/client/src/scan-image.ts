import {
  type DescribeImageScanFindingsResponse,
  type EcrApi,
  type EnhancedImageScanFinding,
  type ImageScanFinding,
  MESSAGES,
} from '@ecr-scan-sim/model';
import type { ScanImageOptions, ScanQuota, ScanRef, ScanResult } from './glossary.js';
import { findingPages } from './internal/finding-pages.js';
import { hasName, isLimitExceeded, isPerImageLimit } from './internal/limit-errors.js';
import { pollUntilSettled, timerSleep } from './internal/poll-until-settled.js';
import { isSettled } from './internal/settled.js';
import { waitWithSdkWaiter } from './internal/wait-with-sdk-waiter.js';

const DEFAULT_DEADLINE_MS = 300_000;
const DEFAULT_POLL_INTERVAL_MS = 5_000;

/**
 * @public Scans an image and waits for the result, against any {@link EcrApi} (AWS through `EcrScanClient`,
 * or the simulator). Starts a basic scan; when the image was already scanned within 24 h
 * (`LimitExceededException` with the per-image text, rule Q1) it uses that last scan instead
 * (`quota: 'per-image-limit'`); when the account quota is spent (a LIMIT_EXCEEDED status, or a
 * `LimitExceededException` with another text, rule Q6) it returns at once with `status: 'LIMIT_EXCEEDED'`
 * and `quota: 'account-limit'`. Otherwise it polls until COMPLETE, FAILED or UNSUPPORTED_IMAGE and collects
 * the findings of every page. Under ENHANCED scanning (StartImageScan answers ValidationException "This feature is
 * disabled", rule E1) it starts nothing and waits for Inspector's own scan: PENDING and ScanNotFoundException are
 * "not yet", COMPLETE and ACTIVE count once results are in (rule E33), and `enhancedFindings` are collected.
 *
 * @param api - The adapter or the simulator.
 * @param ref - The image.
 * @param options - Deadline, poll interval, injectable `sleep`/`now`, and `client` to use the SDK waiter.
 * @returns The settled status, its description, severity counts, all findings, completion time and quota.
 * @throws {@link ScanTimeoutError} when the scan has not settled by `deadlineMs`; any other service error
 *   (`ImageArchivedException`, `ImageNotFoundException`, `ValidationException`, …) as the API raised it.
 * @example
 * const r = await scanImage(api, { repositoryName: 'web', imageId: { imageTag: 'v1' } }, { deadlineMs: 120_000 });
 * if (r.severityCounts.CRITICAL) process.exitCode = 1;
 */
export async function scanImage(
  api: EcrApi,
  ref: ScanRef,
  options: ScanImageOptions = {},
): Promise<ScanResult> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  let quota: ScanQuota = 'ok';
  try {
    const started = await api.startImageScan({
      ...(ref.registryId === undefined ? {} : { registryId: ref.registryId }),
      repositoryName: ref.repositoryName,
      imageId: ref.imageId,
    });
    if (started.imageScanStatus?.status === 'LIMIT_EXCEEDED') {
      return accountLimitResult(started.imageScanStatus.description);
    }
  } catch (error) {
    if (isPerImageLimit(error)) quota = 'per-image-limit';
    else if (isLimitExceeded(error)) return accountLimitResult(error.message);
    else if (!isEnhancedRefusal(error)) throw error;
  }
  const started = (options.now ?? Date.now)();
  const timing = {
    deadlineMs,
    pollIntervalMs,
    sleep: options.sleep ?? timerSleep,
    now: options.now ?? Date.now,
    pageSize: options.pageSize,
  };
  let first = options.client
    ? await waitWithSdkWaiter(options.client, api, ref, deadlineMs, pollIntervalMs, options.pageSize)
    : await pollUntilSettled(api, ref, timing);
  // E7: the waiter succeeds on an enhanced COMPLETE that has no results yet; wait them out.
  if (!isSettled(first)) {
    const left = Math.max(0, deadlineMs - ((options.now ?? Date.now)() - started));
    first = await pollUntilSettled(api, ref, { ...timing, deadlineMs: left });
  }
  const rest = await restOfFindings(api, ref, first, options.pageSize);
  return toResult(first, rest, quota);
}

/** Rule E1: StartImageScan under ENHANCED scanning: Inspector scans by itself. */
function isEnhancedRefusal(error: unknown): boolean {
  return (
    hasName(error, 'ValidationException') && (error as Error).message === MESSAGES.featureDisabled.template
  );
}

async function restOfFindings(
  api: EcrApi,
  ref: ScanRef,
  first: DescribeImageScanFindingsResponse,
  pageSize: number | undefined,
): Promise<{ findings: ImageScanFinding[]; enhancedFindings: EnhancedImageScanFinding[] }> {
  const findings = [...(first.imageScanFindings?.findings ?? [])];
  const enhancedFindings = [...(first.imageScanFindings?.enhancedFindings ?? [])];
  if (!first.nextToken) return { findings, enhancedFindings };
  for await (const page of findingPages(api, ref, pageSize, first.nextToken)) {
    findings.push(...(page.imageScanFindings?.findings ?? []));
    enhancedFindings.push(...(page.imageScanFindings?.enhancedFindings ?? []));
  }
  return { findings, enhancedFindings };
}

function toResult(
  page: DescribeImageScanFindingsResponse,
  all: { findings: ImageScanFinding[]; enhancedFindings: EnhancedImageScanFinding[] },
  quota: ScanQuota,
): ScanResult {
  return {
    // pollUntilSettled and the waiter only return a page with a status.
    status: page.imageScanStatus?.status ?? 'FAILED',
    description: page.imageScanStatus?.description,
    severityCounts: { ...(page.imageScanFindings?.findingSeverityCounts ?? {}) },
    findings: all.findings,
    enhancedFindings: all.enhancedFindings,
    completedAt: page.imageScanFindings?.imageScanCompletedAt,
    quota,
  };
}

function accountLimitResult(description: string | undefined): ScanResult {
  return {
    status: 'LIMIT_EXCEEDED',
    description,
    severityCounts: {},
    findings: [],
    enhancedFindings: [],
    completedAt: undefined,
    quota: 'account-limit',
  };
}
