import { INSPECTOR2_PAGE_SIZE, type Inspector2 } from '@ecr-scan-sim/model';
import type { Operation, OperationContext } from '../../operations/context.js';
import { aggregate } from '../aggregations/aggregate.js';
import { coverageItems } from '../covered-resources/coverage-items.js';
import { vulnerabilityRecordStream, vulnerabilityRecordsOf } from '../findings/finding-source.js';
import { renderInspectorFinding } from '../findings/render-inspector-finding.js';
import { filterCoverage } from '../query/coverage-fields.js';
import { findingFilter } from '../query/filter-findings.js';
import { pageOfQuery, pageOfStream, queryFingerprint, readQueryToken } from '../query/query-page.js';
import { sortFindings } from '../query/sort-findings.js';

/** The account's findings in the call's region, in Inspector2's shape (rules S21, S22). */
const findingsOf = (ctx: OperationContext, criteria?: Inspector2.FilterCriteria): Inspector2.Finding[] =>
  vulnerabilityRecordsOf(ctx, criteria).map(renderInspectorFinding);

function page<T>(
  ctx: OperationContext,
  operation: keyof typeof INSPECTOR2_PAGE_SIZE,
  query: Record<string, unknown>,
  input: { nextToken?: string | undefined; maxResults?: number | undefined },
  items: () => readonly T[],
) {
  const fingerprint = queryFingerprint(operation, ctx.region, query);
  // Rule S12: a foreign token is refused before any work.
  readQueryToken(ctx.options.seed, fingerprint, input.nextToken);
  return pageOfQuery(items(), {
    seed: ctx.options.seed,
    fingerprint,
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultSize: INSPECTOR2_PAGE_SIZE[operation].default,
  });
}

/**
 * ListFindings (rules S11, S12, S15–S22): the findings that pass `filterCriteria`, sorted by `sortCriteria`, paged.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListFindings.html
 * @internal
 */
export const listFindings: Operation<Inspector2.ListFindingsRequest, Inspector2.ListFindingsResponse> = (
  ctx,
  input,
) => {
  const query = { filterCriteria: input.filterCriteria, sortCriteria: input.sortCriteria };
  const fingerprint = queryFingerprint('ListFindings', ctx.region, query);
  const passes = findingFilter(input.filterCriteria);
  const options = {
    seed: ctx.options.seed,
    fingerprint,
    nextToken: input.nextToken,
    maxResults: input.maxResults,
    defaultSize: INSPECTOR2_PAGE_SIZE.ListFindings.default,
  };
  // Rule S12: a foreign token is refused before any work. Without sortCriteria the source order is the answer's
  // order, so only the findings up to the end of the page are generated, rendered and filtered.
  readQueryToken(ctx.options.seed, fingerprint, input.nextToken);
  const result =
    input.sortCriteria === undefined
      ? pageOfStream(matching(ctx, input.filterCriteria, passes), options)
      : pageOfQuery(
          sortFindings(findingsOf(ctx, input.filterCriteria).filter(passes), input.sortCriteria),
          options,
        );
  return result.nextToken === undefined
    ? { findings: result.items }
    : { findings: result.items, nextToken: result.nextToken };
};

function* matching(
  ctx: OperationContext,
  criteria: Inspector2.FilterCriteria | undefined,
  passes: (finding: Inspector2.Finding) => boolean,
): Generator<Inspector2.Finding> {
  for (const record of vulnerabilityRecordStream(ctx, criteria)) {
    const finding = renderInspectorFinding(record);
    if (passes(finding)) yield finding;
  }
}

/**
 * ListCoverage (rules S11, S12, S24–S27): the ECR repositories and images Inspector2 covers, filtered, paged.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListCoverage.html
 * @internal
 */
export const listCoverage: Operation<Inspector2.ListCoverageRequest, Inspector2.ListCoverageResponse> = (
  ctx,
  input,
) => {
  const result = page(ctx, 'ListCoverage', { filterCriteria: input.filterCriteria }, input, () =>
    filterCoverage(coverageItems(ctx), input.filterCriteria),
  );
  return result.nextToken === undefined
    ? { coveredResources: result.items }
    : { coveredResources: result.items, nextToken: result.nextToken };
};

/**
 * The images an aggregation request names with EQUALS filters (image digests, repositories), as ListFindings'
 * criteria, so only their findings are generated; `aggregate` still applies the request in full.
 */
function imageSelection(input: Inspector2.ListFindingAggregationsRequest): Inspector2.FilterCriteria {
  const request = input.aggregationRequest as
    | { awsEcrContainerAggregation?: Inspector2.AwsEcrContainerAggregation }
    | { repositoryAggregation?: Inspector2.RepositoryAggregation }
    | undefined;
  if (input.aggregationType === 'AWS_ECR_CONTAINER' && request && 'awsEcrContainerAggregation' in request) {
    const r = request.awsEcrContainerAggregation;
    return { ecrImageHash: r?.imageShas, ecrImageRepositoryName: r?.repositories };
  }
  if (input.aggregationType === 'REPOSITORY' && request && 'repositoryAggregation' in request)
    return { ecrImageRepositoryName: request.repositoryAggregation?.repositories };
  return {};
}

/**
 * ListFindingAggregations (rules S11, S12, S28–S30): aggregation entries of `aggregationType`, paged.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_ListFindingAggregations.html
 * @internal
 */
export const listFindingAggregations: Operation<
  Inspector2.ListFindingAggregationsRequest,
  Inspector2.ListFindingAggregationsResponse
> = (ctx, input) => {
  const query = {
    aggregationType: input.aggregationType,
    aggregationRequest: input.aggregationRequest,
    accountIds: input.accountIds,
  };
  const result = page(ctx, 'ListFindingAggregations', query, input, () =>
    aggregate(findingsOf(ctx, imageSelection(input)), input),
  );
  const out: Inspector2.ListFindingAggregationsResponse = {
    aggregationType: input.aggregationType,
    responses: result.items,
  };
  if (result.nextToken !== undefined) out.nextToken = result.nextToken;
  return out;
};
