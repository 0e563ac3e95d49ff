// @ecr-scan-sim/model: the vocabulary every other package speaks. Export by name only.

// --- the port ---
export { API_METHOD, type EcrApi, type EcrApiMethod, type EcrSurfaceApi } from './api.js';
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
export {
  INSPECTOR2_ERROR_CODES,
  INSPECTOR2_MESSAGES,
  type Inspector2ErrorCode,
  type Inspector2MessageEntry,
  type Inspector2MessageId,
} from './errors/inspector2-catalogue.js';
export {
  Inspector2Error,
  type Inspector2ErrorMembers,
  type Inspector2ValidationField,
  type Inspector2ValidationReason,
  inspector2Errors,
  isInspector2Error,
} from './errors/inspector2-error.js';
// --- Amazon Inspector2: a second service of the same account (its own folder; decision records 0018–0020) ---
export {
  DEFAULT_PULL_DATE_RESCAN_DURATION,
  DEFAULT_PULL_DATE_RESCAN_MODE,
  DEFAULT_RESCAN_DURATION,
  INSPECTOR2_PAGE_SIZE,
  RESCAN_DURATION_MS,
} from './inspector2/constants.js';
/** @public Every served Inspector2 shape and enum type, named as `@aws-sdk/client-inspector2` names them. */
export type * as Inspector2 from './inspector2/generated/shapes.js';
export { INSPECTOR2_HTTP_BINDINGS, type Inspector2HttpBinding } from './inspector2/http-bindings.js';
export {
  INSPECTOR2_API_METHOD,
  type Inspector2Api,
  type Inspector2ApiMethod,
  type Inspector2OperationInput,
  Inspector2OperationName,
  type Inspector2OperationOutput,
  type Inspector2OperationShapes,
} from './inspector2/operations.js';
export { parseInspector2Input, validateInspector2Input } from './inspector2/validation/validate.js';
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
  RepositoryFilterType,
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
export { readValidInput, type ValidInput } from './validation/read-valid-input.js';
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
