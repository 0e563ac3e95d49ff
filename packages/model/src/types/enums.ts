/**
 * The enumerations of the ECR API, as `as const` value lists. Each list doubles as the type of its members,
 * so `ScanStatus.includes(x)` narrows at run time and `ScanStatus` names the union at compile time.
 * Values are spelled exactly as AWS spells them; `@aws-sdk/client-ecr` 3.1169.0 has the same sets (checked by
 * the type-level test).
 */

/** @public Status of an image scan: the ten values of `ScanStatus` (LIMIT_EXCEEDED since 2025-02-07, IMAGE_ARCHIVED since 2025-11-19). */
export const ScanStatus = [
  'IN_PROGRESS',
  'COMPLETE',
  'FAILED',
  'UNSUPPORTED_IMAGE',
  'ACTIVE',
  'PENDING',
  'SCAN_ELIGIBILITY_EXPIRED',
  'FINDINGS_UNAVAILABLE',
  'LIMIT_EXCEEDED',
  'IMAGE_ARCHIVED',
] as const;
/** @public */
export type ScanStatus = (typeof ScanStatus)[number];

/** @public Severity of a finding, in ECR's order from most to least severe, then UNDEFINED. */
export const FindingSeverity = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED'] as const;
/** @public */
export type FindingSeverity = (typeof FindingSeverity)[number];

/** @public DescribeImages `filter.tagStatus`. */
export const TagStatus = ['TAGGED', 'UNTAGGED', 'ANY'] as const;
/** @public */
export type TagStatus = (typeof TagStatus)[number];

/** @public Storage status of an image (`ImageDetail.imageStatus`). */
export const ImageStatus = ['ACTIVE', 'ARCHIVED', 'ACTIVATING'] as const;
/** @public */
export type ImageStatus = (typeof ImageStatus)[number];

/** @public DescribeImages `filter.imageStatus`. */
export const ImageStatusFilter = ['ACTIVE', 'ARCHIVED', 'ACTIVATING', 'ANY'] as const;
/** @public */
export type ImageStatusFilter = (typeof ImageStatusFilter)[number];

/** @public Registry scanning type. */
export const ScanType = ['BASIC', 'ENHANCED'] as const;
/** @public */
export type ScanType = (typeof ScanType)[number];

/** @public Frequency of a registry scanning rule. */
export const ScanFrequency = ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'] as const;
/** @public */
export type ScanFrequency = (typeof ScanFrequency)[number];

/** @public */
export const ScanningRepositoryFilterType = ['WILDCARD'] as const;
/** @public */
export type ScanningRepositoryFilterType = (typeof ScanningRepositoryFilterType)[number];

/** @public UpdateImageStorageClass `targetStorageClass`. */
export const TargetStorageClass = ['STANDARD', 'ARCHIVE'] as const;
/** @public */
export type TargetStorageClass = (typeof TargetStorageClass)[number];

/** @public */
export const ImageTagMutability = [
  'MUTABLE',
  'IMMUTABLE',
  'IMMUTABLE_WITH_EXCLUSION',
  'MUTABLE_WITH_EXCLUSION',
] as const;
/** @public */
export type ImageTagMutability = (typeof ImageTagMutability)[number];

/** @public */
export const ImageTagMutabilityExclusionFilterType = ['WILDCARD'] as const;
/** @public */
export type ImageTagMutabilityExclusionFilterType = (typeof ImageTagMutabilityExclusionFilterType)[number];

/** @public */
export const EncryptionType = ['AES256', 'KMS', 'KMS_DSSE'] as const;
/** @public */
export type EncryptionType = (typeof EncryptionType)[number];

/** @public BatchDeleteImage `failures[].failureCode`. */
export const ImageFailureCode = [
  'InvalidImageDigest',
  'InvalidImageTag',
  'ImageTagDoesNotMatchDigest',
  'ImageNotFound',
  'MissingDigestAndTag',
  'ImageReferencedByManifestList',
  'KmsError',
  'UpstreamAccessDenied',
  'UpstreamTooManyRequests',
  'UpstreamUnavailable',
  'ImageInaccessible',
] as const;
/** @public */
export type ImageFailureCode = (typeof ImageFailureCode)[number];

/** @public BatchGetRepositoryScanningConfiguration `failures[].failureCode` (decision D22). */
export const ScanningConfigurationFailureCode = ['REPOSITORY_NOT_FOUND'] as const;
/** @public */
export type ScanningConfigurationFailureCode = (typeof ScanningConfigurationFailureCode)[number];

/** @public Basic-scan engine of the account setting `BASIC_SCAN_TYPE_VERSION` (decisions D9, D31). */
export const BasicScanEngine = ['AWS_NATIVE', 'CLAIR'] as const;
/** @public */
export type BasicScanEngine = (typeof BasicScanEngine)[number];

/**
 * @public Severity of an enhanced (Amazon Inspector) finding. ECR types `EnhancedImageScanFinding.severity` as a plain
 * string; these are Inspector's values. UNTRIAGED (no score yet) replaces basic scanning's UNDEFINED.
 */
export const EnhancedFindingSeverity = [
  'CRITICAL',
  'HIGH',
  'MEDIUM',
  'LOW',
  'INFORMATIONAL',
  'UNTRIAGED',
] as const;
/** @public */
export type EnhancedFindingSeverity = (typeof EnhancedFindingSeverity)[number];

/**
 * @public Inspector's ECR re-scan duration (push date): how long a continuously scanned image stays eligible
 * (decision D24). DAYS_3 and DAYS_7 since 2026-07, DAYS_14/60/90 since 2024-01.
 */
export const EcrRescanDuration = [
  'LIFETIME',
  'DAYS_3',
  'DAYS_7',
  'DAYS_14',
  'DAYS_30',
  'DAYS_60',
  'DAYS_90',
  'DAYS_180',
] as const;
/** @public */
export type EcrRescanDuration = (typeof EcrRescanDuration)[number];

/** @public DescribeRegistry replication `repositoryFilters[].filterType`. */
export const RepositoryFilterType = ['PREFIX_MATCH'] as const;
/** @public */
export type RepositoryFilterType = (typeof RepositoryFilterType)[number];
