import type { EnhancedImageScanFinding, VulnerablePackage } from '@ecr-scan-sim/model';
import type { ImageResource, VulnerabilityRecord } from '../vulnerabilities/record.js';

/** One vulnerable package in ECR's shape (plain assignments: this runs 100 times a page). */
function renderPackage(p: VulnerabilityRecord['packages'][number]): VulnerablePackage {
  const out: VulnerablePackage = {
    arch: p.arch,
    epoch: p.epoch,
    name: p.name,
    packageManager: p.packageManager,
  };
  if (p.release !== undefined) out.release = p.release;
  out.sourceLayerHash = p.sourceLayerHash;
  out.version = p.version;
  out.fixedInVersion = p.fixedInVersion;
  return out;
}

/**
 * @internal A vulnerability record in ECR's `EnhancedImageScanFinding` shape (rules E19–E24, decision D26), never
 * Inspector's: `score` and `scoreDetails.cvss` (none for UNTRIAGED, whose score is 0 and whose `cvss` is `[]`),
 * `remediation.recommendation.text`, `resources[0]` the image with its current tags. Fresh objects on every call.
 */
export function renderEcrFinding(
  record: VulnerabilityRecord,
  image: ImageResource,
): EnhancedImageScanFinding {
  const cvss = record.cvss;
  const finding: EnhancedImageScanFinding = {
    awsAccountId: image.accountId,
    description: record.description,
    findingArn: record.findingArn,
    firstObservedAt: new Date(record.firstObservedAt),
    lastObservedAt: new Date(record.lastObservedAt),
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
      vendorCreatedAt: new Date(record.vendorCreatedAt),
      vendorSeverity: record.vendorSeverity,
      vendorUpdatedAt: new Date(record.vendorUpdatedAt),
      vulnerabilityId: record.vulnerabilityId,
      vulnerablePackages: record.packages.map(renderPackage),
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
            pushedAt: new Date(image.pushedAt),
            registry: image.accountId,
            repositoryName: image.repositoryName,
          },
        },
        id: `arn:aws:ecr:${image.region}:${image.accountId}:repository/${image.repositoryName}/${image.imageDigest}`,
        tags: {},
        type: 'AWS_ECR_CONTAINER_IMAGE',
      },
    ],
    score: record.score,
    severity: record.severity,
    status: 'ACTIVE',
    title: `${record.vulnerabilityId} - ${record.packages.map((p) => p.name).join(', ')}`,
    type: 'PACKAGE_VULNERABILITY',
    updatedAt: new Date(record.updatedAt),
    fixAvailable: record.fixAvailable,
    exploitAvailable: record.exploitAvailable,
  };
  if (cvss) {
    finding.scoreDetails = {
      cvss: {
        adjustments: [],
        score: cvss.baseScore,
        scoreSource: cvss.source,
        scoringVector: cvss.scoringVector,
        version: cvss.version,
      },
    };
  }
  return finding;
}
