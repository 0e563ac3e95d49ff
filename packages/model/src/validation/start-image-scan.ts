import { checkImageId } from './custom-rules.js';
import { imageIdentifier, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal StartImageScan input (rules V1–V3).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartImageScan.html
 */
export const startImageScanSpec: OperationSpec<'StartImageScan'> = {
  members: { registryId, repositoryName: required(repositoryName), imageId: required(imageIdentifier) },
  custom: (input) => checkImageId('imageId', input.imageId),
};
