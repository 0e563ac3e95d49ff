import type { Repository } from '@ecr-scan-sim/model';
import type { RepositoryState } from '../state/types.js';

/** @internal The SDK `Repository` of a repository (fresh objects, no aliasing of the state). */
export function repositoryShape(accountId: string, region: string, repo: RepositoryState): Repository {
  const shape: Repository = {
    repositoryArn: `arn:aws:ecr:${region}:${accountId}:repository/${repo.name}`,
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
