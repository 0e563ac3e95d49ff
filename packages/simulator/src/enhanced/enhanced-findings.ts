import {
  type EnhancedFindingSeverity,
  type EnhancedImageScanFinding,
  EnhancedFindingSeverity as SEVERITIES,
} from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import { layerDigestsOf } from '../state/manifest-info.js';
import type { ImageState } from '../state/types.js';
import { type VulnerabilitySet, vulnerabilitiesFor } from '../vulnerabilities/vulnerability-set.js';
import { type Evaluation, feedClockOf } from './enhanced-view.js';
import { renderEcrFinding } from './render-ecr-finding.js';

/** @internal The enhanced findings of one image at one evaluation, in ECR's shape, paged lazily (rules E14, E26, E27). */
export interface EnhancedFindings {
  /** Per severity for the whole image, only above zero (UNTRIAGED included, E26). */
  counts: Partial<Record<EnhancedFindingSeverity, number>>;
  total: number;
  page(offset: number, limit: number): EnhancedImageScanFinding[];
  /** The neutral records behind a generated list (events render them in Inspector's shape); absent for exact findings. */
  vulnerabilities?: VulnerabilitySet;
}

/** Counts of exact findings: Inspector severities only, in ECR's order. */
function tally(
  findings: readonly EnhancedImageScanFinding[],
): Partial<Record<EnhancedFindingSeverity, number>> {
  const counts: Partial<Record<EnhancedFindingSeverity, number>> = {};
  for (const severity of SEVERITIES) {
    const n = findings.filter((f) => f.severity === severity).length;
    if (n > 0) counts[severity] = n;
  }
  return counts;
}

/**
 * @internal The image's enhanced findings: the profile's exact `enhancedFindings` as given (E28), else generated from
 * (seed, digest, profile, feed time) and rendered in ECR's shape (E14). Pure: the same inputs give deep-equal pages.
 */
export function enhancedFindingsFor(
  options: ResolvedSimulatorOptions,
  region: string,
  repositoryName: string,
  image: ImageState,
  evaluation: Evaluation,
): EnhancedFindings {
  const exact = image.profile?.enhancedFindings;
  if (exact) {
    return {
      counts: tally(exact),
      total: exact.length,
      page: (offset, limit) => structuredClone(exact.slice(offset, offset + limit)),
    };
  }
  const set = vulnerabilitiesFor({
    seed: options.seed,
    accountId: options.accountId,
    region,
    repositoryName,
    imageDigest: image.digest,
    imageTags: image.tags,
    pushedAt: image.pushedAt,
    profile: image.profile,
    resultsAt: evaluation.resultsAt,
    evaluatedAt: evaluation.evaluatedAt,
    feed: evaluation.continuous ? { options: options.enhanced.feed, clock: feedClockOf(options) } : undefined,
    // The digest names the manifest's bytes, so its layers; only an image restored without its manifest has none.
    manifestLayers: image.manifest === undefined ? undefined : () => layerDigestsOf(image.manifest),
  });
  return {
    counts: set.counts,
    total: set.total,
    vulnerabilities: set,
    page: (offset, limit) => set.page(offset, limit).map((record) => renderEcrFinding(record, set.resource)),
  };
}

/** @internal Rule E27: `vulnerabilitySourceUpdatedAt` of an evaluation: the last feed publication at or before it. */
export function feedTimeOf(options: ResolvedSimulatorOptions, evaluation: Evaluation): number {
  return feedClockOf(options).lastAtOrBefore(evaluation.evaluatedAt);
}
