/**
 * The data types of the supported ECR operations, structurally identical to `@aws-sdk/client-ecr` 3.1169.0
 * (`dist-types/models/models_0.d.ts`) without `$metadata`. `src/sdk-conformance.test-d.ts` proves
 * assignability in both directions, so drift in the SDK breaks our build rather than our users' tests.
 * Member documentation lives in the AWS API reference: https://docs.aws.amazon.com/AmazonECR/latest/APIReference/
 */
import type {
  EncryptionType,
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
} from './enums.js';

/** @public */
export interface ImageIdentifier {
  imageDigest?: string | undefined;
  imageTag?: string | undefined;
}
/** @public */
export interface ImageScanStatus {
  status?: ScanStatus | undefined;
  description?: string | undefined;
}
/** @public */
export interface Attribute {
  key: string | undefined;
  value?: string | undefined;
}
/** @public */
export interface ImageScanFinding {
  name?: string | undefined;
  description?: string | undefined;
  uri?: string | undefined;
  severity?: FindingSeverity | undefined;
  attributes?: Attribute[] | undefined;
}
/** @public */
export interface CvssScore {
  baseScore?: number | undefined;
  scoringVector?: string | undefined;
  source?: string | undefined;
  version?: string | undefined;
}
/** @public */
export interface VulnerablePackage {
  arch?: string | undefined;
  epoch?: number | undefined;
  filePath?: string | undefined;
  name?: string | undefined;
  packageManager?: string | undefined;
  release?: string | undefined;
  sourceLayerHash?: string | undefined;
  version?: string | undefined;
  fixedInVersion?: string | undefined;
}
/** @public */
export interface PackageVulnerabilityDetails {
  cvss?: CvssScore[] | undefined;
  referenceUrls?: string[] | undefined;
  relatedVulnerabilities?: string[] | undefined;
  source?: string | undefined;
  sourceUrl?: string | undefined;
  vendorCreatedAt?: Date | undefined;
  vendorSeverity?: string | undefined;
  vendorUpdatedAt?: Date | undefined;
  vulnerabilityId?: string | undefined;
  vulnerablePackages?: VulnerablePackage[] | undefined;
}
/** @public */
export interface Recommendation {
  url?: string | undefined;
  text?: string | undefined;
}
/** @public */
export interface Remediation {
  recommendation?: Recommendation | undefined;
}
/** @public */
export interface AwsEcrContainerImageDetails {
  architecture?: string | undefined;
  author?: string | undefined;
  imageHash?: string | undefined;
  imageTags?: string[] | undefined;
  platform?: string | undefined;
  pushedAt?: Date | undefined;
  lastInUseAt?: Date | undefined;
  inUseCount?: number | undefined;
  registry?: string | undefined;
  repositoryName?: string | undefined;
}
/** @public */
export interface ResourceDetails {
  awsEcrContainerImage?: AwsEcrContainerImageDetails | undefined;
}
/** @public */
export interface Resource {
  details?: ResourceDetails | undefined;
  id?: string | undefined;
  tags?: Record<string, string> | undefined;
  type?: string | undefined;
}
/** @public */
export interface CvssScoreAdjustment {
  metric?: string | undefined;
  reason?: string | undefined;
}
/** @public */
export interface CvssScoreDetails {
  adjustments?: CvssScoreAdjustment[] | undefined;
  score?: number | undefined;
  scoreSource?: string | undefined;
  scoringVector?: string | undefined;
  version?: string | undefined;
}
/** @public */
export interface ScoreDetails {
  cvss?: CvssScoreDetails | undefined;
}
/** @public Enhanced (Amazon Inspector) finding, in ECR's shape (not Inspector's `Finding`). */
export interface EnhancedImageScanFinding {
  awsAccountId?: string | undefined;
  description?: string | undefined;
  findingArn?: string | undefined;
  firstObservedAt?: Date | undefined;
  lastObservedAt?: Date | undefined;
  packageVulnerabilityDetails?: PackageVulnerabilityDetails | undefined;
  remediation?: Remediation | undefined;
  resources?: Resource[] | undefined;
  score?: number | undefined;
  scoreDetails?: ScoreDetails | undefined;
  severity?: string | undefined;
  status?: string | undefined;
  title?: string | undefined;
  type?: string | undefined;
  updatedAt?: Date | undefined;
  fixAvailable?: string | undefined;
  exploitAvailable?: string | undefined;
}
/** @public */
export interface ImageScanFindings {
  imageScanCompletedAt?: Date | undefined;
  vulnerabilitySourceUpdatedAt?: Date | undefined;
  findingSeverityCounts?: Partial<Record<FindingSeverity, number>> | undefined;
  findings?: ImageScanFinding[] | undefined;
  enhancedFindings?: EnhancedImageScanFinding[] | undefined;
}
/** @public */
export interface ImageScanFindingsSummary {
  imageScanCompletedAt?: Date | undefined;
  vulnerabilitySourceUpdatedAt?: Date | undefined;
  findingSeverityCounts?: Partial<Record<FindingSeverity, number>> | undefined;
}
/** @public */
export interface ImageDetail {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageDigest?: string | undefined;
  imageTags?: string[] | undefined;
  imageSizeInBytes?: number | undefined;
  imagePushedAt?: Date | undefined;
  imageScanStatus?: ImageScanStatus | undefined;
  imageScanFindingsSummary?: ImageScanFindingsSummary | undefined;
  imageManifestMediaType?: string | undefined;
  artifactMediaType?: string | undefined;
  lastRecordedPullTime?: Date | undefined;
  subjectManifestDigest?: string | undefined;
  imageStatus?: ImageStatus | undefined;
  lastArchivedAt?: Date | undefined;
  lastActivatedAt?: Date | undefined;
}
/** @public */
export interface DescribeImagesFilter {
  tagStatus?: TagStatus | undefined;
  imageStatus?: ImageStatusFilter | undefined;
}
/** @public */
export interface ImageScanningConfiguration {
  scanOnPush?: boolean | undefined;
}
/** @public */
export interface EncryptionConfiguration {
  encryptionType: EncryptionType | undefined;
  kmsKey?: string | undefined;
}
/** @public */
export interface Tag {
  Key: string | undefined;
  Value: string | undefined;
}
/** @public */
export interface ImageTagMutabilityExclusionFilter {
  filterType: ImageTagMutabilityExclusionFilterType | undefined;
  filter: string | undefined;
}
/** @public */
export interface Repository {
  repositoryArn?: string | undefined;
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  repositoryUri?: string | undefined;
  createdAt?: Date | undefined;
  imageTagMutability?: ImageTagMutability | undefined;
  imageTagMutabilityExclusionFilters?: ImageTagMutabilityExclusionFilter[] | undefined;
  imageScanningConfiguration?: ImageScanningConfiguration | undefined;
  encryptionConfiguration?: EncryptionConfiguration | undefined;
}
/** @public */
export interface Image {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageId?: ImageIdentifier | undefined;
  imageManifest?: string | undefined;
  imageManifestMediaType?: string | undefined;
}
/** @public */
export interface ImageFailure {
  imageId?: ImageIdentifier | undefined;
  failureCode?: ImageFailureCode | undefined;
  failureReason?: string | undefined;
}
/** @public */
export interface ScanningRepositoryFilter {
  filter: string | undefined;
  filterType: ScanningRepositoryFilterType | undefined;
}
/** @public */
export interface RegistryScanningRule {
  scanFrequency: ScanFrequency | undefined;
  repositoryFilters: ScanningRepositoryFilter[] | undefined;
}
/** @public */
export interface RegistryScanningConfiguration {
  scanType?: ScanType | undefined;
  rules?: RegistryScanningRule[] | undefined;
}
/** @public One repository's effective scanning configuration (BatchGetRepositoryScanningConfiguration, D22). */
export interface RepositoryScanningConfiguration {
  repositoryArn?: string | undefined;
  repositoryName?: string | undefined;
  scanOnPush?: boolean | undefined;
  scanFrequency?: ScanFrequency | undefined;
  appliedScanFilters?: ScanningRepositoryFilter[] | undefined;
}
/** @public */
export interface RepositoryScanningConfigurationFailure {
  repositoryName?: string | undefined;
  failureCode?: ScanningConfigurationFailureCode | undefined;
  failureReason?: string | undefined;
}
