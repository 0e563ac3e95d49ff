import {
  CONSTRAINTS,
  type DeleteRegistryPolicyRequest,
  type DeleteRegistryPolicyResponse,
  ecrErrors,
  type GetRegistryPolicyRequest,
  type GetRegistryPolicyResponse,
  type PutRegistryPolicyRequest,
  type PutRegistryPolicyResponse,
  registryPolicyActionsAllowed,
} from '@ecr-scan-sim/model';
import { ensureRegistry } from '../state/lookup.js';
import type { Operation, OperationContext } from './context.js';

/**
 * PutRegistryPolicy (rules R16–R18): stores the policy text exactly as given, after the model's policy-document
 * check and the registry policy scope's action check (option `registryPolicyScope`, default V2).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryPolicy.html
 * @internal
 */
export const putRegistryPolicy: Operation<PutRegistryPolicyRequest, PutRegistryPolicyResponse> = (
  ctx,
  input,
) => {
  const policyText = input.policyText as string;
  if (!registryPolicyActionsAllowed(policyText, ctx.options.registryPolicyScope))
    throw ecrErrors.invalidParameter('PolicyText', CONSTRAINTS.invalidRegistryPolicy);
  // --- commit ---
  ensureRegistry(ctx).policyText = policyText;
  return { registryId: ctx.options.accountId, policyText };
};

function requirePolicy(ctx: OperationContext): string {
  const text = ctx.state.registries.get(ctx.region)?.policyText;
  if (text === undefined) throw ecrErrors.registryPolicyNotFound(ctx.options.accountId);
  return text;
}

/**
 * GetRegistryPolicy (rule R16): the stored text, or RegistryPolicyNotFoundException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_GetRegistryPolicy.html
 * @internal
 */
export const getRegistryPolicy: Operation<GetRegistryPolicyRequest | undefined, GetRegistryPolicyResponse> = (
  ctx,
) => ({ registryId: ctx.options.accountId, policyText: requirePolicy(ctx) });

/**
 * DeleteRegistryPolicy (rule R16): removes the policy and answers the text deleted, or
 * RegistryPolicyNotFoundException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DeleteRegistryPolicy.html
 * @internal
 */
export const deleteRegistryPolicy: Operation<
  DeleteRegistryPolicyRequest | undefined,
  DeleteRegistryPolicyResponse
> = (ctx) => {
  const policyText = requirePolicy(ctx);
  // --- commit ---
  ensureRegistry(ctx).policyText = undefined;
  return { registryId: ctx.options.accountId, policyText };
};
