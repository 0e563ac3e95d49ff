import { CONSTRAINTS, ecrErrors } from '@ecr-scan-sim/model';
import type { OperationContext } from '../operations/context.js';
import { requireRepository } from './lookup.js';
import type { RegistryState, RepositoryState } from './types.js';

// arn:<partition>:ecr:<region>:<account>:repository/<name>; the name is checked by the RepositoryName rules below.
const REPOSITORY_ARN = /^arn:aws(?:-[a-z]+)*:ecr:([a-z0-9-]{1,64}):([0-9]{12}):repository\/(.{2,256})$/;

/**
 * Rule R7: the repository a tagging call's `resourceArn` names. Not an ECR repository ARN: InvalidParameterException
 * `Invalid ARN` on `resourceArn` (moto's text, inferred). Another account's ARN is a registry we do not host and a
 * region other than the call's is not the addressed registry: RepositoryNotFoundException naming the ARN's account
 * (rule G1).
 * @internal
 */
export function repositoryOfArn(
  ctx: OperationContext,
  arn: string,
): { registry: RegistryState; repository: RepositoryState } {
  const match = REPOSITORY_ARN.exec(arn);
  if (!match) throw ecrErrors.invalidParameter('resourceArn', CONSTRAINTS.invalidArn);
  const [, region, account, name] = match as unknown as [string, string, string, string];
  if (region !== ctx.region) throw ecrErrors.repositoryNotFound(name, account);
  return requireRepository(ctx, account, name);
}
