import {
  type DescribeImageScanFindingsRequest,
  type DescribeImageScanFindingsResponse,
  ecrErrors,
  type ImageScanFindings,
} from '@ecr-scan-sim/model';
import { findingsFor, vulnerabilitySourceUpdatedAt } from '../findings/index.js';
import { pageOf, pageSize, readToken } from '../pagination/tokens.js';
import { echoImageId, requireImage, requireRepository } from '../state/lookup.js';
import { shownScanAt } from '../state/scan-view.js';
import type { Operation } from './context.js';

/**
 * DescribeImageScanFindings. An archived image shows IMAGE_ARCHIVED (A3); else an ENHANCED registry: ACTIVE
 * "Continuous scan is selected for image." with empty `enhancedFindings` (E2). Otherwise the scan view of the image (L1–L7, A3, Q5, Q6): ScanNotFoundException when
 * no scan record is visible (L5, L6). Findings are paged (P1–P3); every page repeats the status, timestamps and
 * the whole scan's counts (P4).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImageScanFindings.html
 * @internal
 */
export const describeImageScanFindings: Operation<
  DescribeImageScanFindingsRequest,
  DescribeImageScanFindingsResponse
> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { registry, repository } = requireRepository(ctx, input.registryId, name);
  const image = requireImage(ctx, repository, input.imageId);
  const echo = {
    registryId: ctx.options.accountId,
    repositoryName: name,
    imageId: echoImageId(input.imageId, image),
  };
  const fingerprint = `DescribeImageScanFindings\u0000${ctx.region}\u0000${name}\u0000${image.digest}`;
  const offset = readToken(ctx.options.seed, fingerprint, input.nextToken);
  const view = shownScanAt(registry.scanType, image, ctx.now, ctx.options);
  if (view?.enhanced) {
    return {
      ...echo,
      imageScanStatus: { status: view.status, description: view.description },
      imageScanFindings: { enhancedFindings: [] },
    };
  }
  if (!view) {
    throw ecrErrors.scanNotFound({
      repositoryName: name,
      registryId: ctx.options.accountId,
      imageDigest: input.imageId?.imageDigest,
      imageTag: input.imageId?.imageTag,
    });
  }
  const output: DescribeImageScanFindingsResponse = {
    ...echo,
    imageScanStatus:
      view.description === undefined
        ? { status: view.status }
        : { status: view.status, description: view.description },
  };
  if (view.findingsCompletedAt !== undefined) {
    const set = findingsFor(ctx.options.seed, image.digest, image.profile, ctx.options.engine);
    const page = pageOf(ctx.options.seed, fingerprint, set.total, offset, pageSize(input.maxResults));
    const findings: ImageScanFindings = {
      imageScanCompletedAt: new Date(view.findingsCompletedAt),
      vulnerabilitySourceUpdatedAt: new Date(
        vulnerabilitySourceUpdatedAt(ctx.options.seed, view.findingsCompletedAt),
      ),
      findingSeverityCounts: { ...set.counts },
      findings: set.page(page.start, page.end - page.start),
    };
    output.imageScanFindings = findings;
    if (page.nextToken) output.nextToken = page.nextToken;
  }
  return output;
};
