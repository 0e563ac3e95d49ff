import { ImageStatusFilter, TagStatus } from '../types/enums.js';
import { maxResults, nextToken, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal ListImages input (rules V1, P1): `filter.tagStatus` and `filter.imageStatus` as DescribeImages has them.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListImages.html
 */
export const listImagesSpec: OperationSpec<'ListImages'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    nextToken,
    maxResults,
    filter: {
      type: 'structure',
      members: {
        tagStatus: { type: 'string', enum: TagStatus },
        imageStatus: { type: 'string', enum: ImageStatusFilter },
      },
    },
  },
};
