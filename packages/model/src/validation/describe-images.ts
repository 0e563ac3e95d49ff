import { ecrErrors } from '../errors/ecr-error.js';
import { ImageStatusFilter, TagStatus } from '../types/enums.js';
import { CONSTRAINTS } from './constraints.js';
import { checkImageIds } from './custom-rules.js';
import {
  imageIdentifierList,
  maxResults,
  nextToken,
  registryId,
  repositoryName,
  required,
} from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal DescribeImages input (rules V1–V3, P1, P5). Each imageId must name a digest or a tag (V3) and
 * `imageIds` excludes `nextToken` and `maxResults` (P5: "This option cannot be used when you specify images
 * with imageIds."), reported on the first of the two present.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html
 */
export const describeImagesSpec: OperationSpec<'DescribeImages'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageIds: imageIdentifierList,
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
  custom: (input) => {
    const byImageId = checkImageIds('imageIds', input.imageIds);
    if (byImageId || input.imageIds === undefined) return byImageId;
    if (input.nextToken !== undefined)
      return ecrErrors.invalidParameter('nextToken', CONSTRAINTS.notWithImageIds);
    if (input.maxResults !== undefined)
      return ecrErrors.invalidParameter('maxResults', CONSTRAINTS.notWithImageIds);
    return undefined;
  },
};
