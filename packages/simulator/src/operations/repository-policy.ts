import {
  type DeleteRepositoryPolicyRequest,
  type DeleteRepositoryPolicyResponse,
  ecrErrors,
  type GetRepositoryPolicyRequest,
  type GetRepositoryPolicyResponse,
  type SetRepositoryPolicyRequest,
  type SetRepositoryPolicyResponse,
} from '@ecr-scan-sim/model';
import { requireRepository } from '../state/lookup.js';
import type { RepositoryState } from '../state/types.js';
import type { Operation, OperationContext } from './context.js';

/**
 * SetRepositoryPolicy (rules R11, R12): stores the policy text exactly as given (validated as a policy document by
 * the model) and answers it back. `force` is accepted and changes nothing: the simulator enforces no policy.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_SetRepositoryPolicy.html
 * @internal
 */
export const setRepositoryPolicy: Operation<SetRepositoryPolicyRequest, SetRepositoryPolicyResponse> = (
  ctx,
  input,
) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  // --- commit ---
  repository.policyText = input.policyText as string;
  return { registryId: ctx.options.accountId, repositoryName: name, policyText: repository.policyText };
};

/** The repository and its policy text, or RepositoryPolicyNotFoundException (rule R11). */
function requirePolicy(
  ctx: OperationContext,
  input: GetRepositoryPolicyRequest,
): { repository: RepositoryState; policyText: string } {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  if (repository.policyText === undefined)
    throw ecrErrors.repositoryPolicyNotFound(name, ctx.options.accountId);
  return { repository, policyText: repository.policyText };
}

/**
 * GetRepositoryPolicy (rule R11): the stored text, or RepositoryPolicyNotFoundException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRepositoryPolicy.html
 * @internal
 */
export const getRepositoryPolicy: Operation<GetRepositoryPolicyRequest, GetRepositoryPolicyResponse> = (
  ctx,
  input,
) => {
  const { repository, policyText } = requirePolicy(ctx, input);
  return { registryId: ctx.options.accountId, repositoryName: repository.name, policyText };
};

/**
 * DeleteRepositoryPolicy (rule R11): removes the policy and answers the text deleted, or
 * RepositoryPolicyNotFoundException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRepositoryPolicy.html
 * @internal
 */
export const deleteRepositoryPolicy: Operation<
  DeleteRepositoryPolicyRequest,
  DeleteRepositoryPolicyResponse
> = (ctx, input) => {
  const { repository, policyText } = requirePolicy(ctx, input);
  // --- commit ---
  repository.policyText = undefined;
  return { registryId: ctx.options.accountId, repositoryName: repository.name, policyText };
};
