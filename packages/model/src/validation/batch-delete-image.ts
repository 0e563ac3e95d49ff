import { imageIdentifierList, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal BatchDeleteImage input (rule V1): 1–100 imageIds. No custom rule: an imageId with neither member or a
 * malformed digest is not an exception here but a `failures` entry (`MissingDigestAndTag`, `InvalidImageDigest`),
 * which the simulator reports per item.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchDeleteImage.html
 */
export const batchDeleteImageSpec: OperationSpec<'BatchDeleteImage'> = {
  members: { registryId, repositoryName: required(repositoryName), imageIds: required(imageIdentifierList) },
};
