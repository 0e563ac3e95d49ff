import {
  BatchDeleteImageCommand,
  BatchGetRepositoryScanningConfigurationCommand,
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  type ECRClientConfig,
  GetAccountSettingCommand,
  GetRegistryScanningConfigurationCommand,
  PutAccountSettingCommand,
  PutImageCommand,
  PutImageScanningConfigurationCommand,
  PutRegistryScanningConfigurationCommand,
  StartImageScanCommand,
  UpdateImageStorageClassCommand,
} from '@aws-sdk/client-ecr';
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
  EcrApi,
  GetAccountSettingRequest,
  GetAccountSettingResponse,
  GetRegistryScanningConfigurationRequest,
  GetRegistryScanningConfigurationResponse,
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
} from '@ecr-scan-sim/model';
import { EcrSurfaceClient } from './ecr-surface-client.js';
import { withoutMetadata } from './internal/without-metadata.js';

/**
 * @public The production path: {@link EcrApi} over a real `ECRClient`. Each method sends the matching SDK
 * command and returns its output without `$metadata`; SDK exceptions (`LimitExceededException`,
 * `ImageArchivedException`, …) pass through untouched. It adds no semantics of its own, so code written
 * against `EcrApi` behaves the same against AWS as against the simulator.
 *
 * @example
 * const api = new EcrScanClient({ region: 'eu-west-1' });
 * await api.startImageScan({ repositoryName: 'web', imageId: { imageTag: 'v1' } });
 */
export class EcrScanClient extends EcrSurfaceClient implements EcrApi {
  /** The SDK client every call goes through (the one passed in, or one built from the config). */
  readonly client: ECRClient;

  /**
   * @param clientOrConfig - An `ECRClient` to reuse, or an `ECRClientConfig` to build one from. Default: `{}`
   *   (region and credentials from the environment, as the SDK resolves them).
   */
  constructor(clientOrConfig: ECRClient | ECRClientConfig = {}) {
    super();
    this.client = isEcrClient(clientOrConfig) ? clientOrConfig : new ECRClient(clientOrConfig);
  }

  async startImageScan(input: StartImageScanRequest): Promise<StartImageScanResponse> {
    return withoutMetadata(await this.client.send(new StartImageScanCommand(input)));
  }

  async describeImageScanFindings(
    input: DescribeImageScanFindingsRequest,
  ): Promise<DescribeImageScanFindingsResponse> {
    return withoutMetadata(await this.client.send(new DescribeImageScanFindingsCommand(input)));
  }

  async describeImages(input: DescribeImagesRequest): Promise<DescribeImagesResponse> {
    return withoutMetadata(await this.client.send(new DescribeImagesCommand(input)));
  }

  async createRepository(input: CreateRepositoryRequest): Promise<CreateRepositoryResponse> {
    return withoutMetadata(await this.client.send(new CreateRepositoryCommand(input)));
  }

  async deleteRepository(input: DeleteRepositoryRequest): Promise<DeleteRepositoryResponse> {
    return withoutMetadata(await this.client.send(new DeleteRepositoryCommand(input)));
  }

  async describeRepositories(input: DescribeRepositoriesRequest): Promise<DescribeRepositoriesResponse> {
    return withoutMetadata(await this.client.send(new DescribeRepositoriesCommand(input)));
  }

  async putImage(input: PutImageRequest): Promise<PutImageResponse> {
    return withoutMetadata(await this.client.send(new PutImageCommand(input)));
  }

  async batchDeleteImage(input: BatchDeleteImageRequest): Promise<BatchDeleteImageResponse> {
    return withoutMetadata(await this.client.send(new BatchDeleteImageCommand(input)));
  }

  async putImageScanningConfiguration(
    input: PutImageScanningConfigurationRequest,
  ): Promise<PutImageScanningConfigurationResponse> {
    return withoutMetadata(await this.client.send(new PutImageScanningConfigurationCommand(input)));
  }

  async putRegistryScanningConfiguration(
    input: PutRegistryScanningConfigurationRequest,
  ): Promise<PutRegistryScanningConfigurationResponse> {
    return withoutMetadata(await this.client.send(new PutRegistryScanningConfigurationCommand(input)));
  }

  async getRegistryScanningConfiguration(
    input: GetRegistryScanningConfigurationRequest = {},
  ): Promise<GetRegistryScanningConfigurationResponse> {
    return withoutMetadata(await this.client.send(new GetRegistryScanningConfigurationCommand(input)));
  }

  async updateImageStorageClass(
    input: UpdateImageStorageClassRequest,
  ): Promise<UpdateImageStorageClassResponse> {
    return withoutMetadata(await this.client.send(new UpdateImageStorageClassCommand(input)));
  }

  async batchGetRepositoryScanningConfiguration(
    input: BatchGetRepositoryScanningConfigurationRequest,
  ): Promise<BatchGetRepositoryScanningConfigurationResponse> {
    return withoutMetadata(await this.client.send(new BatchGetRepositoryScanningConfigurationCommand(input)));
  }

  async getAccountSetting(input: GetAccountSettingRequest): Promise<GetAccountSettingResponse> {
    return withoutMetadata(await this.client.send(new GetAccountSettingCommand(input)));
  }

  async putAccountSetting(input: PutAccountSettingRequest): Promise<PutAccountSettingResponse> {
    return withoutMetadata(await this.client.send(new PutAccountSettingCommand(input)));
  }
}

/** Duck-typed so an `ECRClient` from another copy of the SDK is still reused rather than wrapped as a config. */
function isEcrClient(value: ECRClient | ECRClientConfig): value is ECRClient {
  return value instanceof ECRClient || typeof (value as { send?: unknown }).send === 'function';
}
