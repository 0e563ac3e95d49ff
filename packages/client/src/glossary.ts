/** The public types of @ecr-scan-sim/client's workflow helpers. */
import type { ECRClient } from '@aws-sdk/client-ecr';
import type {
  EnhancedImageScanFinding,
  FindingSeverity,
  ImageIdentifier,
  ImageScanFinding,
  ScanStatus,
} from '@ecr-scan-sim/model';

/** @public The image a workflow helper works on. */
export interface ScanRef {
  repositoryName: string;
  imageId: ImageIdentifier;
  /** Default: the caller's registry (account and region of the client or simulator). */
  registryId?: string;
}

/** @public Which quota, if any, decided the outcome of {@link scanImage}. */
export type ScanQuota = 'ok' | 'per-image-limit' | 'account-limit';

/** @public Options of {@link scanImage}. */
export interface ScanImageOptions {
  /** How long to wait for a settled status, in ms. Default 300,000 (the CLI waiter's 60 × 5 s). */
  deadlineMs?: number;
  /** Delay between polls of the poll loop, in ms. Default 5,000 (the SDK waiter's `minDelay`). */
  pollIntervalMs?: number;
  /** How the poll loop waits. Default: a `setTimeout` promise. Tests pass one that ticks a fake clock. */
  sleep?: (ms: number) => Promise<void>;
  /** What the poll loop reads the time from. Default `Date.now`. */
  now?: () => number;
  /**
   * Use the SDK's `waitUntilImageScanComplete` on this client instead of the poll loop. Note: that waiter
   * retries on UNSUPPORTED_IMAGE, LIMIT_EXCEEDED and IMAGE_ARCHIVED until its deadline, so the poll loop
   * (the default) is usually the better choice.
   */
  client?: ECRClient;
  /** `maxResults` of each DescribeImageScanFindings page. Default: the service's (100). */
  pageSize?: number;
}

/** @public What {@link scanImage} found out. */
export interface ScanResult {
  /**
   * COMPLETE, FAILED or UNSUPPORTED_IMAGE; ACTIVE (ENHANCED continuous scanning, with results); or a status that
   * waiting cannot change (LIMIT_EXCEEDED, IMAGE_ARCHIVED, SCAN_ELIGIBILITY_EXPIRED).
   */
  status: ScanStatus;
  description: string | undefined;
  /**
   * Severity → count for the whole scan, severities with a count above zero only. Under ENHANCED the keys are
   * Inspector's, so UNTRIAGED can appear although the SDK's type does not list it.
   */
  severityCounts: Partial<Record<FindingSeverity, number>>;
  /** Every basic finding, over all pages (`[]` under ENHANCED). */
  findings: ImageScanFinding[];
  /** Every enhanced finding, over all pages (`[]` under BASIC). */
  enhancedFindings: EnhancedImageScanFinding[];
  /** When the reported scan completed; undefined when no scan has completed. */
  completedAt: Date | undefined;
  /** `per-image-limit`: the image was scanned within 24 h, this is that scan. `account-limit`: no scan ran. */
  quota: ScanQuota;
}

/** @public Options of {@link allFindings}. */
export interface AllFindingsOptions {
  /** `maxResults` of each page. Default: the service's (100). */
  pageSize?: number;
  /** Which list to walk: `basic` (default, `findings`) or `enhanced` (`enhancedFindings`, rule E33). */
  kind?: 'basic' | 'enhanced';
}
