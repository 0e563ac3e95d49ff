import type { ImageIdentifier, ListImagesRequest, ListImagesResponse } from '@ecr-scan-sim/model';
import { pageOf, pageSize, readToken } from '../pagination/tokens.js';
import { listedImages } from '../state/image-listing.js';
import { requireRepository } from '../state/lookup.js';
import type { ImageState } from '../state/types.js';
import type { Operation } from './context.js';

/** Rule R1: one image id per (digest, tag); an untagged image is its digest alone. */
function idsOf(images: readonly ImageState[]): ImageIdentifier[] {
  const ids: ImageIdentifier[] = [];
  for (const image of images) {
    if (image.tags.length === 0) ids.push({ imageDigest: image.digest });
    for (const tag of image.tags) ids.push({ imageDigest: image.digest, imageTag: tag });
  }
  return ids;
}

/**
 * ListImages (rule R1): the image ids passing `filter.tagStatus` (default ANY) and `filter.imageStatus` (default
 * ACTIVE only, as DescribeImages, A4), one per (digest, tag), images in rule I1's order and tags oldest first; pages of
 * `maxResults` ids (default 100, P1–P3).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListImages.html
 * @internal
 */
export const listImages: Operation<ListImagesRequest, ListImagesResponse> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  const tagStatus = input.filter?.tagStatus ?? 'ANY';
  const statusFilter = input.filter?.imageStatus ?? 'ACTIVE';
  const fingerprint = `ListImages\u0000${ctx.region}\u0000${name}\u0000${tagStatus}\u0000${statusFilter}`;
  const offset = readToken(ctx.options.seed, fingerprint, input.nextToken);
  const ids = idsOf(listedImages(repository, tagStatus, statusFilter, ctx.now));
  const page = pageOf(ctx.options.seed, fingerprint, ids.length, offset, pageSize(input.maxResults));
  const output: ListImagesResponse = { imageIds: ids.slice(page.start, page.end) };
  if (page.nextToken) output.nextToken = page.nextToken;
  return output;
};
