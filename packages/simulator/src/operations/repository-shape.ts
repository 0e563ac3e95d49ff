import type { Repository } from '@ecr-scan-sim/model';
import type { RepositoryState } from '../state/types.js';

/** @internal `arn:aws:ecr:<region>:<account>:repository/<name>`. */
export function repositoryArn(accountId: string, region: string, name: string): string {
  return `arn:aws:ecr:${region}:${accountId}:repository/${name}`;
}

/** @internal The SDK `Repository` of a repository (fresh objects, no aliasing of the state). */
export function repositoryShape(accountId: string, region: string, repo: RepositoryState): Repository {
  const shape: Repository = {
    repositoryArn: repositoryArn(accountId, region, repo.name),
    registryId: accountId,
    repositoryName: repo.name,
    repositoryUri: `${accountId}.dkr.ecr.${region}.amazonaws.com/${repo.name}`,
    createdAt: new Date(repo.createdAt),
    imageTagMutability: repo.imageTagMutability,
    imageScanningConfiguration: { scanOnPush: repo.scanOnPush },
    encryptionConfiguration: { ...repo.encryptionConfiguration },
  };
  if (repo.imageTagMutabilityExclusionFilters) {
    shape.imageTagMutabilityExclusionFilters = repo.imageTagMutabilityExclusionFilters.map((f) => ({ ...f }));
  }
  return shape;
}
