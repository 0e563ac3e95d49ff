import type { Inspector2 } from '@ecr-scan-sim/model';

type Finding = Inspector2.Finding;
type SortValue = string | number | undefined;

/** Rule S20: severity order for sorting, UNTRIAGED lowest. */
const SEVERITY_RANK: Readonly<Record<string, number>> = {
  UNTRIAGED: 0,
  INFORMATIONAL: 1,
  LOW: 2,
  MEDIUM: 3,
  HIGH: 4,
  CRITICAL: 5,
};

const ecr = (f: Finding) => f.resources?.[0]?.details?.awsEcrContainerImage;
const ms = (d: Date | undefined) => d?.getTime();

/** Every `SortField` and the value it sorts by; total over the SDK's enum. */
const SORT_KEYS: { readonly [F in Inspector2.SortField]: (f: Finding) => SortValue } = {
  AWS_ACCOUNT_ID: (f) => f.awsAccountId,
  FINDING_TYPE: (f) => f.type,
  SEVERITY: (f) => (f.severity === undefined ? undefined : SEVERITY_RANK[f.severity]),
  FIRST_OBSERVED_AT: (f) => ms(f.firstObservedAt),
  LAST_OBSERVED_AT: (f) => ms(f.lastObservedAt),
  FINDING_STATUS: (f) => f.status,
  RESOURCE_TYPE: (f) => f.resources?.[0]?.type,
  ECR_IMAGE_PUSHED_AT: (f) => ms(ecr(f)?.pushedAt),
  ECR_IMAGE_REPOSITORY_NAME: (f) => ecr(f)?.repositoryName,
  ECR_IMAGE_REGISTRY: (f) => ecr(f)?.registry,
  NETWORK_PROTOCOL: (f) => f.networkReachabilityDetails?.protocol,
  COMPONENT_TYPE: (f) => f.networkReachabilityDetails?.networkPath?.steps?.[0]?.componentType,
  VULNERABILITY_ID: (f) => f.packageVulnerabilityDetails?.vulnerabilityId,
  VULNERABILITY_SOURCE: (f) => f.packageVulnerabilityDetails?.source,
  INSPECTOR_SCORE: (f) => f.inspectorScore,
  VENDOR_SEVERITY: (f) => f.packageVulnerabilityDetails?.vendorSeverity,
  EPSS_SCORE: (f) => f.epss?.score,
};

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * @internal Rule S20: findings sorted by `sortCriteria` (stable; ties by findingArn; findings without the field
 * last in either order); without criteria, the source order.
 */
export function sortFindings(
  findings: readonly Finding[],
  criteria: Inspector2.SortCriteria | undefined,
): Finding[] {
  if (criteria?.field === undefined) return [...findings];
  const key = SORT_KEYS[criteria.field];
  const direction = criteria.sortOrder === 'DESC' ? -1 : 1;
  const decorated = findings.map((f) => ({ f, v: key(f) }));
  decorated.sort((a, b) => {
    if (a.v === undefined || b.v === undefined) {
      if (a.v === b.v) return compareValues(a.f.findingArn, b.f.findingArn);
      return a.v === undefined ? 1 : -1;
    }
    return direction * compareValues(a.v, b.v) || compareValues(a.f.findingArn, b.f.findingArn);
  });
  return decorated.map((d) => d.f);
}
