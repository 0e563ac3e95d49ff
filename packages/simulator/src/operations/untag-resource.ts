import type { UntagResourceRequest, UntagResourceResponse } from '@ecr-scan-sim/model';
import { repositoryOfArn } from '../state/resource-arn.js';
import type { Operation } from './context.js';

/**
 * UntagResource (rules R6, R10): removes the tags with the keys given; a key the repository does not carry is
 * ignored (no AWS service we know answers it with an error; inferred).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_UntagResource.html
 * @internal
 */
export const untagResource: Operation<UntagResourceRequest, UntagResourceResponse> = (ctx, input) => {
  const { repository } = repositoryOfArn(ctx, input.resourceArn as string);
  const removed = new Set(input.tagKeys ?? []);
  // --- commit ---
  repository.resourceTags = repository.resourceTags.filter((t) => !removed.has(t.Key as string));
  return {};
};
