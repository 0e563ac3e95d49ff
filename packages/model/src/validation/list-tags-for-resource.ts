import { required, resourceArn } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal ListTagsForResource input (rule V1).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListTagsForResource.html
 */
export const listTagsForResourceSpec: OperationSpec<'ListTagsForResource'> = {
  members: { resourceArn: required(resourceArn) },
};
