import { type CreateRepositoryRequest, type CreateRepositoryResponse, ecrErrors } from '@ecr-scan-sim/model';
import { ensureRegistry, peekRegistry } from '../state/lookup.js';
import { announceNewRepository } from '../state/registry-scanning.js';
import type { Operation } from './context.js';
import { repositoryShape } from './repository-shape.js';

/**
 * CreateRepository: defaults MUTABLE tags, scanOnPush false, AES256 encryption; createdAt from the clock.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 * @internal
 */
export const createRepository: Operation<CreateRepositoryRequest, CreateRepositoryResponse> = (
  ctx,
  input,
) => {
  const name = input.repositoryName as string;
  const registry = peekRegistry(ctx, input.registryId, name);
  if (registry?.repositories.has(name)) throw ecrErrors.repositoryAlreadyExists(name, ctx.options.accountId);
  // --- commit ---
  const repo = {
    name,
    createdAt: ctx.now,
    imageTagMutability: input.imageTagMutability ?? 'MUTABLE',
    imageTagMutabilityExclusionFilters: input.imageTagMutabilityExclusionFilters?.map((f) => ({ ...f })),
    scanOnPush: input.imageScanningConfiguration?.scanOnPush ?? false,
    encryptionConfiguration: input.encryptionConfiguration
      ? { ...input.encryptionConfiguration }
      : { encryptionType: 'AES256' as const },
    images: new Map(),
    tags: new Map(),
    version: 0,
  };
  const created = ensureRegistry(ctx);
  created.repositories.set(name, repo);
  announceNewRepository(ctx, created, repo); // E36

  return { repository: repositoryShape(ctx.options.accountId, ctx.region, repo) };
};
