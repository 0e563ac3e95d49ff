import type { PutImageTagMutabilityRequest, PutImageTagMutabilityResponse } from '@ecr-scan-sim/model';
import { requireRepository } from '../state/lookup.js';
import type { Operation } from './context.js';

/**
 * PutImageTagMutability (rule R19): sets the repository's tag mutability and exclusion filters (the filters are
 * replaced, or removed when not given); PutImage then refuses to move a protected tag (rule I6). Tags already on
 * images stay where they are.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImageTagMutability.html
 * @internal
 */
export const putImageTagMutability: Operation<PutImageTagMutabilityRequest, PutImageTagMutabilityResponse> = (
  ctx,
  input,
) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  // --- commit ---
  repository.imageTagMutability = input.imageTagMutability ?? 'MUTABLE';
  repository.imageTagMutabilityExclusionFilters = input.imageTagMutabilityExclusionFilters?.map((f) => ({
    ...f,
  }));
  const output: PutImageTagMutabilityResponse = {
    registryId: ctx.options.accountId,
    repositoryName: name,
    imageTagMutability: repository.imageTagMutability,
  };
  if (repository.imageTagMutabilityExclusionFilters)
    output.imageTagMutabilityExclusionFilters = repository.imageTagMutabilityExclusionFilters.map((f) => ({
      ...f,
    }));
  return output;
};
