/**
 * @internal The JSON of `GET /_sim/state`, which the dashboard polls. Times are epoch milliseconds (`null` when
 * there is none); every text comes from the simulator's state and is rendered by the page as text only.
 */
import type { QuotaOptions, ScanCompletedEvent } from '@ecr-scan-sim/simulator';

/** @internal The whole view at one reading of the clock. */
export interface DashboardView {
  clock: {
    now: string;
    epochMs: number;
    /** `wall` (OffsetClock), `fake` (FakeClock) or `custom` (any other clock given to startServer). */
    mode: 'wall' | 'fake' | 'custom';
    /** Wall mode: how far ticks and sets have moved the clock from real time. */
    offsetMs: number | null;
  };
  account: {
    accountId: string;
    defaultRegion: string;
    quotas: QuotaOptions;
    scanDurationMs: number;
    engine: string;
    accountQuotaExceeded: string;
  };
  registries: RegistryView[];
  /** The most recent calls first, at most `limits.recent`; `total` is what `GET /_sim/calls` holds. */
  calls: { total: number; recent: CallView[] };
  /** The most recent completed scans first, at most `limits.recent`. */
  events: { total: number; recent: ScanCompletedEvent[] };
  faults: FaultView[];
  limits: { imagesPerRepository: number; recent: number };
}

/** @internal One registry: an (account, region) pair. */
export interface RegistryView {
  accountId: string;
  region: string;
  scanType: string;
  rules: Array<{ scanFrequency: string; filters: Array<{ filter: string; filterType: string }> }>;
  /** The account window (rules Q4, Q7), as `sim.inspect.accountWindow` reads it. */
  quota: {
    used: number;
    limit: number;
    window: 'rolling' | 'utc-day';
    from: number;
    to: number;
    /** When one more scan may start (now when there is room); `null` with a limit of 0. */
    nextFreeAt: number | null;
    /** Accepted starts per slice of `sliceMs`, from `from` to `to`. */
    histogram: number[];
    sliceMs: number;
  };
  repositories: RepositoryView[];
}

/** @internal One repository, with the first `limits.imagesPerRepository` images in ECR's listing order. */
export interface RepositoryView {
  name: string;
  uri: string;
  createdAt: number | null;
  scanOnPush: boolean;
  imageTagMutability: string;
  /** From BatchGetRepositoryScanningConfiguration (`null` only if its answer leaves the repository out). */
  scanFrequency: string | null;
  appliedScanFilters: Array<{ filter: string; filterType: string }> | null;
  images: ImageView[];
  /** True when the repository holds more images than are listed. */
  moreImages: boolean;
}

/** @internal One image. */
export interface ImageView {
  digest: string;
  tags: string[];
  pushedAt: number | null;
  sizeInBytes: number | null;
  mediaType: string;
  artifactMediaType: string | null;
  /** ACTIVE, ARCHIVED or ACTIVATING (the storage class follows: ARCHIVED is the ARCHIVE class). */
  imageStatus: string;
  /** What DescribeImageScanFindings shows; `null`: no scan (ScanNotFoundException). */
  scan: {
    status: string;
    description: string | null;
    completedAt: number | null;
    severityCounts: Record<string, number>;
  } | null;
  /** The per-image window (rules Q1, Q3, Q7). */
  window: { lastScanStartedAt: number | null; nextScanAllowedAt: number | null; allowedNow: boolean };
}

/** @internal One entry of the call log; `input` is its JSON, cut to a few hundred characters. */
export interface CallView {
  operation: string;
  region: string;
  at: number;
  ok: boolean;
  error: { name: string; message: string } | null;
  input: string;
}

/** @internal An armed fault; `remaining` is `null` for a probability fault (it never runs out). */
export interface FaultView {
  operation: string | null;
  error: string;
  times: number | null;
  probability: number | null;
  remaining: number | null;
}
