/** Numbers and names fixed by ECR (sources in docs/scan-semantics.md). */
import type { EcrRescanDuration, EnhancedFindingSeverity, ScanFrequency, ScanType } from './types/enums.js';

const HOUR_MS = 3_600_000;

/** @public The basic-scan quotas (rules Q1 and Q4): one scan per image per 24 h; 100,000 per 24 h per account and region. */
export const SCAN_QUOTAS = {
  perImageWindowMs: 24 * HOUR_MS,
  accountScanLimit: 100_000,
  accountWindowMs: 24 * HOUR_MS,
} as const;

/** @public `maxResults` of DescribeImages, DescribeImageScanFindings and DescribeRepositories (rule P1). */
export const PAGE_SIZE = { min: 1, default: 100, max: 1000 } as const;

/** @public DescribeImages `imageIds` length; BatchDeleteImage `imageIds` length. */
export const IMAGE_IDS_LIMIT = { min: 1, max: 100 } as const;

/** @public The awsJson1_1 `x-amz-target` prefix of ECR. */
export const TARGET_PREFIX = 'AmazonEC2ContainerRegistry_V20150921';

/** @public The awsJson1_1 content type. */
export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

/** @public Defaults of decision D16. */
export const DEFAULT_ACCOUNT_ID = '123456789012';
/** @public */
export const DEFAULT_REGION = 'us-east-1';

/** @public Decision D6: a basic scan is IN_PROGRESS for 30 s of clock time. */
export const DEFAULT_SCAN_DURATION_MS = 30_000;
/** @public Decision D11: a restore passes through ACTIVATING for 20 min. */
export const DEFAULT_RESTORE_DURATION_MS = 20 * 60_000;

/** @public Media types the simulator distinguishes (rules U1, U2). */
export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
} as const;

/** @public Manifest media types that describe a list of manifests (an index): never scannable (rule U1). */
export const INDEX_MEDIA_TYPES: readonly string[] = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];

/** @public Config media types that make a manifest a runnable container image (anything else is an artifact, rule U2). */
export const IMAGE_CONFIG_MEDIA_TYPES: readonly string[] = [MEDIA_TYPES.dockerConfig, MEDIA_TYPES.ociConfig];

/** @public BatchGetRepositoryScanningConfiguration `repositoryNames` length (decision D22). */
export const SCANNING_CONFIGURATION_NAMES_LIMIT = { min: 1, max: 25 } as const;

/** @public PutRegistryScanningConfiguration limits (decision D21): rules per registry, filters per rule, filter length. */
export const SCANNING_RULE_LIMITS = { rules: 2, filtersPerRule: 100, filterLength: 255 } as const;

/**
 * @public The scan frequencies a registry rule may have, per scan type (decision D21): BASIC scans on push only;
 * ENHANCED also scans continuously. MANUAL is the frequency of a repository no rule matches, never a rule's.
 */
export const RULE_FREQUENCIES = {
  BASIC: ['SCAN_ON_PUSH'],
  ENHANCED: ['CONTINUOUS_SCAN', 'SCAN_ON_PUSH'],
} as const satisfies Record<ScanType, readonly ScanFrequency[]>;

/** @public The account setting that names the basic-scan engine (decision D31), the only one served. */
export const BASIC_SCAN_TYPE_VERSION = 'BASIC_SCAN_TYPE_VERSION';

/** @public AccountSettingName length in the ECR model. */
export const ACCOUNT_SETTING_NAME_LENGTH = { min: 1, max: 64 } as const;

const DAY_MS = 24 * HOUR_MS;

/**
 * @public Defaults of the simulator's `enhanced` options (decisions D23–D25), with their evidence in
 * docs/scan-semantics.md: no ingest window (D23), PENDING for 60 s (D23), no findings lag (observed, D23), DAYS_14
 * (Inspector's default for new accounts since 2025-05, D24), images pushed in the last 30 days recognised when
 * scanning starts (D24), and a feed that publishes daily and gives a typical continuously scanned image about four
 * new findings a month (D25: at least one within 30 days).
 */
export const ENHANCED_DEFAULTS = {
  ingestDelayMs: 0,
  initialScanMs: 60_000,
  findingsLagMs: 0,
  rescanDuration: 'DAYS_14' as EcrRescanDuration,
  recognitionWindowMs: 30 * DAY_MS,
  feed: {
    intervalMs: DAY_MS,
    newFindingsPer30Days: { CRITICAL: 0.25, HIGH: 1, MEDIUM: 2, LOW: 1 } as Readonly<
      Partial<Record<EnhancedFindingSeverity, number>>
    >,
  },
} as const;
