import { registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal DeleteRepository input (rule V1).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRepository.html
 */
export const deleteRepositorySpec: OperationSpec<'DeleteRepository'> = {
  members: { registryId, repositoryName: required(repositoryName), force: { type: 'boolean' } },
};
