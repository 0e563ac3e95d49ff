import type { Inspector2 } from '@ecr-scan-sim/model';
import { type FieldReader, passesField } from './filter-primitives.js';

type Item = Inspector2.CoveredResource;
type CoverageField = FieldReader<Item>;

const strings = (...values: (string | undefined)[]): string[] =>
  values.filter((v): v is string => v !== undefined);
const one = (pick: (c: Item) => string | undefined): CoverageField => ({
  kind: 'string',
  read: (c) => strings(pick(c)),
});
const none: CoverageField = { kind: 'string', read: () => [] };
const meta = (c: Item) => c.resourceMetadata;

/** The repository an ECR coverage item belongs to: its own name, or the repository in the image ARN. */
function repositoryName(c: Item): string | undefined {
  const own = meta(c)?.ecrRepository?.name;
  if (own !== undefined) return own;
  if (c.resourceType !== 'AWS_ECR_CONTAINER_IMAGE' || c.resourceId === undefined) return undefined;
  const path = c.resourceId.slice(c.resourceId.indexOf(':repository/') + ':repository/'.length);
  return path.slice(0, path.lastIndexOf('/sha256:'));
}

/**
 * Every key of `CoverageFilterCriteria` and how it reads a coverage item (rule S27); total over the SDK's shape.
 * Keys of other resource types and clouds read their members or nothing (S19).
 * @internal
 */
export const COVERAGE_FIELDS: {
  readonly [K in keyof Required<Inspector2.CoverageFilterCriteria>]: CoverageField;
} = {
  scanStatusCode: one((c) => c.scanStatus?.statusCode),
  scanStatusReason: one((c) => c.scanStatus?.reason),
  accountId: one((c) => c.accountId),
  resourceId: one((c) => c.resourceId),
  resourceType: one((c) => c.resourceType),
  scanType: one((c) => c.scanType),
  ecrRepositoryName: one(repositoryName),
  ecrImageTags: { kind: 'string', read: (c) => [...(meta(c)?.ecrImage?.tags ?? [])] },
  ec2InstanceTags: { kind: 'map', read: (c) => [meta(c)?.ec2?.tags ?? {}] },
  lambdaFunctionName: one((c) => meta(c)?.lambdaFunction?.functionName),
  lambdaFunctionTags: { kind: 'map', read: (c) => [meta(c)?.lambdaFunction?.functionTags ?? {}] },
  lambdaFunctionRuntime: one((c) => meta(c)?.lambdaFunction?.runtime),
  lastScannedAt: { kind: 'date', read: (c) => c.lastScannedAt?.getTime() },
  scanMode: one((c) => c.scanMode),
  imagePulledAt: { kind: 'date', read: (c) => meta(c)?.ecrImage?.imagePulledAt?.getTime() },
  ecrImageLastInUseAt: { kind: 'date', read: (c) => meta(c)?.ecrImage?.lastInUseAt?.getTime() },
  ecrImageInUseCount: { kind: 'number', read: (c) => meta(c)?.ecrImage?.inUseCount },
  codeRepositoryProjectName: one((c) => meta(c)?.codeRepository?.projectName),
  codeRepositoryProviderType: one((c) => meta(c)?.codeRepository?.providerType),
  codeRepositoryProviderTypeVisibility: one((c) => meta(c)?.codeRepository?.providerTypeVisibility),
  lastScannedCommitId: none,
  cloudProvider: none,
  cloudProviderAccountId: none,
  cloudProviderRegion: none,
  cloudVmInstanceTags: { kind: 'map', read: () => [] },
  cloudContainerImageTags: none,
  cloudContainerRepositoryName: none,
  cloudContainerRegistryName: none,
  cloudServerlessFunctionName: none,
  cloudServerlessFunctionRuntime: none,
  cloudServerlessFunctionTags: { kind: 'map', read: () => [] },
  cloudProviderOrgId: none,
};

/** @internal Rule S27: the coverage items that pass every given key (AND), in their order. */
export function filterCoverage(
  items: readonly Item[],
  criteria: Inspector2.CoverageFilterCriteria | undefined,
): Item[] {
  if (criteria === undefined) return [...items];
  const keys = (Object.keys(criteria) as (keyof Inspector2.CoverageFilterCriteria)[]).filter((k) => {
    const list = criteria[k];
    return Array.isArray(list) && list.length > 0 && Object.hasOwn(COVERAGE_FIELDS, k);
  });
  return items.filter((item) => keys.every((k) => passesField(COVERAGE_FIELDS[k], criteria[k], item)));
}
