import {
  BatchGetImageCommand,
  DeleteLifecyclePolicyCommand,
  DeleteRegistryPolicyCommand,
  DeleteRepositoryPolicyCommand,
  DescribeRegistryCommand,
  type ECRClient,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  GetRegistryPolicyCommand,
  GetRepositoryPolicyCommand,
  ListImagesCommand,
  ListTagsForResourceCommand,
  PutImageTagMutabilityCommand,
  PutLifecyclePolicyCommand,
  PutRegistryPolicyCommand,
  SetRepositoryPolicyCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-ecr';
import type {
  BatchGetImageRequest,
  BatchGetImageResponse,
  DeleteLifecyclePolicyRequest,
  DeleteLifecyclePolicyResponse,
  DeleteRegistryPolicyRequest,
  DeleteRegistryPolicyResponse,
  DeleteRepositoryPolicyRequest,
  DeleteRepositoryPolicyResponse,
  DescribeRegistryRequest,
  DescribeRegistryResponse,
  EcrSurfaceApi,
  GetAuthorizationTokenRequest,
  GetAuthorizationTokenResponse,
  GetLifecyclePolicyRequest,
  GetLifecyclePolicyResponse,
  GetRegistryPolicyRequest,
  GetRegistryPolicyResponse,
  GetRepositoryPolicyRequest,
  GetRepositoryPolicyResponse,
  ListImagesRequest,
  ListImagesResponse,
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  PutImageTagMutabilityRequest,
  PutImageTagMutabilityResponse,
  PutLifecyclePolicyRequest,
  PutLifecyclePolicyResponse,
  PutRegistryPolicyRequest,
  PutRegistryPolicyResponse,
  SetRepositoryPolicyRequest,
  SetRepositoryPolicyResponse,
  TagResourceRequest,
  TagResourceResponse,
  UntagResourceRequest,
  UntagResourceResponse,
} from '@ecr-scan-sim/model';
import { withoutMetadata } from './internal/without-metadata.js';

/**
 * @public The {@link EcrSurfaceApi} half of {@link EcrScanClient}: the repository, policy and registry operations
 * scanning tools call besides the scanning ones, each sending the matching SDK command (output without `$metadata`).
 * Use `EcrScanClient`, which extends it.
 */
export abstract class EcrSurfaceClient implements EcrSurfaceApi {
  /** The SDK client every call goes through. */
  abstract readonly client: ECRClient;

  async listImages(input: ListImagesRequest): Promise<ListImagesResponse> {
    return withoutMetadata(await this.client.send(new ListImagesCommand(input)));
  }

  async batchGetImage(input: BatchGetImageRequest): Promise<BatchGetImageResponse> {
    return withoutMetadata(await this.client.send(new BatchGetImageCommand(input)));
  }

  async putImageTagMutability(input: PutImageTagMutabilityRequest): Promise<PutImageTagMutabilityResponse> {
    return withoutMetadata(await this.client.send(new PutImageTagMutabilityCommand(input)));
  }

  async tagResource(input: TagResourceRequest): Promise<TagResourceResponse> {
    return withoutMetadata(await this.client.send(new TagResourceCommand(input)));
  }

  async untagResource(input: UntagResourceRequest): Promise<UntagResourceResponse> {
    return withoutMetadata(await this.client.send(new UntagResourceCommand(input)));
  }

  async listTagsForResource(input: ListTagsForResourceRequest): Promise<ListTagsForResourceResponse> {
    return withoutMetadata(await this.client.send(new ListTagsForResourceCommand(input)));
  }

  async setRepositoryPolicy(input: SetRepositoryPolicyRequest): Promise<SetRepositoryPolicyResponse> {
    return withoutMetadata(await this.client.send(new SetRepositoryPolicyCommand(input)));
  }

  async getRepositoryPolicy(input: GetRepositoryPolicyRequest): Promise<GetRepositoryPolicyResponse> {
    return withoutMetadata(await this.client.send(new GetRepositoryPolicyCommand(input)));
  }

  async deleteRepositoryPolicy(
    input: DeleteRepositoryPolicyRequest,
  ): Promise<DeleteRepositoryPolicyResponse> {
    return withoutMetadata(await this.client.send(new DeleteRepositoryPolicyCommand(input)));
  }

  async putLifecyclePolicy(input: PutLifecyclePolicyRequest): Promise<PutLifecyclePolicyResponse> {
    return withoutMetadata(await this.client.send(new PutLifecyclePolicyCommand(input)));
  }

  async getLifecyclePolicy(input: GetLifecyclePolicyRequest): Promise<GetLifecyclePolicyResponse> {
    return withoutMetadata(await this.client.send(new GetLifecyclePolicyCommand(input)));
  }

  async deleteLifecyclePolicy(input: DeleteLifecyclePolicyRequest): Promise<DeleteLifecyclePolicyResponse> {
    return withoutMetadata(await this.client.send(new DeleteLifecyclePolicyCommand(input)));
  }

  async getAuthorizationToken(
    input: GetAuthorizationTokenRequest = {},
  ): Promise<GetAuthorizationTokenResponse> {
    return withoutMetadata(await this.client.send(new GetAuthorizationTokenCommand(input)));
  }

  async describeRegistry(input: DescribeRegistryRequest = {}): Promise<DescribeRegistryResponse> {
    return withoutMetadata(await this.client.send(new DescribeRegistryCommand(input)));
  }

  async putRegistryPolicy(input: PutRegistryPolicyRequest): Promise<PutRegistryPolicyResponse> {
    return withoutMetadata(await this.client.send(new PutRegistryPolicyCommand(input)));
  }

  async getRegistryPolicy(input: GetRegistryPolicyRequest = {}): Promise<GetRegistryPolicyResponse> {
    return withoutMetadata(await this.client.send(new GetRegistryPolicyCommand(input)));
  }

  async deleteRegistryPolicy(input: DeleteRegistryPolicyRequest = {}): Promise<DeleteRegistryPolicyResponse> {
    return withoutMetadata(await this.client.send(new DeleteRegistryPolicyCommand(input)));
  }
}
