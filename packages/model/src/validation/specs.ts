import type { OperationName } from '../types/operations.js';
import { getAccountSettingSpec, putAccountSettingSpec } from './account-settings.js';
import { batchDeleteImageSpec } from './batch-delete-image.js';
import { batchGetRepositoryScanningConfigurationSpec } from './batch-get-repository-scanning-configuration.js';
import { createRepositorySpec } from './create-repository.js';
import { deleteRepositorySpec } from './delete-repository.js';
import { describeImageScanFindingsSpec } from './describe-image-scan-findings.js';
import { describeImagesSpec } from './describe-images.js';
import { describeRepositoriesSpec } from './describe-repositories.js';
import { getRegistryScanningConfigurationSpec } from './get-registry-scanning-configuration.js';
import { putImageSpec } from './put-image.js';
import { putImageScanningConfigurationSpec } from './put-image-scanning-configuration.js';
import { putRegistryScanningConfigurationSpec } from './put-registry-scanning-configuration.js';
import type { OperationSpec } from './spec.js';
import { startImageScanSpec } from './start-image-scan.js';
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
  BatchGetRepositoryScanningConfiguration: batchGetRepositoryScanningConfigurationSpec,
  GetAccountSetting: getAccountSettingSpec,
  PutAccountSetting: putAccountSettingSpec,
};
