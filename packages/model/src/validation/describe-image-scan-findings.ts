import { checkImageId } from './custom-rules.js';
import { imageIdentifier, maxResults, nextToken, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal DescribeImageScanFindings input (rules V1–V3, P1).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImageScanFindings.html
 */
export const describeImageScanFindingsSpec: OperationSpec<'DescribeImageScanFindings'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageId: required(imageIdentifier),
    nextToken,
    maxResults,
  },
  custom: (input) => checkImageId('imageId', input.imageId),
};
