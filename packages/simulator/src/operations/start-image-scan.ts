import {
  ecrErrors,
  type StartImageScanRequest,
  type StartImageScanResponse,
  statusDescriptions,
} from '@ecr-scan-sim/model';
import { echoImageId, requireImage, requireRepository } from '../state/lookup.js';
import { perImageAllows } from '../state/quota.js';
import { imageStatusAt } from '../state/scan-view.js';
import { acceptScan, markLimitExceeded } from '../state/scans.js';
import type { Operation } from './context.js';

/**
 * StartImageScan. Checks, in this order: registry hosted (G1) → repository → image (I5) → ENHANCED (E1) →
 * index or artifact (U1, U2) → archived or activating (A2) → per-image window (Q1) → account window (Q6).
 * Accepted: IN_PROGRESS with no description (L1). Account window full: LIMIT_EXCEEDED (HTTP 200, nothing consumed)
 * or, with `accountQuotaExceeded: 'exception'`, LimitExceededException.
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_StartImageScan.html
 * @internal
 */
export const startImageScan: Operation<StartImageScanRequest, StartImageScanResponse> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { registry, repository } = requireRepository(ctx, input.registryId, name);
  const image = requireImage(ctx, repository, input.imageId);
  if (registry.scanType === 'ENHANCED') throw ecrErrors.featureDisabled(); // E1
  if (image.kind === 'index') throw ecrErrors.unsupportedImageType(image.manifestMediaType); // U1
  if (image.kind === 'artifact') {
    throw ecrErrors.unsupportedImageType(image.artifactMediaType ?? image.manifestMediaType); // U2
  }
  if (imageStatusAt(image, ctx.now) !== 'ACTIVE') throw ecrErrors.imageArchived(); // A2
  if (!perImageAllows(image, ctx.now, ctx.options.quotas)) throw ecrErrors.scanQuotaPerImage(); // Q1, Q3, Q7
  const registryId = ctx.options.accountId;
  const imageId = echoImageId(input.imageId, image);
  if (!registry.accountWindow.hasRoom(ctx.now, ctx.options.quotas)) {
    // Q6: the account window is full.
    if (ctx.options.accountQuotaExceeded === 'exception') {
      throw ecrErrors.scanQuotaAccount(
        ctx.options.accountId,
        ctx.region,
        ctx.options.quotas.accountScanLimit,
      );
    }
    markLimitExceeded(ctx.state, image, ctx.now);
    return {
      registryId,
      repositoryName: name,
      imageId,
      imageScanStatus: { status: 'LIMIT_EXCEEDED', description: statusDescriptions.accountQuota() },
    };
  }
  // --- commit ---
  acceptScan(ctx.state, registry, image, ctx.now, ctx.options, 0);
  return { registryId, repositoryName: name, imageId, imageScanStatus: { status: 'IN_PROGRESS' } }; // L1
};
