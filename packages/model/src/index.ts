// @ecr-scan-sim/model: the vocabulary every other package speaks. Export by name only.

// --- the port ---
export { API_METHOD, type EcrApi, type EcrApiMethod, type EcrSurfaceApi } from './api.js';
// --- constants ---
export {
  DEFAULT_ACCOUNT_ID,
  DEFAULT_REGION,
  DEFAULT_RESTORE_DURATION_MS,
  DEFAULT_SCAN_DURATION_MS,
  IMAGE_CONFIG_MEDIA_TYPES,
  IMAGE_IDS_LIMIT,
  INDEX_MEDIA_TYPES,
  JSON_CONTENT_TYPE,
  MEDIA_TYPES,
  PAGE_SIZE,
  SCAN_QUOTAS,
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
export { RULE_TOPICS, type Rule } from './rules/rule.js';
// --- enums ---
export {
  BasicScanEngine,
  EncryptionType,
  FindingSeverity,
  ImageFailureCode,
  ImageStatus,
  ImageStatusFilter,
  ImageTagMutability,
  ImageTagMutabilityExclusionFilterType,
  RepositoryFilterType,
  ScanFrequency,
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
  type GetRegistryScanningConfigurationRequest,
  type GetRegistryScanningConfigurationResponse,
  type OperationInput,
  OperationName,
  type OperationOutput,
  type OperationShapes,
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
export {
  type BatchGetImageRequest,
  type BatchGetImageResponse,
  IMAGE_OPERATION_NAMES,
  type ImageOperationShapes,
  type ListImagesFilter,
  type ListImagesRequest,
  type ListImagesResponse,
} from './types/operations-images.js';
export {
  type AuthorizationData,
  type DeleteRegistryPolicyRequest,
  type DeleteRegistryPolicyResponse,
  type DescribeRegistryRequest,
  type DescribeRegistryResponse,
  type GetAuthorizationTokenRequest,
  type GetAuthorizationTokenResponse,
  type GetRegistryPolicyRequest,
  type GetRegistryPolicyResponse,
  type PutRegistryPolicyRequest,
  type PutRegistryPolicyResponse,
  REGISTRY_OPERATION_NAMES,
  type RegistryOperationShapes,
  type ReplicationConfiguration,
  type ReplicationDestination,
  type ReplicationRule,
  type RepositoryFilter,
} from './types/operations-registry.js';
export {
  type DeleteLifecyclePolicyRequest,
  type DeleteLifecyclePolicyResponse,
  type DeleteRepositoryPolicyRequest,
  type DeleteRepositoryPolicyResponse,
  type GetLifecyclePolicyRequest,
  type GetLifecyclePolicyResponse,
  type GetRepositoryPolicyRequest,
  type GetRepositoryPolicyResponse,
  type ListTagsForResourceRequest,
  type ListTagsForResourceResponse,
  type PutImageTagMutabilityRequest,
  type PutImageTagMutabilityResponse,
  type PutLifecyclePolicyRequest,
  type PutLifecyclePolicyResponse,
  REPOSITORY_OPERATION_NAMES,
  type RepositoryOperationShapes,
  type SetRepositoryPolicyRequest,
  type SetRepositoryPolicyResponse,
  type TagResourceRequest,
  type TagResourceResponse,
  type UntagResourceRequest,
  type UntagResourceResponse,
} from './types/operations-repository.js';
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
  Resource,
  ResourceDetails,
  ScanningRepositoryFilter,
  ScoreDetails,
  Tag,
  VulnerablePackage,
} from './types/shapes.js';
// --- validation ---
export { CONSTRAINTS } from './validation/constraints.js';
export { lifecyclePolicyProblem } from './validation/lifecycle-policy-text.js';
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
export {
  isPolicyDocument,
  RegistryPolicyScope,
  registryPolicyActionsAllowed,
} from './validation/policy-text.js';
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
