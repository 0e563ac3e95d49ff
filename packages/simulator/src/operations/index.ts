import type { OperationInput, OperationName, OperationOutput } from '@ecr-scan-sim/model';
import { getAccountSetting, putAccountSetting } from './account-settings.js';
import { batchDeleteImage } from './batch-delete-image.js';
import { batchGetRepositoryScanningConfiguration } from './batch-get-repository-scanning-configuration.js';
import type { Operation } from './context.js';
import { createRepository } from './create-repository.js';
import { deleteRepository } from './delete-repository.js';
import { describeImageScanFindings } from './describe-image-scan-findings.js';
import { describeImages } from './describe-images.js';
import { describeRepositories } from './describe-repositories.js';
import { putImage } from './put-image.js';
import { putImageScanningConfiguration } from './put-image-scanning-configuration.js';
import {
  getRegistryScanningConfiguration,
  putRegistryScanningConfiguration,
} from './registry-scanning-configuration.js';
import { startImageScan } from './start-image-scan.js';
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
    BatchGetRepositoryScanningConfiguration: batchGetRepositoryScanningConfiguration,
    GetAccountSetting: getAccountSetting,
    PutAccountSetting: putAccountSetting,
  };
