import {
  type DescribeImageScanFindingsRequest,
  type DescribeImageScanFindingsResponse,
  ecrErrors,
  type FindingSeverity,
  type ImageScanFindings,
} from '@ecr-scan-sim/model';
import { enhancedFindingsFor, feedTimeOf } from '../enhanced/enhanced-findings.js';
import { findingsFor, vulnerabilitySourceUpdatedAt } from '../findings/index.js';
import { pageOf, pageSize, readToken } from '../pagination/tokens.js';
import { engineOf } from '../state/engine.js';
import { echoImageId, requireImage, requireRepository } from '../state/lookup.js';
import { shownScanAt } from '../state/shown-scan.js';
import type { Operation } from './context.js';

/**
 * DescribeImageScanFindings. An archived image shows IMAGE_ARCHIVED (A3, E31). A BASIC registry shows the basic scan
 * view (L1–L7, Q5, Q6); an ENHANCED one the enhanced view (E3–E13), whose `imageScanFindings` always carries both
 * `findings: []` and `enhancedFindings` (E25). ScanNotFoundException when no scan is visible (L5, L6, E3, E4).
 * Findings are paged (P1–P3, E27); every page repeats the status, timestamps and the whole image's counts (P4, E26).
 * A token is bound to the image and the scan type (P3).
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
  const enhanced = registry.scanType === 'ENHANCED';
  const fingerprint = `DescribeImageScanFindings\u0000${ctx.region}\u0000${name}\u0000${image.digest}${enhanced ? '\u0000ENHANCED' : ''}`;
  const offset = readToken(ctx.options.seed, fingerprint, input.nextToken);
  const view = shownScanAt(registry, image, ctx.now, ctx.options);
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
  const limit = pageSize(input.maxResults);
  if (view.scanType === 'ENHANCED') {
    // E25: both lists, always; E7, E8: counts and timestamps only once results exist.
    const findings: ImageScanFindings = { findings: [], enhancedFindings: [] };
    output.imageScanFindings = findings;
    if (view.evaluation === undefined) return output;
    const set = enhancedFindingsFor(ctx.options, ctx.region, name, image, view.evaluation);
    const page = pageOf(ctx.options.seed, fingerprint, set.total, offset, limit);
    output.imageScanFindings = {
      imageScanCompletedAt: new Date(view.evaluation.evaluatedAt),
      vulnerabilitySourceUpdatedAt: new Date(feedTimeOf(ctx.options, view.evaluation)),
      // @note UNTRIAGED is not in the SDK's FindingSeverity union; real responses carry it (E26).
      findingSeverityCounts: { ...set.counts } as Partial<Record<FindingSeverity, number>>,
      findings: [],
      enhancedFindings: set.page(page.start, page.end - page.start),
    };
    if (page.nextToken) output.nextToken = page.nextToken;
    return output;
  }
  if (view.findingsCompletedAt !== undefined) {
    const set = findingsFor(ctx.options.seed, image.digest, image.profile, engineOf(registry, ctx.options));
    const page = pageOf(ctx.options.seed, fingerprint, set.total, offset, limit);
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
