import { ecrErrors } from '../errors/ecr-error.js';
import { CONSTRAINTS } from './constraints.js';
import { isPolicyDocument } from './policy-text.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutRegistryPolicy input (rules V1, R17): policy text 0–10,240 characters that must be a policy
 * document; which actions it may name depends on the registry policy scope, checked by the simulator (R18).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryPolicy.html
 */
export const putRegistryPolicySpec: OperationSpec<'PutRegistryPolicy'> = {
  members: { policyText: { type: 'string', required: true, min: 0, max: 10_240 } },
  custom: (input) =>
    isPolicyDocument(input.policyText as string, 'registry')
      ? undefined
      : ecrErrors.invalidParameter('PolicyText', CONSTRAINTS.invalidRegistryPolicy),
};

/** @internal GetRegistryPolicy and DeleteRegistryPolicy input: no members. */
export const registryPolicyReadSpec: OperationSpec<'GetRegistryPolicy' | 'DeleteRegistryPolicy'> = {
  members: {},
};
