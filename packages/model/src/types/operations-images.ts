/**
 * ListImages and BatchGetImage: the image-reading operations scanning tools call besides DescribeImages
 * (shared/reference/ecr-enhanced-scanning.md §5), as `@aws-sdk/client-ecr` 3.1169.0 has them.
 */
import type { ImageStatusFilter, TagStatus } from './enums.js';
import type { Image, ImageFailure, ImageIdentifier } from './shapes.js';

/** @public ListImages `filter`. */
export interface ListImagesFilter {
  tagStatus?: TagStatus | undefined;
  imageStatus?: ImageStatusFilter | undefined;
}
/** @public */
export interface ListImagesRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  nextToken?: string | undefined;
  maxResults?: number | undefined;
  filter?: ListImagesFilter | undefined;
}
/** @public */
export interface ListImagesResponse {
  imageIds?: ImageIdentifier[] | undefined;
  nextToken?: string | undefined;
}
/** @public */
export interface BatchGetImageRequest {
  registryId?: string | undefined;
  repositoryName: string | undefined;
  imageIds: ImageIdentifier[] | undefined;
  acceptedMediaTypes?: string[] | undefined;
}
/** @public */
export interface BatchGetImageResponse {
  images?: Image[] | undefined;
  failures?: ImageFailure[] | undefined;
}

/** @public The image-reading operations, by wire name. */
export const IMAGE_OPERATION_NAMES = ['ListImages', 'BatchGetImage'] as const;

/** @public Their input and output types. */
export interface ImageOperationShapes {
  ListImages: { input: ListImagesRequest; output: ListImagesResponse };
  BatchGetImage: { input: BatchGetImageRequest; output: BatchGetImageResponse };
}
