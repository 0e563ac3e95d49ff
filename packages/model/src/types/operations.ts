/** Inputs and outputs of the scanning core operations (the others are in operations-*.ts), as `@aws-sdk/client-ecr` has them (outputs without `$metadata`). */
import type { ImageStatus, ImageTagMutability, ScanType, TargetStorageClass } from './enums.js';
import { IMAGE_OPERATION_NAMES, type ImageOperationShapes } from './operations-images.js';
import { REGISTRY_OPERATION_NAMES, type RegistryOperationShapes } from './operations-registry.js';
import { REPOSITORY_OPERATION_NAMES, type RepositoryOperationShapes } from './operations-repository.js';
import type {
  DescribeImagesFilter,
  EncryptionConfiguration,
  Image,
  ImageDetail,
  ImageFailure,
  ImageIdentifier,
  ImageScanFindings,
  ImageScanningConfiguration,
  ImageScanStatus,
  ImageTagMutabilityExclusionFilter,
  RegistryScanningConfiguration,
  RegistryScanningRule,
  Repository,
  RepositoryScanningConfiguration,
  RepositoryScanningConfigurationFailure,
  Tag,
} from './shapes.js';

/** @public */
export interface StartImageScanRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageId: ImageIdentifier | undefined;
}
/** @public */
export interface StartImageScanResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageId?: ImageIdentifier | undefined;
  imageScanStatus?: ImageScanStatus | undefined;
}
/** @public */
export interface DescribeImageScanFindingsRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageId: ImageIdentifier | undefined;
  nextToken?: string | undefined;
  maxResults?: number | undefined;
}
/** @public */
export interface DescribeImageScanFindingsResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageId?: ImageIdentifier | undefined;
  imageScanStatus?: ImageScanStatus | undefined;
  imageScanFindings?: ImageScanFindings | undefined;
  nextToken?: string | undefined;
}
/** @public */
export interface DescribeImagesRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageIds?: ImageIdentifier[] | undefined;
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  filter?: DescribeImagesFilter | undefined;
}
/** @public */
export interface DescribeImagesResponse {
  imageDetails?: ImageDetail[] | undefined;
  nextToken?: string | undefined;
}
/** @public */
export interface CreateRepositoryRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  tags?: Tag[] | undefined;
  imageTagMutability?: ImageTagMutability | undefined;
  imageTagMutabilityExclusionFilters?: ImageTagMutabilityExclusionFilter[] | undefined;
  imageScanningConfiguration?: ImageScanningConfiguration | undefined;
  encryptionConfiguration?: EncryptionConfiguration | undefined;
}
/** @public */
export interface CreateRepositoryResponse {
  repository?: Repository | undefined;
}
/** @public */
export interface DeleteRepositoryRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  force?: boolean | undefined;
}
/** @public */
export interface DeleteRepositoryResponse {
  repository?: Repository | undefined;
}
/** @public */
export interface DescribeRepositoriesRequest {
  registryId?: string | undefined;
  repositoryNames?: string[] | undefined;
  nextToken?: string | undefined;
  maxResults?: number | undefined;
}
/** @public */
export interface DescribeRepositoriesResponse {
  repositories?: Repository[] | undefined;
  nextToken?: string | undefined;
}
/** @public */
export interface PutImageRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageManifest: string | undefined;
  imageManifestMediaType?: string | undefined;
  imageTag?: string | undefined;
  imageDigest?: string | undefined;
}
/** @public */
export interface PutImageResponse {
  image?: Image | undefined;
}
/** @public */
export interface BatchDeleteImageRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageIds: ImageIdentifier[] | undefined;
}
/** @public */
export interface BatchDeleteImageResponse {
  imageIds?: ImageIdentifier[] | undefined;
  failures?: ImageFailure[] | undefined;
}
/** @public */
export interface PutImageScanningConfigurationRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageScanningConfiguration: ImageScanningConfiguration | undefined;
}
/** @public */
export interface PutImageScanningConfigurationResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageScanningConfiguration?: ImageScanningConfiguration | undefined;
}
/** @public */
export interface PutRegistryScanningConfigurationRequest {
  scanType?: ScanType | undefined;
  rules?: RegistryScanningRule[] | undefined;
}
/** @public */
export interface PutRegistryScanningConfigurationResponse {
  registryScanningConfiguration?: RegistryScanningConfiguration | undefined;
}
/** @public The SDK's request has no members: the registry is the caller's (account, region). */
// biome-ignore lint/suspicious/noEmptyInterface: mirrors the SDK's empty input structure exactly.
export interface GetRegistryScanningConfigurationRequest {}
/** @public */
export interface GetRegistryScanningConfigurationResponse {
  registryId?: string | undefined;
  scanningConfiguration?: RegistryScanningConfiguration | undefined;
}
/** @public */
export interface UpdateImageStorageClassRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageId: ImageIdentifier | undefined;
  targetStorageClass: TargetStorageClass | undefined;
}
/** @public */
export interface UpdateImageStorageClassResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageId?: ImageIdentifier | undefined;
  imageStatus?: ImageStatus | undefined;
}
/** @public The registry is the caller's (account, region): the SDK's request has no `registryId`. */
export interface BatchGetRepositoryScanningConfigurationRequest {
  repositoryNames: string[] | undefined;
}
/** @public */
export interface BatchGetRepositoryScanningConfigurationResponse {
  scanningConfigurations?: RepositoryScanningConfiguration[] | undefined;
  failures?: RepositoryScanningConfigurationFailure[] | undefined;
}
/** @public */
export interface GetAccountSettingRequest {
  name: string | undefined;
}
/** @public */
export interface GetAccountSettingResponse {
  name?: string | undefined;
  value?: string | undefined;
}
/** @public */
export interface PutAccountSettingRequest {
  name: string | undefined;
  value: string | undefined;
}
/** @public */
export interface PutAccountSettingResponse {
  name?: string | undefined;
  value?: string | undefined;
}

