import { ecrErrors } from '../errors/ecr-error.js';
import { CONSTRAINTS } from './constraints.js';
import { registryId, repositoryName, required } from './members.js';
import { isPolicyDocument } from './policy-text.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal SetRepositoryPolicy input (rules V1, R12): policy text 0–10,240 characters that must be a repository
 * policy document, else `Invalid parameter at 'PolicyText' …` (capital P, as observed).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_SetRepositoryPolicy.html
 */
export const setRepositoryPolicySpec: OperationSpec<'SetRepositoryPolicy'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    policyText: { type: 'string', required: true, min: 0, max: 10_240 },
    force: { type: 'boolean' },
  },
  custom: (input) =>
    isPolicyDocument(input.policyText as string, 'repository')
      ? undefined
      : ecrErrors.invalidParameter('PolicyText', CONSTRAINTS.invalidRepositoryPolicy),
};

/** @internal GetRepositoryPolicy and DeleteRepositoryPolicy input (rule V1). */
export const repositoryPolicyReadSpec: OperationSpec<'GetRepositoryPolicy' | 'DeleteRepositoryPolicy'> = {
  members: { registryId, repositoryName: required(repositoryName) },
};
