import {
  type CreateRepositoryRequest,
  type CreateRepositoryResponse,
  type EncryptionConfiguration,
  ecrErrors,
} from '@ecr-scan-sim/model';
import { hashString } from '../internal/prng.js';
import { ensureRegistry, peekRegistry } from '../state/lookup.js';
import { announceNewRepository } from '../state/registry-scanning.js';
import { withTags } from '../state/resource-tags.js';
import type { Operation, OperationContext } from './context.js';
import { repositoryShape } from './repository-shape.js';

const hex = (n: number): string => n.toString(16).padStart(8, '0');

/**
 * Rule R20: the ARN of the registry's AWS managed key (`aws/ecr`): `arn:aws:kms:<region>:<account>:key/<uuid>`,
 * one per (account, region), its uuid derived from the seed.
 * @internal
 */
export function awsManagedKeyArn(seed: number | string, accountId: string, region: string): string {
  const h = [0, 1, 2, 3].map((i) =>
    hex(hashString(`${String(seed)}\u0000kms\u0000${accountId}\u0000${region}\u0000${i}`)),
  );
  const digits = h.join('');
  const uuid = `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-a${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
  return `arn:aws:kms:${region}:${accountId}:key/${uuid}`;
}

/** AES256 by default; KMS (or KMS_DSSE) without a key uses the AWS managed key (R20). */
function encryptionOf(
  ctx: OperationContext,
  given: CreateRepositoryRequest['encryptionConfiguration'],
): EncryptionConfiguration {
  if (!given) return { encryptionType: 'AES256' };
  if (given.encryptionType === 'AES256' || given.kmsKey !== undefined) return { ...given };
  return { ...given, kmsKey: awsManagedKeyArn(ctx.options.seed, ctx.options.accountId, ctx.region) };
}

/**
 * CreateRepository: defaults MUTABLE tags, scanOnPush false, AES256 encryption (KMS without a key: the AWS managed
 * key, R20); `tags` as TagResource sets them (R8, R9); createdAt from the clock.
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
  const resourceTags = withTags(ctx, name, [], input.tags ?? []);
  // --- commit ---
  const repo = {
    name,
    createdAt: ctx.now,
    imageTagMutability: input.imageTagMutability ?? 'MUTABLE',
    imageTagMutabilityExclusionFilters: input.imageTagMutabilityExclusionFilters?.map((f) => ({ ...f })),
    scanOnPush: input.imageScanningConfiguration?.scanOnPush ?? false,
    encryptionConfiguration: encryptionOf(ctx, input.encryptionConfiguration),
    images: new Map(),
    tags: new Map(),
    resourceTags,
    policyText: undefined,
    lifecyclePolicyText: undefined,
    version: 0,
  };
  const created = ensureRegistry(ctx);
  created.repositories.set(name, repo);
  announceNewRepository(ctx, created, repo); // E36

  return { repository: repositoryShape(ctx.options.accountId, ctx.region, repo) };
};
