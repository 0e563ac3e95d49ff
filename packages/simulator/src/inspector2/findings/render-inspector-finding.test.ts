import { describe, expect, it } from 'vitest';
import { syntheticRecord } from '../test-support/records.js';
import { partitionOf } from './partition.js';
import { renderInspectorFinding } from './render-inspector-finding.js';

describe('renderInspectorFinding', () => {
  it("S21: renders Inspector2's shape, not ECR's: inspectorScore, adjustedCvss, Recommendation.Url, partition and region", () => {
    const record = syntheticRecord(1, { remediationUrl: 'https://example.com/fix', epssScore: 0.00045 });
    const finding = renderInspectorFinding(record);
    expect(finding).toMatchObject({
      findingArn: record.findingArn,
      type: 'PACKAGE_VULNERABILITY',
      title: 'CVE-2025-1001 - libxml2',
      severity: 'HIGH',
      inspectorScore: 7.5,
      inspectorScoreDetails: {
        adjustedCvss: { score: 7.5, scoreSource: 'NVD', cvssSource: 'NVD', version: '3.1', adjustments: [] },
      },
      remediation: { recommendation: { text: 'None Provided', Url: 'https://example.com/fix' } },
      epss: { score: 0.00045 },
      resources: [
        {
          type: 'AWS_ECR_CONTAINER_IMAGE',
          id: `arn:aws:ecr:us-east-1:123456789012:repository/app-web/${record.image.imageDigest}`,
          partition: 'aws',
          region: 'us-east-1',
          details: {
            awsEcrContainerImage: { repositoryName: 'app-web', imageHash: record.image.imageDigest },
          },
        },
      ],
    });
    for (const ecrOnly of ['score', 'scoreDetails']) expect(finding).not.toHaveProperty(ecrOnly);
    expect(finding.firstObservedAt).toEqual(new Date(record.firstObservedAt));
    expect(finding.packageVulnerabilityDetails?.vulnerablePackages?.[0]).toMatchObject({
      name: 'libxml2',
      arch: 'X86_64',
    });
  });

  it('S21: an UNTRIAGED finding has no inspectorScore and no inspectorScoreDetails', () => {
    const finding = renderInspectorFinding(syntheticRecord(5));
    expect(finding.severity).toBe('UNTRIAGED');
    expect(finding).not.toHaveProperty('inspectorScore');
    expect(finding).not.toHaveProperty('inspectorScoreDetails');
  });

  it('S21: the title lists every vulnerable package', () => {
    expect(renderInspectorFinding(syntheticRecord(0)).title).toBe('CVE-2025-1000 - openssl, zlib');
  });

  it('S22: renders the record only: equal records give equal findings, and the record is not aliased', () => {
    const record = syntheticRecord(3);
    const a = renderInspectorFinding(record);
    expect(renderInspectorFinding(syntheticRecord(3))).toEqual(a);
    a.resources?.[0]?.details?.awsEcrContainerImage?.imageTags?.push('mutated');
    expect(record.image.imageTags).not.toContain('mutated');
  });

  it.each([
    ['us-east-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eusc-de-east-1', 'aws-eusc'],
  ])('S23: the partition of %s is %s', (region, partition) => {
    expect(partitionOf(region)).toBe(partition);
  });
});
