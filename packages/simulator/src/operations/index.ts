import type { OperationInput, OperationName, OperationOutput } from '@ecr-scan-sim/model';
import { getAccountSetting, putAccountSetting } from './account-settings.js';
import { batchDeleteImage } from './batch-delete-image.js';
import { batchGetImage } from './batch-get-image.js';
import { batchGetRepositoryScanningConfiguration } from './batch-get-repository-scanning-configuration.js';
import type { Operation } from './context.js';
import { createRepository } from './create-repository.js';
import { deleteRepository } from './delete-repository.js';
import { describeImageScanFindings } from './describe-image-scan-findings.js';
import { describeImages } from './describe-images.js';
import { describeRegistry } from './describe-registry.js';
import { describeRepositories } from './describe-repositories.js';
import { getAuthorizationToken } from './get-authorization-token.js';
import { deleteLifecyclePolicy, getLifecyclePolicy, putLifecyclePolicy } from './lifecycle-policy.js';
import { listImages } from './list-images.js';
import { listTagsForResource } from './list-tags-for-resource.js';
import { putImage } from './put-image.js';
import { putImageScanningConfiguration } from './put-image-scanning-configuration.js';
import { putImageTagMutability } from './put-image-tag-mutability.js';
import { deleteRegistryPolicy, getRegistryPolicy, putRegistryPolicy } from './registry-policy.js';
import {
  getRegistryScanningConfiguration,
  putRegistryScanningConfiguration,
} from './registry-scanning-configuration.js';
import { deleteRepositoryPolicy, getRepositoryPolicy, setRepositoryPolicy } from './repository-policy.js';
import { startImageScan } from './start-image-scan.js';
import { tagResource } from './tag-resource.js';
import { untagResource } from './untag-resource.js';
import { updateImageStorageClass } from './update-image-storage-class.js';

/** @internal Every operation by wire name; the compiler checks the table is total. */
export const OPERATIONS: { readonly [O in OperationName]: Operation<OperationInput<O>, OperationOutput<O>> } =
  {
    StartImageScan: startImageScan,
    DescribeImageScanFindings: describeImageScanFindings,
    DescribeImages: describeImages,
    CreateRepository: createRepository,
    DeleteRepository: deleteRepository,
    DescribeRepositories: describeRepositories,
    PutImage: putImage,
    BatchDeleteImage: batchDeleteImage,
    PutImageScanningConfiguration: putImageScanningConfiguration,
    PutRegistryScanningConfiguration: putRegistryScanningConfiguration,
    GetRegistryScanningConfiguration: getRegistryScanningConfiguration,
    UpdateImageStorageClass: updateImageStorageClass,
    ListImages: listImages,
    BatchGetImage: batchGetImage,
    PutImageTagMutability: putImageTagMutability,
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
    SetRepositoryPolicy: setRepositoryPolicy,
    GetRepositoryPolicy: getRepositoryPolicy,
    DeleteRepositoryPolicy: deleteRepositoryPolicy,
    PutLifecyclePolicy: putLifecyclePolicy,
    GetLifecyclePolicy: getLifecyclePolicy,
    DeleteLifecyclePolicy: deleteLifecyclePolicy,
    GetAuthorizationToken: getAuthorizationToken,
    DescribeRegistry: describeRegistry,
    PutRegistryPolicy: putRegistryPolicy,
    GetRegistryPolicy: getRegistryPolicy,
    DeleteRegistryPolicy: deleteRegistryPolicy,
    BatchGetRepositoryScanningConfiguration: batchGetRepositoryScanningConfiguration,
    GetAccountSetting: getAccountSetting,
    PutAccountSetting: putAccountSetting,
  };
