import { ImageTagMutability } from '../types/enums.js';
import { checkExclusionFilters } from './custom-rules.js';
import { imageTagMutabilityExclusionFilters, registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutImageTagMutability input (rules V1, V10): the mutability is required; exclusion filters go with,
 * and only with, a `*_WITH_EXCLUSION` mutability.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImageTagMutability.html
 */
export const putImageTagMutabilitySpec: OperationSpec<'PutImageTagMutability'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    imageTagMutability: { type: 'string', required: true, enum: ImageTagMutability },
    imageTagMutabilityExclusionFilters,
  },
  custom: (input) =>
    checkExclusionFilters(input.imageTagMutability, input.imageTagMutabilityExclusionFilters),
};
