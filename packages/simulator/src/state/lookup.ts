import { ecrErrors, type ImageIdentifier } from '@ecr-scan-sim/model';
import type { OperationContext } from '../operations/context.js';
import { AccountWindow } from './account-window.js';
import type { ImageState, RegistryState, RepositoryState } from './types.js';

/** @internal A fresh registry with the defaults of rule C2: BASIC scanning, no rules. */
export function newRegistry(region: string): RegistryState {
  return {
    region,
    repositories: new Map(),
    scanType: 'BASIC',
    rules: [],
    policyText: undefined,
    accountWindow: new AccountWindow(),
  };
}

/**
 * Rule G1: the registry a call addresses. A `registryId` other than the simulator's account is not hosted
 * (RepositoryNotFoundException naming it). Returns `undefined` for a hosted registry not created yet: reads never
 * create one, so a rejected call changes nothing (rule X1).
 * @internal
 */
export function peekRegistry(
  ctx: OperationContext,
  registryId: string | undefined,
  repositoryName: string,
): RegistryState | undefined {
  if (registryId !== undefined && registryId !== ctx.options.accountId) {
    throw ecrErrors.repositoryNotFound(repositoryName, registryId);
  }
  return ctx.state.registries.get(ctx.region);
}

/** @internal The registry of the call's region, created on first write (rule G1). */
export function ensureRegistry(ctx: OperationContext): RegistryState {
  let registry = ctx.state.registries.get(ctx.region);
  if (!registry) {
    registry = newRegistry(ctx.region);
    ctx.state.registries.set(ctx.region, registry);
  }
  return registry;
}

/** @internal The repository, or RepositoryNotFoundException. */
export function requireRepository(
  ctx: OperationContext,
  registryId: string | undefined,
  repositoryName: string,
): { registry: RegistryState; repository: RepositoryState } {
  const registry = peekRegistry(ctx, registryId, repositoryName);
  const repository = registry?.repositories.get(repositoryName);
  if (!registry || !repository) throw ecrErrors.repositoryNotFound(repositoryName, ctx.options.accountId);
  return { registry, repository };
}

/**
 * Rule I5: the image an imageId names. With both members, the tag must point at the digest. Otherwise
 * ImageNotFoundException with the members given (`'null'` for the others).
 * @internal
 */
export function findImage(repository: RepositoryState, imageId: ImageIdentifier): ImageState | undefined {
  const { imageDigest, imageTag } = imageId;
  if (imageDigest === undefined && imageTag === undefined) return undefined;
  const digest = imageDigest ?? repository.tags.get(imageTag as string);
  if (digest === undefined) return undefined;
  if (imageTag !== undefined && repository.tags.get(imageTag) !== digest) return undefined;
  return repository.images.get(digest);
}

/** @internal {@link findImage} or ImageNotFoundException. */
export function requireImage(
  ctx: OperationContext,
  repository: RepositoryState,
  imageId: ImageIdentifier | undefined,
): ImageState {
  const id = imageId ?? {};
  const image = findImage(repository, id);
  if (!image) {
    throw ecrErrors.imageNotFound({
      repositoryName: repository.name,
      registryId: ctx.options.accountId,
      imageDigest: id.imageDigest,
      imageTag: id.imageTag,
    });
  }
  return image;
}

/** @internal Rule I5: the members given, plus the resolved digest. */
export function echoImageId(imageId: ImageIdentifier | undefined, image: ImageState): ImageIdentifier {
  const echoed: ImageIdentifier = { imageDigest: image.digest };
  if (imageId?.imageTag !== undefined) echoed.imageTag = imageId.imageTag;
  return echoed;
}
