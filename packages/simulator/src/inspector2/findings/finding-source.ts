import type { Inspector2 } from '@ecr-scan-sim/model';
import { enhancedFindingsFor } from '../../enhanced/enhanced-findings.js';
import type { VulnerabilityRecord } from '../../findings/vulnerability-record.js';
import type { OperationContext } from '../../operations/context.js';
import { shownScanAt } from '../../state/shown-scan.js';
import type { ImageState, RepositoryState } from '../../state/types.js';
import { fromExact, fromGenerated } from './from-enhanced.js';

/**
 * The digests and repository names an EQUALS-only filter list allows (`undefined`: any). A cheap pre-selection of
 * images before any finding is generated; the query engine still applies every filter afterwards.
 */
function allowed(filters: readonly Inspector2.StringFilter[] | undefined): Set<string> | undefined {
  if (filters === undefined || filters.length === 0) return undefined;
  if (!filters.every((f) => f.comparison === 'EQUALS')) return undefined;
  return new Set(filters.map((f) => f.value ?? ''));
}

/**
 * The vulnerability records Inspector2 holds for the call's region (rules S22, S33): for every image of a scanned
 * repository of an ENHANCED registry, exactly the enhanced findings ECR's DescribeImageScanFindings shows for it at
 * `ctx.now` (the same view `shownScanAt`, the same generator `enhancedFindingsFor` and its cache, the same
 * evaluation time), mapped onto the neutral record Inspector's rendering reads. Images in push order, then the
 * generator's order. Images with no results yet (ingesting, PENDING, findings lag, unsupported, unrecognised) and
 * images of MANUAL repositories have none; expired and archived images keep the findings as last seen, as ECR
 * shows them (D24, E31).
 * @param criteria - ListFindings' filter; only used to skip images an `ecrImageHash` / `ecrImageRepositoryName`
 * EQUALS filter excludes (the caller filters the records in full)
 * @internal
 */
export function vulnerabilityRecordsOf(
  ctx: OperationContext,
  criteria?: Inspector2.FilterCriteria,
): VulnerabilityRecord[] {
  return [...vulnerabilityRecordStream(ctx, criteria)];
}

/**
 * @internal {@link vulnerabilityRecordsOf} as a lazy sequence: an image's findings are generated only when the
 * sequence reaches it, so a first page of ListFindings without sortCriteria reads only the images it shows.
 */
export function* vulnerabilityRecordStream(
  ctx: OperationContext,
  criteria?: Inspector2.FilterCriteria,
): Generator<VulnerabilityRecord> {
  const registry = ctx.state.registries.get(ctx.region);
  if (registry?.scanType !== 'ENHANCED') return [];
  const digests = allowed(criteria?.ecrImageHash);
  const names = allowed(criteria?.ecrImageRepositoryName);
  const images: Array<{ repository: RepositoryState; image: ImageState }> = [];
  for (const repository of registry.repositories.values()) {
    if (names !== undefined && !names.has(repository.name)) continue;
    for (const image of repository.images.values())
      if (digests === undefined || digests.has(image.digest)) images.push({ repository, image });
  }
  // Push order across repositories (a stable sort keeps creation order for equal times).
  images.sort((a, b) => a.image.pushedAt - b.image.pushedAt);
  for (const { repository, image } of images) {
    const view = shownScanAt(registry, image, ctx.now, ctx.options);
    if (view?.scanType !== 'ENHANCED' || view.evaluation === undefined) continue;
    const set = enhancedFindingsFor(ctx.options, ctx.region, repository.name, image, view.evaluation);
    const generated = set.vulnerabilities;
    if (generated) {
      for (const record of generated.page(0, generated.total))
        yield fromGenerated(record, generated.resource);
      continue;
    }
    const exact = {
      region: ctx.region,
      accountId: ctx.options.accountId,
      repositoryName: repository.name,
      imageDigest: image.digest,
      imageTags: image.tags,
      pushedAt: image.pushedAt,
    };
    for (const finding of set.page(0, set.total)) yield fromExact(finding, exact);
  }
}
