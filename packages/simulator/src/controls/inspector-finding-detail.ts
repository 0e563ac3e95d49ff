import type { EnhancedImageScanFinding } from '@ecr-scan-sim/model';
import type { ImageResource, VulnerabilityRecord } from '../vulnerabilities/record.js';

const iso = (ms: number): string => new Date(ms).toISOString();
const isoOf = (d: Date | undefined): string | undefined => (d === undefined ? undefined : d.toISOString());

/**
 * @internal The `detail` of an "Inspector2 Finding" event (rule E35): a vulnerability record in Inspector's `Finding`
 * shape (`inspectorScore`, `inspectorScoreDetails.adjustedCvss` with `cvssSource`, `remediation.recommendation.Url`
 * with a capital U, `resources[].partition`/`region`, `epss`), timestamps as ISO text as events carry them. The
 * finding is shown as it was when first observed (`lastObservedAt` = `updatedAt` = `firstObservedAt`).
 */
export function inspectorFindingDetail(
  record: VulnerabilityRecord,
  image: ImageResource,
): Record<string, unknown> {
  const cvss = record.cvss;
  const detail: Record<string, unknown> = {
    awsAccountId: image.accountId,
    description: record.description,
    epss: { score: record.epss },
    exploitAvailable: record.exploitAvailable,
    findingArn: record.findingArn,
    firstObservedAt: iso(record.firstObservedAt),
    fixAvailable: record.fixAvailable,
    inspectorScore: record.score,
    lastObservedAt: iso(record.firstObservedAt),
    packageVulnerabilityDetails: {
      cvss: cvss
        ? [
            {
              baseScore: cvss.baseScore,
              scoringVector: cvss.scoringVector,
              source: cvss.source,
              version: cvss.version,
            },
          ]
        : [],
      referenceUrls: [...record.referenceUrls],
      relatedVulnerabilities: [...record.relatedVulnerabilities],
      source: record.source,
      sourceUrl: record.sourceUrl,
      vendorCreatedAt: iso(record.vendorCreatedAt),
      vendorSeverity: record.vendorSeverity,
      vendorUpdatedAt: iso(record.vendorUpdatedAt),
      vulnerabilityId: record.vulnerabilityId,
      vulnerablePackages: record.packages.map((p) => ({ ...p })),
    },
    remediation: { recommendation: { text: record.remediationText } },
    resources: [
      {
        details: {
          awsEcrContainerImage: {
            architecture: image.architecture,
            imageHash: image.imageDigest,
            imageTags: [...image.imageTags],
            platform: image.platform,
            pushedAt: iso(image.pushedAt),
            registry: image.accountId,
            repositoryName: image.repositoryName,
          },
        },
        id: `arn:aws:ecr:${image.region}:${image.accountId}:repository/${image.repositoryName}/${image.imageDigest}`,
        partition: 'aws',
        region: image.region,
        type: 'AWS_ECR_CONTAINER_IMAGE',
      },
    ],
    severity: record.severity,
    status: 'ACTIVE',
    title: `${record.vulnerabilityId} - ${record.packages.map((p) => p.name).join(', ')}`,
    type: 'PACKAGE_VULNERABILITY',
    updatedAt: iso(record.firstObservedAt),
  };
  if (cvss) {
    detail['inspectorScoreDetails'] = {
      adjustedCvss: {
        adjustments: [],
        cvssSource: cvss.source,
        score: cvss.baseScore,
        scoreSource: cvss.source,
        scoringVector: cvss.scoringVector,
        version: cvss.version,
      },
    };
  }
  return detail;
}

/** @internal The same for an exact `enhancedFindings` item of a profile (ECR's shape, renamed to Inspector's). */
export function inspectorDetailOfExact(finding: EnhancedImageScanFinding): Record<string, unknown> {
  const { score, scoreDetails, remediation, firstObservedAt, lastObservedAt, updatedAt, ...rest } =
    structuredClone(finding);
  const detail: Record<string, unknown> = { ...rest };
  if (score !== undefined) detail['inspectorScore'] = score;
  if (scoreDetails?.cvss) detail['inspectorScoreDetails'] = { adjustedCvss: { ...scoreDetails.cvss } };
  if (remediation?.recommendation) {
    const { url, text } = remediation.recommendation;
    detail['remediation'] = {
      recommendation: { ...(text === undefined ? {} : { text }), ...(url === undefined ? {} : { Url: url }) },
    };
  }
  for (const [key, value] of [
    ['firstObservedAt', isoOf(firstObservedAt)],
    ['lastObservedAt', isoOf(lastObservedAt)],
    ['updatedAt', isoOf(updatedAt)],
  ] as const) {
    if (value !== undefined) detail[key] = value;
  }
  return detail;
}
