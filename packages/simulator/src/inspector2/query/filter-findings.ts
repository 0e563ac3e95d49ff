import type { Inspector2 } from '@ecr-scan-sim/model';
import {
  numberRanges,
  passesField,
  passesRanges,
  passesStringFilters,
  type StringFilterLike,
} from './filter-primitives.js';
import { FINDING_FIELDS, type FindingField } from './finding-fields.js';

type Criteria = Inspector2.FilterCriteria;
type Key = keyof Criteria;

/** Rule S18: one package filter matches when one package satisfies every sub-filter the filter gives. */
function packageMatches(filter: Inspector2.PackageFilter, p: Inspector2.VulnerablePackage): boolean {
  const strings: Array<[StringFilterLike | undefined, string | undefined]> = [
    [filter.name, p.name],
    [filter.version, p.version],
    [filter.release, p.release],
    [filter.architecture, p.arch],
    [filter.sourceLayerHash, p.sourceLayerHash],
    [filter.sourceLambdaLayerArn, p.sourceLambdaLayerArn],
    [filter.filePath, p.filePath],
  ];
  for (const [sub, value] of strings)
    if (sub !== undefined && !passesStringFilters([sub], value === undefined ? [] : [value])) return false;
  return filter.epoch === undefined || passesRanges(numberRanges([filter.epoch]), p.epoch);
}

/** Rule S17 for ports: a finding passes when one of its open port ranges overlaps a filter's range. */
function passesPortFilters(
  filters: readonly Inspector2.PortRangeFilter[],
  ranges: Inspector2.PortRange[],
): boolean {
  return filters.some((f) =>
    ranges.some(
      (r) =>
        (f.beginInclusive === undefined || (r.end ?? 0) >= f.beginInclusive) &&
        (f.endInclusive === undefined || (r.begin ?? 0) <= f.endInclusive),
    ),
  );
}

function passesKey(field: FindingField, filters: unknown, finding: Inspector2.Finding): boolean {
  if (field.kind === 'package') {
    const packages = field.read(finding);
    return (filters as Inspector2.PackageFilter[]).some((f) => packages.some((p) => packageMatches(f, p)));
  }
  if (field.kind === 'port')
    return passesPortFilters(filters as Inspector2.PortRangeFilter[], field.read(finding));
  return passesField(field, filters, finding);
}

/**
 * @internal Rules S15–S19 as a predicate: a finding passes when it passes every given key (joined by AND). A key
 * with an empty list filters nothing.
 */
export function findingFilter(criteria: Criteria | undefined): (finding: Inspector2.Finding) => boolean {
  if (criteria === undefined) return () => true;
  const active = (Object.keys(criteria) as Key[]).filter((k) => {
    const list = criteria[k];
    return Array.isArray(list) && list.length > 0 && Object.hasOwn(FINDING_FIELDS, k);
  });
  return (finding) =>
    active.every((key) => passesKey(FINDING_FIELDS[key] as FindingField, criteria[key], finding));
}

/** @internal Rules S15–S19: the findings that pass `filterCriteria`, in their order. */
export function filterFindings(
  findings: readonly Inspector2.Finding[],
  criteria: Criteria | undefined,
): Inspector2.Finding[] {
  return findings.filter(findingFilter(criteria));
}
