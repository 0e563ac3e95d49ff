import { EncryptionType, ImageTagMutability } from '../types/enums.js';
import { checkExclusionFilters } from './custom-rules.js';
import { imageTagMutabilityExclusionFilters, registryId, repositoryName, required, tag } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal CreateRepository input (rules V1, V10). Tags, tag mutability exclusion filters (1–5, pattern) and the
 * KMS key (1–2048) follow the model; exclusion filters go with, and only with, a `*_WITH_EXCLUSION` mutability.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
export const createRepositorySpec: OperationSpec<'CreateRepository'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    tags: { type: 'list', member: tag },
    imageTagMutability: { type: 'string', enum: ImageTagMutability },
    imageTagMutabilityExclusionFilters,
    imageScanningConfiguration: { type: 'structure', members: { scanOnPush: { type: 'boolean' } } },
    encryptionConfiguration: {
      type: 'structure',
      members: {
        encryptionType: { type: 'string', required: true, enum: EncryptionType },
        kmsKey: { type: 'string', min: 1, max: 2048 },
      },
    },
  },
  custom: (input) =>
    checkExclusionFilters(input.imageTagMutability, input.imageTagMutabilityExclusionFilters),
};
