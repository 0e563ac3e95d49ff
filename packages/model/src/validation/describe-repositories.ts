import { maxResults, nextToken, registryId, repositoryName } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal DescribeRepositories input (rules V1, P1): `repositoryNames` holds 1–100 names.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeRepositories.html
 */
export const describeRepositoriesSpec: OperationSpec<'DescribeRepositories'> = {
  members: {
    registryId,
    repositoryNames: { type: 'list', member: repositoryName, min: 1, max: 100 },
    nextToken,
    maxResults,
  },
};
