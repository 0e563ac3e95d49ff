import type { ListTagsForResourceRequest, ListTagsForResourceResponse } from '@ecr-scan-sim/model';
import { repositoryOfArn } from '../state/resource-arn.js';
import type { Operation } from './context.js';

/**
 * ListTagsForResource (rules R6, R7): the repository's tags, in the order first set; `[]` when it has none.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ListTagsForResource.html
 * @internal
 */
export const listTagsForResource: Operation<ListTagsForResourceRequest, ListTagsForResourceResponse> = (
  ctx,
  input,
) => {
  const { repository } = repositoryOfArn(ctx, input.resourceArn as string);
  return { tags: repository.resourceTags.map((t) => ({ ...t })) };
};
