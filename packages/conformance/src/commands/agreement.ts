import { isDeepStrictEqual } from 'node:util';
import type { Outcome } from '../system/outcome.js';
import { show } from '../system/outcome.js';
import type { SystemUnderTest } from '../system/system.js';
import { at } from './command-support.js';

/** What ECR's and Inspector's renderings of one finding must share (rule S33), from normalised outputs. */
function shared(finding: unknown, score: unknown) {
  return {
    findingArn: at(finding, 'findingArn'),
    vulnerabilityId: at(finding, 'packageVulnerabilityDetails', 'vulnerabilityId'),
    severity: at(finding, 'severity'),
    score,
    packages: at(finding, 'packageVulnerabilityDetails', 'vulnerablePackages'),
    firstObservedAt: at(finding, 'firstObservedAt'),
    lastObservedAt: at(finding, 'lastObservedAt'),
    updatedAt: at(finding, 'updatedAt'),
  };
}
// ECR's UNTRIAGED finding shows score 0.0 without scoreDetails; Inspector shows no inspectorScore.
const ofEcr = (f: unknown) => shared(f, at(f, 'scoreDetails') === undefined ? undefined : at(f, 'score'));
const ofInspector = (f: unknown) => shared(f, at(f, 'inspectorScore'));

/**
 * The agreement property (D32, rule S33): Inspector2 ListFindings filtered by the image's hash (and repository, as
 * one digest can be pushed to several) lists exactly the enhancedFindings ECR just showed for it over all pages, at
 * the same clock time: same ARNs, vulnerability ids, severities, scores, packages and timestamps, in ECR's order.
 * `ecr` is `[]` when ECR showed none (a BASIC registry, ScanNotFoundException, no results yet).
 */
export async function expectInspectorAgrees(
  system: SystemUnderTest,
  repositoryName: string,
  imageDigest: string,
  ecr: readonly unknown[],
): Promise<void> {
  const label = `aws inspector2 list-findings --filter-criteria 'ecrImageHash=[{comparison=EQUALS,value=${imageDigest.slice(0, 19)}…}]'`;
  const filterCriteria = {
    ecrImageHash: [{ comparison: 'EQUALS' as const, value: imageDigest }],
    ecrImageRepositoryName: [{ comparison: 'EQUALS' as const, value: repositoryName }],
  };
  const listed: unknown[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const token = nextToken;
    const page: Outcome = await system.callInspector(`${label} (page ${++pages})`, (api) =>
      api.listFindings({
        filterCriteria,
        maxResults: 100,
        ...(token === undefined ? {} : { nextToken: token }),
      }),
    );
    if (!page.ok) throw new Error(`[conformance] ${label}: expected success\n  simulator: ${show(page)}`);
    listed.push(...((at(page.value, 'findings') as unknown[] | undefined) ?? []));
    const got = at(page.value, 'nextToken');
    nextToken = typeof got === 'string' && got !== '' ? got : undefined;
  } while (nextToken !== undefined && pages < 1100);
  const expected = ecr.map(ofEcr);
  const actual = listed.map(ofInspector);
  if (!isDeepStrictEqual(actual, expected)) {
    const differs = actual.findIndex((f, i) => !isDeepStrictEqual(f, expected[i]));
    const first = differs === -1 ? Math.min(actual.length, expected.length) : differs;
    throw new Error(
      `[conformance] ${label}: Inspector2 and ECR disagree (S33): ${actual.length} findings vs ${expected.length}; first difference at ${first}\n  ecr: ${JSON.stringify(expected[first])}\n  inspector2: ${JSON.stringify(actual[first])}`,
    );
  }
}