/** @public The supported operations, by their wire names. */
export const OperationName = [
  'StartImageScan',
  'DescribeImageScanFindings',
  'DescribeImages',
  'CreateRepository',
  'DeleteRepository',
  'DescribeRepositories',
  'PutImage',
  'BatchDeleteImage',
  'PutImageScanningConfiguration',
  'PutRegistryScanningConfiguration',
  'GetRegistryScanningConfiguration',
  'UpdateImageStorageClass',
  ...IMAGE_OPERATION_NAMES,
  ...REPOSITORY_OPERATION_NAMES,
  ...REGISTRY_OPERATION_NAMES,
  'BatchGetRepositoryScanningConfiguration',
  'GetAccountSetting',
  'PutAccountSetting',
] as const;
/** @public */
export type OperationName = (typeof OperationName)[number];

/** @public Input and output type of each operation, keyed by wire name. */
export interface OperationShapes
  extends ImageOperationShapes,
    RepositoryOperationShapes,
    RegistryOperationShapes {
  StartImageScan: { input: StartImageScanRequest; output: StartImageScanResponse };
  DescribeImageScanFindings: {
    input: DescribeImageScanFindingsRequest;
    output: DescribeImageScanFindingsResponse;
  };
  DescribeImages: { input: DescribeImagesRequest; output: DescribeImagesResponse };
  CreateRepository: { input: CreateRepositoryRequest; output: CreateRepositoryResponse };
  DeleteRepository: { input: DeleteRepositoryRequest; output: DeleteRepositoryResponse };
  DescribeRepositories: { input: DescribeRepositoriesRequest; output: DescribeRepositoriesResponse };
  PutImage: { input: PutImageRequest; output: PutImageResponse };
  BatchDeleteImage: { input: BatchDeleteImageRequest; output: BatchDeleteImageResponse };
  PutImageScanningConfiguration: {
    input: PutImageScanningConfigurationRequest;
    output: PutImageScanningConfigurationResponse;
  };
  PutRegistryScanningConfiguration: {
    input: PutRegistryScanningConfigurationRequest;
    output: PutRegistryScanningConfigurationResponse;
  };
  GetRegistryScanningConfiguration: {
    input: GetRegistryScanningConfigurationRequest;
    output: GetRegistryScanningConfigurationResponse;
  };
  UpdateImageStorageClass: { input: UpdateImageStorageClassRequest; output: UpdateImageStorageClassResponse };
  BatchGetRepositoryScanningConfiguration: {
    input: BatchGetRepositoryScanningConfigurationRequest;
    output: BatchGetRepositoryScanningConfigurationResponse;
  };
  GetAccountSetting: { input: GetAccountSettingRequest; output: GetAccountSettingResponse };
  PutAccountSetting: { input: PutAccountSettingRequest; output: PutAccountSettingResponse };
}
/** @public */
export type OperationInput<O extends OperationName> = OperationShapes[O]['input'];
/** @public */
export type OperationOutput<O extends OperationName> = OperationShapes[O]['output'];
