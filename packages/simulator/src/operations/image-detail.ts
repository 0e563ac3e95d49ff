import type { ImageDetail } from '@ecr-scan-sim/model';
import { findingsFor, vulnerabilitySourceUpdatedAt } from '../findings/index.js';
import { engineOf } from '../state/engine.js';
import { imageStatusAt, lastActivatedAt, scanViewAt } from '../state/scan-view.js';
import type { ImageState, RegistryState, RepositoryState } from '../state/types.js';
import type { OperationContext } from './context.js';

/**
 * The `ImageDetail` of an image at the call's time. Untagged images omit `imageTags` (I2). With the AWS_NATIVE
 * engine of the registry (N2) `imageScanStatus` and `imageScanFindingsSummary` are omitted; with CLAIR both are filled from the same
 * scan view as DescribeImageScanFindings (N1).
 * @internal
 */
export function imageDetail(
  ctx: OperationContext,
  registry: RegistryState,
  repository: RepositoryState,
  image: ImageState,
): ImageDetail {
  const detail: ImageDetail = {
    registryId: ctx.options.accountId,
    repositoryName: repository.name,
    imageDigest: image.digest,
  };
  if (image.tags.length > 0) detail.imageTags = [...image.tags];
  detail.imageSizeInBytes = image.sizeInBytes;
  detail.imagePushedAt = new Date(image.pushedAt);
  detail.imageManifestMediaType = image.manifestMediaType;
  if (image.artifactMediaType !== undefined) detail.artifactMediaType = image.artifactMediaType;
  detail.imageStatus = imageStatusAt(image, ctx.now);
  if (image.storage.lastArchivedAt !== undefined)
    detail.lastArchivedAt = new Date(image.storage.lastArchivedAt);
  const activated = lastActivatedAt(image, ctx.now);
  if (activated !== undefined) detail.lastActivatedAt = new Date(activated);
  // E29: the CLAIR fields belong to basic scanning; an ENHANCED registry never lists them.
  if (registry.scanType === 'BASIC' && engineOf(registry, ctx.options) === 'CLAIR')
    addClairScanFields(ctx, image, detail);
  return detail;
}

function addClairScanFields(ctx: OperationContext, image: ImageState, detail: ImageDetail): void {
  const view = scanViewAt(image, ctx.now, ctx.options); // N1: as DescribeImageScanFindings
  if (!view) return;
  detail.imageScanStatus =
    view.description === undefined
      ? { status: view.status }
      : { status: view.status, description: view.description };
  if (view.findingsCompletedAt !== undefined) {
    detail.imageScanFindingsSummary = {
      imageScanCompletedAt: new Date(view.findingsCompletedAt),
      vulnerabilitySourceUpdatedAt: new Date(
        vulnerabilitySourceUpdatedAt(ctx.options.seed, view.findingsCompletedAt),
      ),
      findingSeverityCounts: { ...findingsFor(ctx.options.seed, image.digest, image.profile).counts },
    };
  }
}
