import {
  type BatchGetImageRequest,
  type BatchGetImageResponse,
  type Image,
  type ImageFailure,
  isImageDigest,
  MESSAGES,
} from '@ecr-scan-sim/model';
import { findImage, requireRepository } from '../state/lookup.js';
import { manifestText } from '../state/manifest-info.js';
import type { Operation } from './context.js';

/**
 * BatchGetImage (rule R2): per id, the image with its manifest exactly as pushed and its media type, else a
 * `failures` entry: MissingDigestAndTag, InvalidImageDigest (malformed digest), ImageTagDoesNotMatchDigest (both
 * given, the tag on another image), ImageNotFound. `imageId` echoes the members given, with the resolved digest.
 * `acceptedMediaTypes` never converts a manifest (rule R3).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetImage.html
 * @internal
 */
export const batchGetImage: Operation<BatchGetImageRequest, BatchGetImageResponse> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  const images: Image[] = [];
  const failures: ImageFailure[] = [];
  const fail = (id: object, failureCode: ImageFailure['failureCode'], failureReason: string) =>
    failures.push({ imageId: { ...id }, failureCode, failureReason });
  for (const id of input.imageIds ?? []) {
    const { imageDigest, imageTag } = id;
    if (imageDigest === undefined && imageTag === undefined) {
      fail(id, 'MissingDigestAndTag', MESSAGES.failureMissingDigestAndTag.template);
      continue;
    }
    if (imageDigest !== undefined && !isImageDigest(imageDigest)) {
      fail(id, 'InvalidImageDigest', MESSAGES.failureInvalidImageDigest.template);
      continue;
    }
    const image = findImage(repository, id);
    if (!image) {
      const tagged = imageTag === undefined ? undefined : repository.tags.get(imageTag);
      if (imageDigest !== undefined && tagged !== undefined && repository.images.has(imageDigest))
        fail(id, 'ImageTagDoesNotMatchDigest', MESSAGES.failureTagDoesNotMatchDigest.template);
      else fail(id, 'ImageNotFound', MESSAGES.failureImageNotFound.template);
      continue;
    }
    const found: Image = {
      registryId: ctx.options.accountId,
      repositoryName: name,
      imageId:
        imageTag === undefined ? { imageDigest: image.digest } : { imageDigest: image.digest, imageTag },
    };
    if (image.manifest !== undefined) found.imageManifest = manifestText(image.manifest);
    found.imageManifestMediaType = image.manifestMediaType;
    images.push(found);
  }
  return { images, failures };
};
