import { SCANNING_CONFIGURATION_NAMES_LIMIT } from '../constants.js';
import { repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal BatchGetRepositoryScanningConfiguration input (rule V7): 1–25 repository names, each a RepositoryName
 * (2–256 characters, the model's pattern). The request has no `registryId`: it reads the caller's registry.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetRepositoryScanningConfiguration.html
 */
export const batchGetRepositoryScanningConfigurationSpec: OperationSpec<'BatchGetRepositoryScanningConfiguration'> =
  {
    members: {
      repositoryNames: required({
        type: 'list',
        member: repositoryName,
        min: SCANNING_CONFIGURATION_NAMES_LIMIT.min,
        max: SCANNING_CONFIGURATION_NAMES_LIMIT.max,
      }),
    },
  };
