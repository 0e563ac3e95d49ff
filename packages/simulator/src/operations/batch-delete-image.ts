import {
  type BatchDeleteImageRequest,
  type BatchDeleteImageResponse,
  type ImageFailure,
  type ImageIdentifier,
  MESSAGES,
} from '@ecr-scan-sim/model';
import { freezeEvents } from '../controls/events.js';
import { findImage, requireRepository } from '../state/lookup.js';
import type { ImageState } from '../state/types.js';
import type { Operation } from './context.js';

/**
 * BatchDeleteImage: per-id failures (MissingDigestAndTag, ImageNotFound) instead of exceptions. A digest deletes
 * the image with all its tags; a tag removes only that tag, and the image with it when it was its last tag.
 * Ids are applied in order, so a repeated id fails the second time.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchDeleteImage.html
 * @internal
 */
export const batchDeleteImage: Operation<BatchDeleteImageRequest, BatchDeleteImageResponse> = (
  ctx,
  input,
) => {
  const name = input.repositoryName as string;
  const { registry, repository } = requireRepository(ctx, input.registryId, name);
  const deleted: ImageIdentifier[] = [];
  const failures: ImageFailure[] = [];
  const removeImage = (image: ImageState) => {
    freezeEvents(ctx, registry, repository, image);
    for (const tag of image.tags) repository.tags.delete(tag);
    repository.images.delete(image.digest);
  };
  for (const id of input.imageIds ?? []) {
    const imageId = { ...id };
    if (id.imageDigest === undefined && id.imageTag === undefined) {
      failures.push({
        imageId,
        failureCode: 'MissingDigestAndTag',
        failureReason: MESSAGES.failureMissingDigestAndTag.template,
      });
      continue;
    }
    const image = findImage(repository, id);
    if (!image) {
      failures.push({
        imageId,
        failureCode: 'ImageNotFound',
        failureReason: MESSAGES.failureImageNotFound.template,
      });
      continue;
    }
    repository.version++;
    if (id.imageTag !== undefined && image.tags.length > 1) {
      image.tags = image.tags.filter((t) => t !== id.imageTag);
      repository.tags.delete(id.imageTag);
    } else {
      removeImage(image);
    }
    deleted.push(
      id.imageTag === undefined
        ? { imageDigest: image.digest }
        : { imageDigest: image.digest, imageTag: id.imageTag },
    );
  }
  return { imageIds: deleted, failures };
};
