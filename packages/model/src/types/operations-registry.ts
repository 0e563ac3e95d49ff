/**
 * Registry-wide operations scanning tools call: GetAuthorizationToken (so `aws ecr get-login-password` works),
 * DescribeRegistry and the registry policy (shared/reference/ecr-enhanced-scanning.md §3.5, §5), as
 * `@aws-sdk/client-ecr` 3.1169.0 has them.
 */
import type { RepositoryFilterType } from './enums.js';

/** @public */
export interface GetAuthorizationTokenRequest {
  /** @deprecated in the SDK: the token is not scoped by registry. */
  registryIds?: string[] | undefined;
}
/** @public */
export interface AuthorizationData {
  authorizationToken?: string | undefined;
  expiresAt?: Date | undefined;
  proxyEndpoint?: string | undefined;
}
/** @public */
export interface GetAuthorizationTokenResponse {
  authorizationData?: AuthorizationData[] | undefined;
}
/** @public The SDK's request has no members: the registry is the caller's (account, region). */
// biome-ignore lint/suspicious/noEmptyInterface: mirrors the SDK's empty input structure exactly.
export interface DescribeRegistryRequest {}
/** @public */
export interface ReplicationDestination {
  region: string | undefined;
  registryId: string | undefined;
}
/** @public */
export interface RepositoryFilter {
  filter: string | undefined;
  filterType: RepositoryFilterType | undefined;
}
/** @public */
export interface ReplicationRule {
  destinations: ReplicationDestination[] | undefined;
  repositoryFilters?: RepositoryFilter[] | undefined;
}
/** @public */
export interface ReplicationConfiguration {
  rules: ReplicationRule[] | undefined;
}
/** @public */
export interface DescribeRegistryResponse {
  registryId?: string | undefined;
  replicationConfiguration?: ReplicationConfiguration | undefined;
}
/** @public */
export interface PutRegistryPolicyRequest {
  policyText: string | undefined;
}
/** @public */
export interface PutRegistryPolicyResponse {
  registryId?: string | undefined;
  policyText?: string | undefined;
}
/** @public The SDK's request has no members. */
// biome-ignore lint/suspicious/noEmptyInterface: mirrors the SDK's empty input structure exactly.
export interface GetRegistryPolicyRequest {}
/** @public */
export interface GetRegistryPolicyResponse {
  registryId?: string | undefined;
  policyText?: string | undefined;
}
/** @public The SDK's request has no members. */
// biome-ignore lint/suspicious/noEmptyInterface: mirrors the SDK's empty input structure exactly.
export interface DeleteRegistryPolicyRequest {}
/** @public */
export interface DeleteRegistryPolicyResponse {
  registryId?: string | undefined;
  policyText?: string | undefined;
}

/** @public The registry-wide operations, by wire name. */
export const REGISTRY_OPERATION_NAMES = [
  'GetAuthorizationToken',
  'DescribeRegistry',
  'PutRegistryPolicy',
  'GetRegistryPolicy',
  'DeleteRegistryPolicy',
] as const;

/** @public Their input and output types. */
export interface RegistryOperationShapes {
  GetAuthorizationToken: { input: GetAuthorizationTokenRequest; output: GetAuthorizationTokenResponse };
  DescribeRegistry: { input: DescribeRegistryRequest; output: DescribeRegistryResponse };
  PutRegistryPolicy: { input: PutRegistryPolicyRequest; output: PutRegistryPolicyResponse };
  GetRegistryPolicy: { input: GetRegistryPolicyRequest; output: GetRegistryPolicyResponse };
  DeleteRegistryPolicy: { input: DeleteRegistryPolicyRequest; output: DeleteRegistryPolicyResponse };
}
