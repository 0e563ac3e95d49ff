import { type DeleteRepositoryRequest, type DeleteRepositoryResponse, ecrErrors } from '@ecr-scan-sim/model';
import { freezeEvents } from '../controls/events.js';
import { requireRepository } from '../state/lookup.js';
import type { Operation } from './context.js';
import { repositoryShape } from './repository-shape.js';

/**
 * DeleteRepository: RepositoryNotEmptyException while it holds images, unless `force`.
 * @internal
 */
export const deleteRepository: Operation<DeleteRepositoryRequest, DeleteRepositoryResponse> = (
  ctx,
  input,
) => {
  const name = input.repositoryName as string;
  const { registry, repository } = requireRepository(ctx, input.registryId, name);
  if (repository.images.size > 0 && input.force !== true) {
    throw ecrErrors.repositoryNotEmpty(name, ctx.options.accountId);
  }
  // --- commit ---
  for (const image of repository.images.values()) freezeEvents(ctx, registry, repository, image);
  registry.repositories.delete(name);
  return { repository: repositoryShape(ctx.options.accountId, ctx.region, repository) };
};
