import type {
  BatchDeleteImageRequest,
  BatchDeleteImageResponse,
  BatchGetRepositoryScanningConfigurationRequest,
  BatchGetRepositoryScanningConfigurationResponse,
  CreateRepositoryRequest,
  CreateRepositoryResponse,
  DeleteRepositoryRequest,
  DeleteRepositoryResponse,
  DescribeImageScanFindingsRequest,
  DescribeImageScanFindingsResponse,
  DescribeImagesRequest,
  DescribeImagesResponse,
  DescribeRepositoriesRequest,
  DescribeRepositoriesResponse,
  GetAccountSettingRequest,
  GetAccountSettingResponse,
  GetRegistryScanningConfigurationRequest,
  GetRegistryScanningConfigurationResponse,
  OperationName,
  PutAccountSettingRequest,
  PutAccountSettingResponse,
  PutImageRequest,
  PutImageResponse,
  PutImageScanningConfigurationRequest,
  PutImageScanningConfigurationResponse,
  PutRegistryScanningConfigurationRequest,
  PutRegistryScanningConfigurationResponse,
  StartImageScanRequest,
  StartImageScanResponse,
  UpdateImageStorageClassRequest,
  UpdateImageStorageClassResponse,
} from './types/operations.js';
import type {
  BatchGetImageRequest,
  BatchGetImageResponse,
  ListImagesRequest,
  ListImagesResponse,
} from './types/operations-images.js';
import type {
  DeleteRegistryPolicyRequest,
  DeleteRegistryPolicyResponse,
  DescribeRegistryRequest,
  DescribeRegistryResponse,
  GetAuthorizationTokenRequest,
  GetAuthorizationTokenResponse,
  GetRegistryPolicyRequest,
  GetRegistryPolicyResponse,
  PutRegistryPolicyRequest,
  PutRegistryPolicyResponse,
} from './types/operations-registry.js';
import type {
  DeleteLifecyclePolicyRequest,
  DeleteLifecyclePolicyResponse,
  DeleteRepositoryPolicyRequest,
  DeleteRepositoryPolicyResponse,
  GetLifecyclePolicyRequest,
  GetLifecyclePolicyResponse,
  GetRepositoryPolicyRequest,
  GetRepositoryPolicyResponse,
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  PutImageTagMutabilityRequest,
  PutImageTagMutabilityResponse,
  PutLifecyclePolicyRequest,
  PutLifecyclePolicyResponse,
  SetRepositoryPolicyRequest,
  SetRepositoryPolicyResponse,
  TagResourceRequest,
  TagResourceResponse,
  UntagResourceRequest,
  UntagResourceResponse,
} from './types/operations-repository.js';

/**
 * @public The rest of the ECR surface scanning tools call (rules R1–R40): image listing, repository settings and
 * policies, registry-wide operations. Part of {@link EcrApi}.
 */
export interface EcrSurfaceApi {
  listImages(input: ListImagesRequest): Promise<ListImagesResponse>;
  batchGetImage(input: BatchGetImageRequest): Promise<BatchGetImageResponse>;
  putImageTagMutability(input: PutImageTagMutabilityRequest): Promise<PutImageTagMutabilityResponse>;
  tagResource(input: TagResourceRequest): Promise<TagResourceResponse>;
  untagResource(input: UntagResourceRequest): Promise<UntagResourceResponse>;
  listTagsForResource(input: ListTagsForResourceRequest): Promise<ListTagsForResourceResponse>;
  setRepositoryPolicy(input: SetRepositoryPolicyRequest): Promise<SetRepositoryPolicyResponse>;
  getRepositoryPolicy(input: GetRepositoryPolicyRequest): Promise<GetRepositoryPolicyResponse>;
  deleteRepositoryPolicy(input: DeleteRepositoryPolicyRequest): Promise<DeleteRepositoryPolicyResponse>;
  putLifecyclePolicy(input: PutLifecyclePolicyRequest): Promise<PutLifecyclePolicyResponse>;
  getLifecyclePolicy(input: GetLifecyclePolicyRequest): Promise<GetLifecyclePolicyResponse>;
  deleteLifecyclePolicy(input: DeleteLifecyclePolicyRequest): Promise<DeleteLifecyclePolicyResponse>;
  getAuthorizationToken(input?: GetAuthorizationTokenRequest): Promise<GetAuthorizationTokenResponse>;
  describeRegistry(input?: DescribeRegistryRequest): Promise<DescribeRegistryResponse>;
  putRegistryPolicy(input: PutRegistryPolicyRequest): Promise<PutRegistryPolicyResponse>;
  getRegistryPolicy(input?: GetRegistryPolicyRequest): Promise<GetRegistryPolicyResponse>;
  deleteRegistryPolicy(input?: DeleteRegistryPolicyRequest): Promise<DeleteRegistryPolicyResponse>;
}

