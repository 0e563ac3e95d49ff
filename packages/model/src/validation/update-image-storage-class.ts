import { TargetStorageClass } from '../types/enums.js';
import { checkImageId } from './custom-rules.js';
import { imageIdentifier, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal UpdateImageStorageClass input (rules V1–V3).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UpdateImageStorageClass.html
 */
export const updateImageStorageClassSpec: OperationSpec<'UpdateImageStorageClass'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageId: required(imageIdentifier),
    targetStorageClass: { type: 'string', required: true, enum: TargetStorageClass },
  },
  custom: (input) => checkImageId('imageId', input.imageId),
};
