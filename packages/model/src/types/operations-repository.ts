/**
 * Repository settings scanning and audit tools read or set: tag mutability, resource tags, the repository policy
 * and the lifecycle policy (shared/reference/ecr-enhanced-scanning.md §5), as `@aws-sdk/client-ecr` 3.1169.0 has
 * them. Policies are stored and returned as text; a lifecycle policy is never evaluated (rule R22).
 */
import type { ImageTagMutability } from './enums.js';
import type { ImageTagMutabilityExclusionFilter, Tag } from './shapes.js';

/** @public */
export interface PutImageTagMutabilityRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageTagMutability: ImageTagMutability | undefined;
  imageTagMutabilityExclusionFilters?: ImageTagMutabilityExclusionFilter[] | undefined;
}
/** @public */
export interface PutImageTagMutabilityResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  imageTagMutability?: ImageTagMutability | undefined;
  imageTagMutabilityExclusionFilters?: ImageTagMutabilityExclusionFilter[] | undefined;
}
/** @public */
export interface TagResourceRequest {
  resourceArn: string | undefined;
  tags: Tag[] | undefined;
}
/** @public The SDK's response has no members. */
// biome-ignore lint/suspicious/noEmptyInterface: mirrors the SDK's empty output structure exactly.
export interface TagResourceResponse {}
/** @public */
export interface UntagResourceRequest {
  resourceArn: string | undefined;
  tagKeys: string[] | undefined;
}
/** @public The SDK's response has no members. */
// biome-ignore lint/suspicious/noEmptyInterface: mirrors the SDK's empty output structure exactly.
export interface UntagResourceResponse {}
/** @public */
export interface ListTagsForResourceRequest {
  resourceArn: string | undefined;
}
/** @public */
export interface ListTagsForResourceResponse {
  tags?: Tag[] | undefined;
}
/** @public */
export interface SetRepositoryPolicyRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  policyText: string | undefined;
  force?: boolean | undefined;
}
/** @public */
export interface SetRepositoryPolicyResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  policyText?: string | undefined;
}
/** @public */
export interface GetRepositoryPolicyRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
}
/** @public */
export interface GetRepositoryPolicyResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  policyText?: string | undefined;
}
/** @public */
export interface DeleteRepositoryPolicyRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
}
/** @public */
export interface DeleteRepositoryPolicyResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  policyText?: string | undefined;
}
/** @public */
export interface PutLifecyclePolicyRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  lifecyclePolicyText: string | undefined;
}
/** @public */
export interface PutLifecyclePolicyResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  lifecyclePolicyText?: string | undefined;
}
/** @public */
export interface GetLifecyclePolicyRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
}
/** @public */
export interface GetLifecyclePolicyResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  lifecyclePolicyText?: string | undefined;
  lastEvaluatedAt?: Date | undefined;
}
/** @public */
export interface DeleteLifecyclePolicyRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
}
/** @public */
export interface DeleteLifecyclePolicyResponse {
  registryId?: string | undefined;
  repositoryName?: string | undefined;
  lifecyclePolicyText?: string | undefined;
  lastEvaluatedAt?: Date | undefined;
}

/** @public The repository-settings operations, by wire name. */
export const REPOSITORY_OPERATION_NAMES = [
  'PutImageTagMutability',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
  'SetRepositoryPolicy',
  'GetRepositoryPolicy',
  'DeleteRepositoryPolicy',
  'PutLifecyclePolicy',
  'GetLifecyclePolicy',
  'DeleteLifecyclePolicy',
] as const;

/** @public Their input and output types. */
export interface RepositoryOperationShapes {
  PutImageTagMutability: { input: PutImageTagMutabilityRequest; output: PutImageTagMutabilityResponse };
  TagResource: { input: TagResourceRequest; output: TagResourceResponse };
  UntagResource: { input: UntagResourceRequest; output: UntagResourceResponse };
  ListTagsForResource: { input: ListTagsForResourceRequest; output: ListTagsForResourceResponse };
  SetRepositoryPolicy: { input: SetRepositoryPolicyRequest; output: SetRepositoryPolicyResponse };
  GetRepositoryPolicy: { input: GetRepositoryPolicyRequest; output: GetRepositoryPolicyResponse };
  DeleteRepositoryPolicy: { input: DeleteRepositoryPolicyRequest; output: DeleteRepositoryPolicyResponse };
  PutLifecyclePolicy: { input: PutLifecyclePolicyRequest; output: PutLifecyclePolicyResponse };
  GetLifecyclePolicy: { input: GetLifecyclePolicyRequest; output: GetLifecyclePolicyResponse };
  DeleteLifecyclePolicy: { input: DeleteLifecyclePolicyRequest; output: DeleteLifecyclePolicyResponse };
}
