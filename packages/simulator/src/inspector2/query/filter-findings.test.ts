import type { Inspector2 } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInspectorFinding } from '../findings/render-inspector-finding.js';
import { syntheticRecords } from '../test-support/records.js';
import { filterFindings } from './filter-findings.js';

const findings = syntheticRecords(36).map(renderInspectorFinding);
const arnsOf = (list: readonly Inspector2.Finding[]) => list.map((f) => f.findingArn);
const eq = (value: string): Inspector2.StringFilter => ({ comparison: 'EQUALS', value });
const ne = (value: string): Inspector2.StringFilter => ({ comparison: 'NOT_EQUALS', value });
const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 200);

describe('filterFindings', () => {
  const digest = findings[4]?.resources?.[0]?.details?.awsEcrContainerImage?.imageHash as string;

  it.each([
    [
      'ecrImageHash',
      { ecrImageHash: [eq(digest)] },
      (f: Inspector2.Finding) => f.resources?.[0]?.details?.awsEcrContainerImage?.imageHash === digest,
    ],
    [
      'ecrImageRepositoryName',
      { ecrImageRepositoryName: [eq('tools')] },
      (f: Inspector2.Finding) => f.resources?.[0]?.details?.awsEcrContainerImage?.repositoryName === 'tools',
    ],
    [
      'ecrImageTags',
      { ecrImageTags: [eq('latest')] },
      (f: Inspector2.Finding) =>
        f.resources?.[0]?.details?.awsEcrContainerImage?.imageTags?.includes('latest') === true,
    ],
    [
      'severity',
      { severity: [eq('CRITICAL'), eq('HIGH')] },
      (f: Inspector2.Finding) => f.severity === 'CRITICAL' || f.severity === 'HIGH',
    ],
    ['findingStatus', { findingStatus: [ne('CLOSED')] }, (f: Inspector2.Finding) => f.status !== 'CLOSED'],
    ['findingType', { findingType: [eq('PACKAGE_VULNERABILITY')] }, () => true],
    ['resourceType', { resourceType: [eq('AWS_ECR_CONTAINER_IMAGE')] }, () => true],
    [
      'vulnerabilityId',
      { vulnerabilityId: [{ comparison: 'PREFIX', value: 'CVE-2025-101' }] },
      (f: Inspector2.Finding) =>
        (f.packageVulnerabilityDetails?.vulnerabilityId ?? '').startsWith('CVE-2025-101'),
    ],
    ['awsAccountId', { awsAccountId: [eq('210987654321')] }, () => false],
  ] as const)('S15: %s selects exactly the findings the rule describes', (_key, criteria, expected) => {
    expect(arnsOf(filterFindings(findings, criteria as unknown as Inspector2.FilterCriteria))).toEqual(
      arnsOf(findings.filter(expected)),
    );
  });

  it('S15: keys are joined by AND, and the source order is kept', () => {
    const out = filterFindings(findings, { ecrImageRepositoryName: [eq('app')], severity: [eq('CRITICAL')] });
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((f) => f.severity === 'CRITICAL')).toBe(true);
    expect(arnsOf(out)).toEqual(arnsOf(findings).filter((arn) => arnsOf(out).includes(arn)));
  });

  it('S17: date and number ranges: firstObservedAt, ecrImagePushedAt, inspectorScore, epssScore', () => {
    const start = findings[10]?.firstObservedAt as Date;
    expect(filterFindings(findings, { firstObservedAt: [{ startInclusive: start }] })).toHaveLength(26);
    expect(
      filterFindings(findings, { inspectorScore: [{ lowerInclusive: 9 }] }).every(
        (f) => f.severity === 'CRITICAL',
      ),
    ).toBe(true);
    expect(
      filterFindings(findings, { epssScore: [{ upperInclusive: 1 }] }).every((f) => f.epss !== undefined),
    ).toBe(true);
    const pushed = findings.find(
      (f) => f.resources?.[0]?.details?.awsEcrContainerImage?.repositoryName === 'tools',
    )?.resources?.[0]?.details?.awsEcrContainerImage?.pushedAt as Date;
    expect(
      filterFindings(findings, { ecrImagePushedAt: [{ startInclusive: pushed }] }).every(
        (f) => f.resources?.[0]?.details?.awsEcrContainerImage?.repositoryName === 'tools',
      ),
    ).toBe(true);
  });

  it('S18: a package filter needs one package that satisfies every sub-filter', () => {
    const zlibAnd = filterFindings(findings, {
      vulnerablePackages: [{ name: eq('zlib'), version: eq('1.3') }],
    });
    expect(zlibAnd.length).toBeGreaterThan(0);
    // openssl at version 1.3 does not exist: name and version must hold for the same package.
    expect(
      filterFindings(findings, { vulnerablePackages: [{ name: eq('openssl'), version: eq('1.3') }] }),
    ).toEqual([]);
    expect(
      filterFindings(findings, { vulnerablePackages: [{ epoch: { lowerInclusive: 1, upperInclusive: 1 } }] })
        .length,
    ).toBe(18);
  });

  it('S19: filter keys of other resource types match nothing, and everything with NOT_EQUALS', () => {
    for (const key of [
      'ec2InstanceImageId',
      'lambdaFunctionName',
      'codeRepositoryProjectName',
      'networkProtocol',
      'cloudImageDigest',
    ] as const) {
      expect(filterFindings(findings, { [key]: [eq('x')] }), key).toEqual([]);
      expect(filterFindings(findings, { [key]: [ne('x')] }), key).toHaveLength(findings.length);
    }
    expect(filterFindings(findings, { portRange: [{ beginInclusive: 0, endInclusive: 65535 }] })).toEqual([]);
  });

  it('S15: the result is a subsequence of the input, and filtering twice changes nothing more', () => {
    const criteria = fc.record(
      {
        severity: fc.array(
          fc.record({
            comparison: fc.constantFrom('EQUALS', 'NOT_EQUALS', 'PREFIX'),
            value: fc.constantFrom('HIGH', 'LOW', 'C', 'CRITICAL'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        ecrImageTags: fc.array(
          fc.record({
            comparison: fc.constantFrom('EQUALS', 'NOT_EQUALS'),
            value: fc.constantFrom('v1', 'v2', 'latest'),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        fixAvailable: fc.array(
          fc.record({
            comparison: fc.constantFrom('EQUALS', 'NOT_EQUALS'),
            value: fc.constantFrom('YES', 'NO', 'PARTIAL'),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(criteria, (c) => {
        const once = filterFindings(findings, c);
        const arns = arnsOf(findings);
        let last = -1;
        for (const arn of arnsOf(once)) {
          const at = arns.indexOf(arn);
          expect(at).toBeGreaterThan(last);
          last = at;
        }
        expect(filterFindings(once, c)).toEqual(once);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
