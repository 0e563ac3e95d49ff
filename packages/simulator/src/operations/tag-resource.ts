import type { TagResourceRequest, TagResourceResponse } from '@ecr-scan-sim/model';
import { repositoryOfArn } from '../state/resource-arn.js';
import { withTags } from '../state/resource-tags.js';
import type { Operation } from './context.js';

/**
 * TagResource (rules R6–R9): adds or overwrites tags on the repository the ARN names; tags not given stay.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_TagResource.html
 * @internal
 */
export const tagResource: Operation<TagResourceRequest, TagResourceResponse> = (ctx, input) => {
  const { repository } = repositoryOfArn(ctx, input.resourceArn as string);
  const tags = withTags(ctx, repository.name, repository.resourceTags, input.tags ?? []);
  // --- commit ---
  repository.resourceTags = tags;
  return {};
};
