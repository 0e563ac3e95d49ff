import { formatMessage } from '../errors/catalogue.js';
import { ecrErrors } from '../errors/ecr-error.js';
import { CONSTRAINTS } from './constraints.js';
import { lifecyclePolicyProblem } from './lifecycle-policy-text.js';
import { registryId, repositoryName, required } from './members.js';
import type { OperationSpec } from './spec.js';

/**
 * @internal PutLifecyclePolicy input (rules V1, R14): policy text 100–30,720 characters (the observed
 * `'lifecyclePolicyText' … 'Member must have length greater than or equal to 100'`), then ECR's schema check,
 * reported on `LifecyclePolicyText`.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutLifecyclePolicy.html
 */
export const putLifecyclePolicySpec: OperationSpec<'PutLifecyclePolicy'> = {
  members: {
    registryId,
    repositoryName: required(repositoryName),
    lifecyclePolicyText: { type: 'string', required: true, min: 100, max: 30_720 },
  },
  custom: (input) => {
    const detail = lifecyclePolicyProblem(input.lifecyclePolicyText as string);
    return detail === undefined
      ? undefined
      : ecrErrors.invalidParameter(
          'LifecyclePolicyText',
          formatMessage(CONSTRAINTS.lifecyclePolicy, { detail }),
        );
  },
};

/** @internal GetLifecyclePolicy and DeleteLifecyclePolicy input (rule V1). */
export const lifecyclePolicyReadSpec: OperationSpec<'GetLifecyclePolicy' | 'DeleteLifecyclePolicy'> = {
  members: { registryId, repositoryName: required(repositoryName) },
};
