import {
  type BatchGetRepositoryScanningConfigurationRequest,
  type BatchGetRepositoryScanningConfigurationResponse,
  formatMessage,
  MESSAGES,
  type RepositoryScanningConfiguration,
  type RepositoryScanningConfigurationFailure,
} from '@ecr-scan-sim/model';
import { effectiveScanConfiguration } from '../state/scanning-config.js';
import type { Operation } from './context.js';
import { repositoryArn } from './repository-shape.js';

/**
 * BatchGetRepositoryScanningConfiguration (rule C12, decision D22): in request order, the effective scanning
 * configuration of each repository of the caller's registry (C3), or a REPOSITORY_NOT_FOUND failure. The
 * request has no registryId: the registry is the call's (account, region). Both lists are always present.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchGetRepositoryScanningConfiguration.html
 * @internal
 */
export const batchGetRepositoryScanningConfiguration: Operation<
  BatchGetRepositoryScanningConfigurationRequest,
  BatchGetRepositoryScanningConfigurationResponse
> = (ctx, input) => {
  const registry = ctx.state.registries.get(ctx.region);
  const scanningConfigurations: RepositoryScanningConfiguration[] = [];
  const failures: RepositoryScanningConfigurationFailure[] = [];
  for (const name of input.repositoryNames ?? []) {
    const repository = registry?.repositories.get(name);
    if (!registry || !repository) {
      failures.push({
        repositoryName: name,
        failureCode: 'REPOSITORY_NOT_FOUND',
        failureReason: formatMessage(MESSAGES.failureRepositoryNotFound.template, {
          repositoryName: name,
          registryId: ctx.options.accountId,
        }),
      });
      continue;
    }
    const effective = effectiveScanConfiguration(registry, repository);
    scanningConfigurations.push({
      repositoryArn: repositoryArn(ctx.options.accountId, ctx.region, name),
      repositoryName: name,
      scanOnPush: repository.scanOnPush, // C9: the repository's own flag
      scanFrequency: effective.frequency,
      appliedScanFilters: effective.appliedFilters,
    });
  }
  return { scanningConfigurations, failures };
};
