import type { Inspector2 } from '@ecr-scan-sim/model';
import {
  dateRanges,
  numberRanges,
  passesRanges,
  passesStringFilters,
  type StringFilterLike,
} from '../query/filter-primitives.js';
import { FINDING_FIELDS } from '../query/finding-fields.js';

type Finding = Inspector2.Finding;
type Response = Inspector2.AggregationResponse;
type Counts = Required<Inspector2.SeverityCounts>;

/** @internal One aggregation entry before sorting: its response, its counts and a key for ties. */
interface Entry {
  key: string;
  counts: Counts;
  affectedImages?: number;
  response: Response;
}

/** Rule S28: the severity counts of a group of ACTIVE findings. */
export function severityCounts(findings: readonly Finding[]): Counts {
  const counts = { all: 0, critical: 0, high: 0, medium: 0 };
  for (const f of findings) {
    counts.all++;
    if (f.severity === 'CRITICAL') counts.critical++;
    else if (f.severity === 'HIGH') counts.high++;
    else if (f.severity === 'MEDIUM') counts.medium++;
  }
  return counts;
}

function groupBy(findings: readonly Finding[], keysOf: (f: Finding) => string[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings)
    for (const key of new Set(keysOf(f))) {
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
  return groups;
}

const read = (key: keyof typeof FINDING_FIELDS, f: Finding): string[] => {
  const field = FINDING_FIELDS[key];
  return field.kind === 'string' ? field.read(f) : [];
};
const image = (f: Finding) => f.resources?.[0]?.details?.awsEcrContainerImage;
const passes = (filters: StringFilterLike[] | undefined, values: string[]) =>
  passesStringFilters(filters, values);
const exactly = (wanted: string | undefined, values: string[]) =>
  wanted === undefined || values.includes(wanted);

function containers(findings: readonly Finding[], request: Inspector2.AwsEcrContainerAggregation): Entry[] {
  const kept = findings.filter(
    (f) =>
      passes(request.resourceIds, read('resourceId', f)) &&
      passes(request.imageShas, read('ecrImageHash', f)) &&
      passes(request.repositories, read('ecrImageRepositoryName', f)) &&
      passes(request.architectures, read('ecrImageArchitecture', f)) &&
      passes(request.imageTags, read('ecrImageTags', f)) &&
      passesRanges(dateRanges(request.lastInUseAt), image(f)?.lastInUseAt?.getTime()) &&
      passesRanges(numberRanges(request.inUseCount), image(f)?.inUseCount),
  );
  return [...groupBy(kept, (f) => read('resourceId', f))].map(([resourceId, group]) => {
    const first = image(group[0] as Finding);
    const counts = severityCounts(group);
    const entry: Inspector2.AwsEcrContainerAggregationResponse = {
      resourceId,
      imageSha: first?.imageHash,
      repository: first?.repositoryName,
      architecture: first?.architecture,
      imageTags: [...(first?.imageTags ?? [])],
      accountId: group[0]?.awsAccountId,
      severityCounts: { ...counts },
    };
    if (first?.lastInUseAt !== undefined) entry.lastInUseAt = first.lastInUseAt;
    if (first?.inUseCount !== undefined) entry.inUseCount = first.inUseCount;
    return { key: resourceId, counts, response: { awsEcrContainerAggregation: entry } };
  });
}

function repositories(findings: readonly Finding[], request: Inspector2.RepositoryAggregation): Entry[] {
  const kept = findings.filter((f) => passes(request.repositories, read('ecrImageRepositoryName', f)));
  return [...groupBy(kept, (f) => read('ecrImageRepositoryName', f))].map(([repository, group]) => {
    const counts = severityCounts(group);
    const affectedImages = new Set(group.flatMap((f) => read('resourceId', f))).size;
    const response: Response = {
      repositoryAggregation: {
        repository,
        accountId: group[0]?.awsAccountId,
        severityCounts: { ...counts },
        affectedImages,
      },
    };
    return { key: repository, counts, affectedImages, response };
  });
}

/** ACCOUNT and FINDING_TYPE: per account, for one finding type and resource type if given. */
function perAccount(
  findings: readonly Finding[],
  request: { findingType?: string | undefined; resourceType?: string | undefined },
  wrap: (entry: Inspector2.AccountAggregationResponse) => Response,
): Entry[] {
  const kept = findings.filter(
    (f) =>
      exactly(request.findingType, read('findingType', f)) &&
      exactly(request.resourceType, read('resourceType', f)),
  );
  return [...groupBy(kept, (f) => read('awsAccountId', f))].map(([accountId, group]) => {
    const counts = severityCounts(group);
    const response = wrap({
      accountId,
      severityCounts: { ...counts },
      exploitAvailableCount: group.filter((f) => f.exploitAvailable === 'YES').length,
      fixAvailableCount: group.filter((f) => f.fixAvailable === 'YES').length,
    });
    return { key: accountId, counts, response };
  });
}

function titles(findings: readonly Finding[], request: Inspector2.TitleAggregation): Entry[] {
  const kept = findings.filter(
    (f) =>
      passes(request.titles, read('title', f)) &&
      passes(request.vulnerabilityIds, read('vulnerabilityId', f)) &&
      exactly(request.findingType, read('findingType', f)) &&
      exactly(request.resourceType, read('resourceType', f)),
  );
  return [...groupBy(kept, (f) => read('title', f))].map(([title, group]) => {
    const counts = severityCounts(group);
    const response: Response = {
      titleAggregation: {
        title,
        vulnerabilityId: group[0]?.packageVulnerabilityDetails?.vulnerabilityId,
        accountId: group[0]?.awsAccountId,
        severityCounts: { ...counts },
      },
    };
    return { key: title, counts, response };
  });
}

function packages(findings: readonly Finding[], request: Inspector2.PackageAggregation): Entry[] {
  const names = (f: Finding) =>
    (f.packageVulnerabilityDetails?.vulnerablePackages ?? []).map((p) => p.name ?? '');
  const groups = groupBy(findings, (f) => names(f).filter((n) => passes(request.packageNames, [n])));
  return [...groups].map(([packageName, group]) => {
    const counts = severityCounts(group);
    const response: Response = {
      packageAggregation: { packageName, accountId: group[0]?.awsAccountId, severityCounts: { ...counts } },
    };
    return { key: packageName, counts, response };
  });
}

function imageLayers(findings: readonly Finding[], request: Inspector2.ImageLayerAggregation): Entry[] {
  const kept = findings.filter(
    (f) =>
      passes(request.repositories, read('ecrImageRepositoryName', f)) &&
      passes(request.resourceIds, read('resourceId', f)),
  );
  const layerKeys = (f: Finding) =>
    (f.packageVulnerabilityDetails?.vulnerablePackages ?? [])
      .map((p) => p.sourceLayerHash)
      .filter((h): h is string => h !== undefined && passes(request.layerHashes, [h]))
      .map((h) => `${read('resourceId', f)[0] ?? ''}\u0000${h}`);
  return [...groupBy(kept, layerKeys)].map(([key, group]) => {
    const [resourceId, layerHash] = key.split('\u0000') as [string, string];
    const counts = severityCounts(group);
    const response: Response = {
      imageLayerAggregation: {
        repository: image(group[0] as Finding)?.repositoryName,
        resourceId,
        layerHash,
        accountId: group[0]?.awsAccountId,
        severityCounts: { ...counts },
      },
    };
    return { key, counts, response };
  });
}

/** The sort of an aggregation request (rule S30): sortBy CRITICAL and sortOrder DESC unless given. */
function sortEntries(entries: Entry[], sortBy: string | undefined, sortOrder: string | undefined): Entry[] {
  const by = sortBy ?? 'CRITICAL';
  const value = (e: Entry): number =>
    by === 'AFFECTED_IMAGES'
      ? (e.affectedImages ?? 0)
      : by === 'HIGH'
        ? e.counts.high
        : by === 'ALL'
          ? e.counts.all
          : e.counts.critical;
  const direction = sortOrder === 'ASC' ? 1 : -1;
  return entries.sort(
    (a, b) => direction * (value(a) - value(b)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * @internal Rules S28–S30: the aggregation entries of `aggregationType` over ACTIVE findings, filtered by
 * `accountIds` and the type's request, sorted. Types of resources the account cannot have answer no entries.
 */
export function aggregate(
  findings: readonly Finding[],
  input: Pick<
    Inspector2.ListFindingAggregationsRequest,
    'aggregationType' | 'aggregationRequest' | 'accountIds'
  >,
): Response[] {
  const active = findings.filter(
    (f) => f.status === 'ACTIVE' && passesStringFilters(input.accountIds, read('awsAccountId', f)),
  );
  const request = (input.aggregationRequest ?? {}) as Partial<Record<string, Record<string, unknown>>>;
  const sortOf = (member: string) => {
    const r = request[member] as { sortBy?: string; sortOrder?: string } | undefined;
    return [r?.sortBy, r?.sortOrder] as const;
  };
  const run = (member: string, build: (r: never) => Entry[]): Response[] =>
    sortEntries(build((request[member] ?? {}) as never), ...sortOf(member)).map((e) => e.response);
  switch (input.aggregationType) {
    case 'AWS_ECR_CONTAINER':
      return run('awsEcrContainerAggregation', (r) => containers(active, r));
    case 'REPOSITORY':
      return run('repositoryAggregation', (r) => repositories(active, r));
    case 'ACCOUNT':
      return run('accountAggregation', (r) => perAccount(active, r, (e) => ({ accountAggregation: e })));
    case 'FINDING_TYPE':
      return run('findingTypeAggregation', (r) =>
        perAccount(active, r, (e) => ({ findingTypeAggregation: e })),
      );
    case 'TITLE':
      return run('titleAggregation', (r) => titles(active, r));
    case 'PACKAGE':
      return run('packageAggregation', (r) => packages(active, r));
    case 'IMAGE_LAYER':
      return run('imageLayerAggregation', (r) => imageLayers(active, r));
    default:
      return [];
  }
}
