import type { OperationName } from '../types/operations.js';
import { getAccountSettingSpec, putAccountSettingSpec } from './account-settings.js';
import { batchDeleteImageSpec } from './batch-delete-image.js';
import { batchGetImageSpec } from './batch-get-image.js';
import { batchGetRepositoryScanningConfigurationSpec } from './batch-get-repository-scanning-configuration.js';
import { createRepositorySpec } from './create-repository.js';
import { deleteRepositorySpec } from './delete-repository.js';
import { describeImageScanFindingsSpec } from './describe-image-scan-findings.js';
import { describeImagesSpec } from './describe-images.js';
import { describeRegistrySpec } from './describe-registry.js';
import { describeRepositoriesSpec } from './describe-repositories.js';
import { getAuthorizationTokenSpec } from './get-authorization-token.js';
import { getRegistryScanningConfigurationSpec } from './get-registry-scanning-configuration.js';
import { listImagesSpec } from './list-images.js';
import { listTagsForResourceSpec } from './list-tags-for-resource.js';
import { putImageSpec } from './put-image.js';
import { putImageScanningConfigurationSpec } from './put-image-scanning-configuration.js';
import { putImageTagMutabilitySpec } from './put-image-tag-mutability.js';
import { lifecyclePolicyReadSpec, putLifecyclePolicySpec } from './put-lifecycle-policy.js';
import { putRegistryPolicySpec, registryPolicyReadSpec } from './put-registry-policy.js';
import { putRegistryScanningConfigurationSpec } from './put-registry-scanning-configuration.js';
import { repositoryPolicyReadSpec, setRepositoryPolicySpec } from './set-repository-policy.js';
import type { OperationSpec } from './spec.js';
import { startImageScanSpec } from './start-image-scan.js';
import { tagResourceSpec } from './tag-resource.js';
import { untagResourceSpec } from './untag-resource.js';
import { updateImageStorageClassSpec } from './update-image-storage-class.js';

/**
 * @public The validation spec of every supported operation, as data (for documentation, generators and tests).
 * The compiler refuses an operation without a spec.
 */
export const VALIDATION_SPECS: { readonly [O in OperationName]: OperationSpec<O> } = {
  StartImageScan: startImageScanSpec,
  DescribeImageScanFindings: describeImageScanFindingsSpec,
  DescribeImages: describeImagesSpec,
  CreateRepository: createRepositorySpec,
  DeleteRepository: deleteRepositorySpec,
  DescribeRepositories: describeRepositoriesSpec,
  PutImage: putImageSpec,
  BatchDeleteImage: batchDeleteImageSpec,
  PutImageScanningConfiguration: putImageScanningConfigurationSpec,
  PutRegistryScanningConfiguration: putRegistryScanningConfigurationSpec,
  GetRegistryScanningConfiguration: getRegistryScanningConfigurationSpec,
  UpdateImageStorageClass: updateImageStorageClassSpec,
  ListImages: listImagesSpec,
  BatchGetImage: batchGetImageSpec,
  PutImageTagMutability: putImageTagMutabilitySpec,
  TagResource: tagResourceSpec,
  UntagResource: untagResourceSpec,
  ListTagsForResource: listTagsForResourceSpec,
  SetRepositoryPolicy: setRepositoryPolicySpec,
  GetRepositoryPolicy: repositoryPolicyReadSpec,
  DeleteRepositoryPolicy: repositoryPolicyReadSpec,
  PutLifecyclePolicy: putLifecyclePolicySpec,
  GetLifecyclePolicy: lifecyclePolicyReadSpec,
  DeleteLifecyclePolicy: lifecyclePolicyReadSpec,
  GetAuthorizationToken: getAuthorizationTokenSpec,
  DescribeRegistry: describeRegistrySpec,
  PutRegistryPolicy: putRegistryPolicySpec,
  GetRegistryPolicy: registryPolicyReadSpec,
  DeleteRegistryPolicy: registryPolicyReadSpec,
  BatchGetRepositoryScanningConfiguration: batchGetRepositoryScanningConfigurationSpec,
  GetAccountSetting: getAccountSettingSpec,
  PutAccountSetting: putAccountSettingSpec,
};
