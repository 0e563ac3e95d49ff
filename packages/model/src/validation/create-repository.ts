import { EncryptionType, ImageTagMutability, ImageTagMutabilityExclusionFilterType } from '../types/enums.js';
import { registryId, repositoryName, required } from './members.js';
import { PATTERNS } from './patterns.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal CreateRepository input (rule V1). Tags, tag mutability exclusion filters (1–5, pattern) and the
 * KMS key (1–2048) follow the model.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
export const createRepositorySpec: OperationSpec<'CreateRepository'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    tags: {
      type: 'list',
      member: {
        type: 'structure',
        members: {
          Key: { type: 'string', required: true, min: 1, max: 128 },
          Value: { type: 'string', required: true, min: 0, max: 256 },
        },
      },
    },
    imageTagMutability: { type: 'string', enum: ImageTagMutability },
    imageTagMutabilityExclusionFilters: {
      type: 'list',
      min: 1,
      max: 5,
      member: {
        type: 'structure',
        members: {
          filterType: { type: 'string', required: true, enum: ImageTagMutabilityExclusionFilterType },
          filter: { type: 'string', required: true, min: 1, max: 128, pattern: PATTERNS.tagExclusionFilter },
        },
      },
    },
    imageScanningConfiguration: { type: 'structure', members: { scanOnPush: { type: 'boolean' } } },
    encryptionConfiguration: {
      type: 'structure',
      members: {
        encryptionType: { type: 'string', required: true, enum: EncryptionType },
        kmsKey: { type: 'string', min: 1, max: 2048 },
      },
    },
  },
};
