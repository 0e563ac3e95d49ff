import type { Inspector2, ScanFrequency } from '@ecr-scan-sim/model';
import type { OperationContext } from '../../operations/context.js';
import { imageStatusAt } from '../../state/scan-view.js';
import { effectiveScanConfiguration } from '../../state/scanning-config.js';
import type { ImageState, RegistryState, RepositoryState } from '../../state/types.js';
import { imageArn, repositoryArn } from '../findings/partition.js';
import { enhancedCoverageStatus } from './enhanced-coverage-status.js';

const inactive = (reason: Inspector2.ScanStatusReason): Inspector2.ScanStatus => ({
  statusCode: 'INACTIVE',
  reason,
});

function repositoryItem(
  ctx: OperationContext,
  repository: RepositoryState,
  frequency: string,
): Inspector2.CoveredResource {
  return {
    resourceType: 'AWS_ECR_REPOSITORY',
    resourceId: repositoryArn(ctx.region, ctx.options.accountId, repository.name),
    accountId: ctx.options.accountId,
    scanType: 'PACKAGE',
    // Rule S25: a repository some rule scans is covered; a MANUAL one is not.
    scanStatus:
      frequency === 'MANUAL'
        ? inactive('SCAN_FREQUENCY_MANUAL')
        : { statusCode: 'ACTIVE', reason: 'SUCCESSFUL' },
    resourceMetadata: {
      ecrRepository: { name: repository.name, scanFrequency: frequency as Inspector2.EcrScanFrequency },
    },
  };
}

function imageItem(
  ctx: OperationContext,
  registry: RegistryState,
  repository: RepositoryState,
  image: ImageState,
  frequency: ScanFrequency,
): Inspector2.CoveredResource {
  const item: Inspector2.CoveredResource = {
    resourceType: 'AWS_ECR_CONTAINER_IMAGE',
    resourceId: imageArn(ctx.region, ctx.options.accountId, repository.name, image.digest),
    accountId: ctx.options.accountId,
    scanType: 'PACKAGE',
    resourceMetadata: { ecrImage: { tags: [...image.tags] } },
  };
  // Rule S26, in this order: not covered by the frequency, not an image, archived; else the enhanced lifecycle.
  if (frequency === 'MANUAL') item.scanStatus = inactive('SCAN_FREQUENCY_MANUAL');
  else if (image.kind !== 'image') item.scanStatus = inactive('UNSUPPORTED_MEDIA_TYPE');
  else if (imageStatusAt(image, ctx.now) !== 'ACTIVE') item.scanStatus = inactive('IMAGE_ARCHIVED');
  else {
    const enhanced = enhancedCoverageStatus(ctx, registry, repository, image, frequency);
    item.scanStatus = enhanced.scanStatus;
    if (enhanced.lastScannedAt !== undefined) item.lastScannedAt = new Date(enhanced.lastScannedAt);
  }
  return item;
}

/**
 * @internal Rule S24: the ECR resources Inspector2 covers in the call's region, while ECR scanning is enabled
 * (the registry is ENHANCED): repositories by name, each followed by its images in push order.
 */
export function coverageItems(ctx: OperationContext): Inspector2.CoveredResource[] {
  const registry = ctx.state.registries.get(ctx.region);
  if (registry?.scanType !== 'ENHANCED') return [];
  const out: Inspector2.CoveredResource[] = [];
  const repositories = [...registry.repositories.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const repository of repositories) {
    // Rule S25, D19: the one effective frequency BatchGetRepositoryScanningConfiguration reports too.
    const frequency = effectiveScanConfiguration(registry, repository).frequency;
    out.push(repositoryItem(ctx, repository, frequency));
    for (const image of repository.images.values())
      out.push(imageItem(ctx, registry, repository, image, frequency));
  }
  return out;
}
