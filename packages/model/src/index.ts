// @ecr-scan-sim/model: the vocabulary every other package speaks. Export by name only.

// --- the port ---
export { API_METHOD, type EcrApi, type EcrApiMethod } from './api.js';
// --- constants ---
export {
  ACCOUNT_SETTING_NAME_LENGTH,
  BASIC_SCAN_TYPE_VERSION,
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  DEFAULT_RESTORE_DURATION_MS,
  DEFAULT_SCAN_DURATION_MS,
  ENHANCED_DEFAULTS,
  IMAGE_CONFIG_MEDIA_TYPES,
  IMAGE_IDS_LIMIT,
  INDEX_MEDIA_TYPES,
  JSON_CONTENT_TYPE,
  MEDIA_TYPES,
  PAGE_SIZE,
  RESCAN_DURATION_MS,
  RULE_FREQUENCIES,
  SCAN_QUOTAS,
  SCANNING_CONFIGURATION_NAMES_LIMIT,
  SCANNING_RULE_LIMITS,
  TARGET_PREFIX,
} from './constants.js';
// --- errors ---
export {
  type Confidence,
  type EcrErrorCode,
  ERROR_CODES,
  type ErrorEntry,
  type ErrorFault,
  formatMessage,
  MESSAGES,
  type MessageEntry,
  type MessageId,
} from './errors/catalogue.js';
export {
  EcrError,
  ecrErrors,
  type ImageRefParams,
  isEcrError,
  statusDescriptions,
} from './errors/ecr-error.js';
// --- rules ---
export { RULES, type RuleId, ruleById } from './rules/catalogue.js';
export { SCANNING_FILTER_TABLE } from './rules/filter-table.js';
export { RULE_TOPICS, type Rule } from './rules/rule.js';
// --- enums ---
export {
  BasicScanEngine,
  EcrRescanDuration,
  EncryptionType,
  EnhancedFindingSeverity,
  FindingSeverity,
  ImageFailureCode,
  ImageStatus,
  ImageStatusFilter,
  ImageTagMutability,
  ImageTagMutabilityExclusionFilterType,
  ScanFrequency,
  ScanningConfigurationFailureCode,
  ScanningRepositoryFilterType,
  ScanStatus,
  ScanType,
  TagStatus,
  TargetStorageClass,
} from './types/enums.js';
// --- operation shapes ---
export {
  type BatchDeleteImageRequest,
  type BatchDeleteImageResponse,
  type BatchGetRepositoryScanningConfigurationRequest,
  type BatchGetRepositoryScanningConfigurationResponse,
  type CreateRepositoryRequest,
  type CreateRepositoryResponse,
  type DeleteRepositoryRequest,
  type DeleteRepositoryResponse,
  type DescribeImageScanFindingsRequest,
  type DescribeImageScanFindingsResponse,
  type DescribeImagesRequest,
  type DescribeImagesResponse,
  type DescribeRepositoriesRequest,
  type DescribeRepositoriesResponse,
  type GetAccountSettingRequest,
  type GetAccountSettingResponse,
  type GetRegistryScanningConfigurationRequest,
  type GetRegistryScanningConfigurationResponse,
  type OperationInput,
  OperationName,
  type OperationOutput,
  type OperationShapes,
  type PutAccountSettingRequest,
  type PutAccountSettingResponse,
  type PutImageRequest,
  type PutImageResponse,
  type PutImageScanningConfigurationRequest,
  type PutImageScanningConfigurationResponse,
  type PutRegistryScanningConfigurationRequest,
  type PutRegistryScanningConfigurationResponse,
  type StartImageScanRequest,
  type StartImageScanResponse,
  type UpdateImageStorageClassRequest,
  type UpdateImageStorageClassResponse,
} from './types/operations.js';
// --- data shapes ---
export type {
  Attribute,
  AwsEcrContainerImageDetails,
  CvssScore,
  CvssScoreAdjustment,
  CvssScoreDetails,
  DescribeImagesFilter,
  EncryptionConfiguration,
  EnhancedImageScanFinding,
  Image,
  ImageDetail,
  ImageFailure,
  ImageIdentifier,
  ImageScanFinding,
  ImageScanFindings,
  ImageScanFindingsSummary,
  ImageScanningConfiguration,
  ImageScanStatus,
  ImageTagMutabilityExclusionFilter,
  PackageVulnerabilityDetails,
  Recommendation,
  RegistryScanningConfiguration,
  RegistryScanningRule,
  Remediation,
  Repository,
  RepositoryScanningConfiguration,
  RepositoryScanningConfigurationFailure,
  Resource,
  ResourceDetails,
  ScanningRepositoryFilter,
  ScoreDetails,
  Tag,
  VulnerablePackage,
} from './types/shapes.js';
// --- validation ---
export { CONSTRAINTS } from './validation/constraints.js';
export {
  IMAGE_DIGEST_PATTERN,
  isImageDigest,
  isRegistryId,
  isRepositoryName,
  REGISTRY_ID_PATTERN,
  REPOSITORY_NAME_PATTERN,
  SCANNING_FILTER_PATTERN,
  TAG_EXCLUSION_FILTER_PATTERN,
} from './validation/patterns.js';
export type {
  BooleanSpec,
  IntegerSpec,
  ListSpec,
  MemberSpec,
  MembersSpec,
  OperationSpec,
  PatternConstraint,
  StringSpec,
  StructureSpec,
} from './validation/spec.js';
export { VALIDATION_SPECS } from './validation/specs.js';
export { validateInput } from './validation/validate.js';
