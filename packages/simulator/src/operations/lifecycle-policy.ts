import {
  type DeleteLifecyclePolicyRequest,
  type DeleteLifecyclePolicyResponse,
  ecrErrors,
  type GetLifecyclePolicyRequest,
  type GetLifecyclePolicyResponse,
  type PutLifecyclePolicyRequest,
  type PutLifecyclePolicyResponse,
} from '@ecr-scan-sim/model';
import { requireRepository } from '../state/lookup.js';
import type { RepositoryState } from '../state/types.js';
import type { Operation, OperationContext } from './context.js';

/**
 * PutLifecyclePolicy (rules R13–R15): stores the policy text exactly as given (schema-checked by the model). The
 * policy is **never evaluated**: no image ever expires or moves to archive because of it (R15).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutLifecyclePolicy.html
 * @internal
 */
export const putLifecyclePolicy: Operation<PutLifecyclePolicyRequest, PutLifecyclePolicyResponse> = (
  ctx,
  input,
) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  // --- commit ---
  repository.lifecyclePolicyText = input.lifecyclePolicyText as string;
  return {
    registryId: ctx.options.accountId,
    repositoryName: name,
    lifecyclePolicyText: repository.lifecyclePolicyText,
  };
};

function requirePolicy(
  ctx: OperationContext,
  input: GetLifecyclePolicyRequest,
): { repository: RepositoryState; lifecyclePolicyText: string } {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  const text = repository.lifecyclePolicyText;
  if (text === undefined) throw ecrErrors.lifecyclePolicyNotFound(name, ctx.options.accountId);
  return { repository, lifecyclePolicyText: text };
}

/**
 * Rule R15: the policy never runs, so `lastEvaluatedAt` is the epoch (1970-01-01T00:00:00Z), AWS's usual "never"
 * value; AWS always answers the member (aws-cli `get-lifecycle-policy` example), so it is not left out.
 */
const NEVER_EVALUATED = 0;

/**
 * GetLifecyclePolicy (rules R13, R15): the stored text with `lastEvaluatedAt` at the epoch, or
 * LifecyclePolicyNotFoundException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetLifecyclePolicy.html
 * @internal
 */
export const getLifecyclePolicy: Operation<GetLifecyclePolicyRequest, GetLifecyclePolicyResponse> = (
  ctx,
  input,
) => {
  const { repository, lifecyclePolicyText } = requirePolicy(ctx, input);
  return {
    registryId: ctx.options.accountId,
    repositoryName: repository.name,
    lifecyclePolicyText,
    lastEvaluatedAt: new Date(NEVER_EVALUATED),
  };
};

/**
 * DeleteLifecyclePolicy (rule R13): removes the policy and answers the text deleted, or
 * LifecyclePolicyNotFoundException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteLifecyclePolicy.html
 * @internal
 */
export const deleteLifecyclePolicy: Operation<DeleteLifecyclePolicyRequest, DeleteLifecyclePolicyResponse> = (
  ctx,
  input,
) => {
  const { repository, lifecyclePolicyText } = requirePolicy(ctx, input);
  // --- commit ---
  repository.lifecyclePolicyText = undefined;
  return {
    registryId: ctx.options.accountId,
    repositoryName: repository.name,
    lifecyclePolicyText,
    lastEvaluatedAt: new Date(NEVER_EVALUATED),
  };
};
