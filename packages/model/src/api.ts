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

/**
 * @public The port: one async method per supported operation, SDK shapes in and out (without `$metadata`).
 * The simulator and the real-client adapter both implement it, so code written against `EcrApi` runs against
 * AWS in production and against the simulator in tests. Failures reject with an error whose `name` is the ECR
 * exception code (`EcrError` from the simulator, the SDK's exception classes from the adapter).
 */
export interface EcrApi {
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
  BatchGetRepositoryScanningConfiguration: 'batchGetRepositoryScanningConfiguration',
  GetAccountSetting: 'getAccountSetting',
  PutAccountSetting: 'putAccountSetting',
};
