import {
  type BatchDeleteImageRequest,
  type BatchDeleteImageResponse,
  type ImageFailure,
  type ImageIdentifier,
  isImageDigest,
  MESSAGES,
} from '@ecr-scan-sim/model';
import { freezeEvents } from '../controls/events.js';
import { findImage, requireRepository } from '../state/lookup.js';
import type { ImageState } from '../state/types.js';
import type { Operation } from './context.js';

/**
 * BatchDeleteImage: per-id failures (MissingDigestAndTag, InvalidImageDigest, ImageNotFound) instead of exceptions.
 * A digest deletes the image with all its tags and answers one entry per tag (R21); a tag removes only that tag,
 * and the image with it when it was its last tag.
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
    // R21: a malformed digest is a failure of its own (the code is in the model's enum; moto's text).
    if (id.imageDigest !== undefined && !isImageDigest(id.imageDigest)) {
      failures.push({
        imageId,
        failureCode: 'InvalidImageDigest',
        failureReason: MESSAGES.failureInvalidImageDigest.template,
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
    if (id.imageTag !== undefined) {
      deleted.push({ imageDigest: image.digest, imageTag: id.imageTag });
    } else if (image.tags.length === 0) {
      deleted.push({ imageDigest: image.digest });
    } else {
      // R21: by digest, one entry per tag the image carried (aws-cli ecr-public example; moto's tests agree).
      for (const tag of image.tags) deleted.push({ imageDigest: image.digest, imageTag: tag });
    }
    if (id.imageTag !== undefined && image.tags.length > 1) {
      image.tags = image.tags.filter((t) => t !== id.imageTag);
      repository.tags.delete(id.imageTag);
    } else {
      removeImage(image);
    }
  }
  return { imageIds: deleted, failures };
};
