import { imageIdentifierList, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal BatchGetImage input (rule V1): 1–100 imageIds, 1–100 acceptedMediaTypes. As for BatchDeleteImage, an
 * imageId with neither member or a malformed digest is a `failures` entry, not an exception (rule R2).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetImage.html
 */
export const batchGetImageSpec: OperationSpec<'BatchGetImage'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageIds: required(imageIdentifierList),
    acceptedMediaTypes: { type: 'list', min: 1, max: 100, member: { type: 'string' } },
  },
};
