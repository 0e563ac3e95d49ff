import type { FindingSeverity, ImageStatus, ScanStatus } from '@ecr-scan-sim/model';
import type { ModelEnhancedScan } from './enhanced.js';

/** What a pushed manifest is, as far as scanning goes. */
export type ImageKind = 'clean' | 'critical' | 'many' | 'unsupported-os' | 'index' | 'artifact';

/** One accepted basic scan: it started at `startedAt` and ends with the image's outcome `durationMs` later. */
export interface ModelScan {
  readonly startedAt: number;
}

/** An image in the oracle: only what predicts statuses and error names. */
export interface ModelImage {
  readonly repositoryName: string;
  readonly digest: string;
  readonly kind: ImageKind;
  /** The manifest as pushed (opaque to the oracle; commands re-push it to add a tag). */
  readonly manifest: { text: string; mediaType: string };
  readonly pushedAt: number;
  readonly tags: Set<string>;
  storage: { state: 'ACTIVE' | 'ARCHIVED' } | { state: 'ACTIVATING'; until: number };
  /** Start of the last accepted scan (push or manual): the per-image window (rules Q1, Q2). */
  lastAcceptedAt: number | undefined;
  readonly scans: ModelScan[];
  /** True when the newest scan record is a scan refused by the account quota (push, rule Q5; manual, rule Q6). */
  limitRecord: boolean;
  /** The last push of this digest (new tag included): eligibility counts from it (E10, E11). */
  lastPushedAt: number;
  /** Enhanced scans, oldest first (E3–E13). */
  readonly enhanced: ModelEnhancedScan[];
}

/** A repository in the oracle. */
export interface ModelRepository {
  scanOnPush: boolean;
}

/** A prediction: the value, or the exception name. */
export type Prediction<T> = { ok: true; value: T } | { ok: false; error: string };

/** Predicted DescribeImageScanFindings result. */
export interface FindingsPrediction {
  status: ScanStatus;
  /** Findings over all pages (0 when no completed scan has any). */
  total: number;
  severityCounts: Partial<Record<FindingSeverity, number>>;
  /** ENHANCED: findings are in `enhancedFindings`, next to `findings: []` (E25). */
  enhanced?: boolean;
  /** ENHANCED with the feed on a continuous image: counts may have grown beyond these (E16). */
  atLeast?: boolean;
}

/** Predicted DescribeImages entry. */
export interface ImagePrediction {
  digest: string;
  tags: string[];
  imageStatus: ImageStatus;
  /** `imageScanStatus.status` in the listing (CLAIR engine only, rule N1). */
  scanStatus: string | undefined;
}