/** Wire operation name → `EcrApi` method name, for the operations of {@link EcrSurfaceApi}. */
const SURFACE_API_METHOD = {
  ListImages: 'listImages',
  BatchGetImage: 'batchGetImage',
  PutImageTagMutability: 'putImageTagMutability',
  TagResource: 'tagResource',
  UntagResource: 'untagResource',
  ListTagsForResource: 'listTagsForResource',
  SetRepositoryPolicy: 'setRepositoryPolicy',
  GetRepositoryPolicy: 'getRepositoryPolicy',
  DeleteRepositoryPolicy: 'deleteRepositoryPolicy',
  PutLifecyclePolicy: 'putLifecyclePolicy',
  GetLifecyclePolicy: 'getLifecyclePolicy',
  DeleteLifecyclePolicy: 'deleteLifecyclePolicy',
  GetAuthorizationToken: 'getAuthorizationToken',
  DescribeRegistry: 'describeRegistry',
  PutRegistryPolicy: 'putRegistryPolicy',
  GetRegistryPolicy: 'getRegistryPolicy',
  DeleteRegistryPolicy: 'deleteRegistryPolicy',
} as const satisfies Record<string, keyof EcrSurfaceApi>;

/**
 * @public The port: one async method per supported operation, SDK shapes in and out (without `$metadata`).
 * The simulator and the real-client adapter both implement it, so code written against `EcrApi` runs against
 * AWS in production and against the simulator in tests. Failures reject with an error whose `name` is the ECR
 * exception code (`EcrError` from the simulator, the SDK's exception classes from the adapter).
 */
export interface EcrApi extends EcrSurfaceApi {
  startImageScan(input: StartImageScanRequest): Promise<StartImageScanResponse>;
  describeImageScanFindings(
    input: DescribeImageScanFindingsRequest,
  ): Promise<DescribeImageScanFindingsResponse>;
  describeImages(input: DescribeImagesRequest): Promise<DescribeImagesResponse>;
  createRepository(input: CreateRepositoryRequest): Promise<CreateRepositoryResponse>;
  deleteRepository(input: DeleteRepositoryRequest): Promise<DeleteRepositoryResponse>;
  describeRepositories(input: DescribeRepositoriesRequest): Promise<DescribeRepositoriesResponse>;
  putImage(input: PutImageRequest): Promise<PutImageResponse>;
  batchDeleteImage(input: BatchDeleteImageRequest): Promise<BatchDeleteImageResponse>;
  putImageScanningConfiguration(
    input: PutImageScanningConfigurationRequest,
  ): Promise<PutImageScanningConfigurationResponse>;
  putRegistryScanningConfiguration(
    input: PutRegistryScanningConfigurationRequest,
  ): Promise<PutRegistryScanningConfigurationResponse>;
  getRegistryScanningConfiguration(
    input?: GetRegistryScanningConfigurationRequest,
  ): Promise<GetRegistryScanningConfigurationResponse>;
  updateImageStorageClass(input: UpdateImageStorageClassRequest): Promise<UpdateImageStorageClassResponse>;
  batchGetRepositoryScanningConfiguration(
    input: BatchGetRepositoryScanningConfigurationRequest,
  ): Promise<BatchGetRepositoryScanningConfigurationResponse>;
  getAccountSetting(input: GetAccountSettingRequest): Promise<GetAccountSettingResponse>;
  putAccountSetting(input: PutAccountSettingRequest): Promise<PutAccountSettingResponse>;
}

/** @public The `EcrApi` method name of an operation: its wire name with a lower-case first letter. */
export type EcrApiMethod = keyof EcrApi;

/** @public Wire operation name → `EcrApi` method name. */
export const API_METHOD: { readonly [O in OperationName]: EcrApiMethod } = {
  StartImageScan: 'startImageScan',
  DescribeImageScanFindings: 'describeImageScanFindings',
  DescribeImages: 'describeImages',
  CreateRepository: 'createRepository',
  DeleteRepository: 'deleteRepository',
  DescribeRepositories: 'describeRepositories',
  PutImage: 'putImage',
  BatchDeleteImage: 'batchDeleteImage',
  PutImageScanningConfiguration: 'putImageScanningConfiguration',
  PutRegistryScanningConfiguration: 'putRegistryScanningConfiguration',
  GetRegistryScanningConfiguration: 'getRegistryScanningConfiguration',
  UpdateImageStorageClass: 'updateImageStorageClass',
  ...SURFACE_API_METHOD,
  BatchGetRepositoryScanningConfiguration: 'batchGetRepositoryScanningConfiguration',
  GetAccountSetting: 'getAccountSetting',
  PutAccountSetting: 'putAccountSetting',
};
