import {
  CONSTRAINTS,
  type DescribeImagesRequest,
  type DescribeImagesResponse,
  ecrErrors,
} from '@ecr-scan-sim/model';
import { pageOf, pageSize, readToken } from '../pagination/tokens.js';
import { listedImages } from '../state/image-listing.js';
import { requireImage, requireRepository } from '../state/lookup.js';
import type { ImageState } from '../state/types.js';
import type { Operation } from './context.js';
import { imageDetail } from './image-detail.js';

/**
 * DescribeImages. With `imageIds`: those images in the order given, whatever their storage status,
 * ImageNotFoundException for the first missing one (I3); `nextToken`/`maxResults` are refused with them (P5).
 * Without: the images passing `filter.tagStatus` (default ANY) and `filter.imageStatus` (default ACTIVE only, A4),
 * in a stable order (I1), paged (P1–P3).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html
 * @internal
 */
export const describeImages: Operation<DescribeImagesRequest, DescribeImagesResponse> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { registry, repository } = requireRepository(ctx, input.registryId, name);
  const detail = (image: ImageState) => imageDetail(ctx, registry, repository, image);
  if (input.imageIds !== undefined) {
    if (input.nextToken !== undefined)
      throw ecrErrors.invalidParameter('nextToken', CONSTRAINTS.notWithImageIds);
    if (input.maxResults !== undefined)
      throw ecrErrors.invalidParameter('maxResults', CONSTRAINTS.notWithImageIds);
    const found = new Map<string, ImageState>();
    for (const id of input.imageIds) {
      const image = requireImage(ctx, repository, id);
      found.set(image.digest, image);
    }
    return { imageDetails: [...found.values()].map(detail) };
  }
  const tagStatus = input.filter?.tagStatus ?? 'ANY';
  const statusFilter = input.filter?.imageStatus ?? 'ACTIVE';
  const fingerprint = `DescribeImages\u0000${ctx.region}\u0000${name}\u0000${tagStatus}\u0000${statusFilter}`;
  const offset = readToken(ctx.options.seed, fingerprint, input.nextToken);
  const listed = listedImages(repository, tagStatus, statusFilter, ctx.now);
  const page = pageOf(ctx.options.seed, fingerprint, listed.length, offset, pageSize(input.maxResults));
  const output: DescribeImagesResponse = { imageDetails: listed.slice(page.start, page.end).map(detail) };
  if (page.nextToken) output.nextToken = page.nextToken;
  return output;
};
