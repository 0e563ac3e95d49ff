import type { Inspector2 } from '@ecr-scan-sim/model';
import type { VulnerabilityRecord } from '../../findings/vulnerability-record.js';
import { imageArn, partitionOf } from './partition.js';

const date = (ms: number): Date => new Date(ms);

function vulnerablePackages(record: VulnerabilityRecord): Inspector2.VulnerablePackage[] {
  return record.packages.map((p) => {
    const out: Inspector2.VulnerablePackage = { name: p.name, version: p.version };
    if (p.sourceLayerHash !== undefined) out.sourceLayerHash = p.sourceLayerHash;
    if (p.epoch !== undefined) out.epoch = p.epoch;
    if (p.release !== undefined) out.release = p.release;
    if (p.arch !== undefined) out.arch = p.arch;
    if (p.packageManager !== undefined) out.packageManager = p.packageManager as Inspector2.PackageManager;
    if (p.filePath !== undefined) out.filePath = p.filePath;
    if (p.fixedInVersion !== undefined) out.fixedInVersion = p.fixedInVersion;
    if (p.remediation !== undefined) out.remediation = p.remediation;
    return out;
  });
}

function packageDetails(record: VulnerabilityRecord): Inspector2.PackageVulnerabilityDetails {
  const out: Inspector2.PackageVulnerabilityDetails = {
    vulnerabilityId: record.vulnerabilityId,
    vulnerablePackages: vulnerablePackages(record),
    source: record.source,
    cvss: record.cvss.map((c) => ({ ...c })),
    relatedVulnerabilities: [...record.relatedVulnerabilities],
    referenceUrls: [...record.referenceUrls],
  };
  if (record.sourceUrl !== undefined) out.sourceUrl = record.sourceUrl;
  if (record.vendorSeverity !== undefined) out.vendorSeverity = record.vendorSeverity;
  if (record.vendorCreatedAt !== undefined) out.vendorCreatedAt = date(record.vendorCreatedAt);
  if (record.vendorUpdatedAt !== undefined) out.vendorUpdatedAt = date(record.vendorUpdatedAt);
  return out;
}

function imageResource(record: VulnerabilityRecord): Inspector2.Resource {
  const image = record.image;
  const details: Inspector2.AwsEcrContainerImageDetails = {
    repositoryName: image.repositoryName,
    imageTags: [...image.imageTags],
    pushedAt: date(image.pushedAt),
    imageHash: image.imageDigest,
    registry: image.registryId,
  };
  if (image.author !== undefined) details.author = image.author;
  if (image.architecture !== undefined) details.architecture = image.architecture;
  if (image.platform !== undefined) details.platform = image.platform;
  if (image.lastInUseAt !== undefined) details.lastInUseAt = date(image.lastInUseAt);
  if (image.inUseCount !== undefined) details.inUseCount = image.inUseCount;
  return {
    type: 'AWS_ECR_CONTAINER_IMAGE',
    id: imageArn(image.region, image.registryId, image.repositoryName, image.imageDigest),
    partition: partitionOf(image.region),
    region: image.region,
    tags: {},
    details: { awsEcrContainerImage: details },
  };
}

/**
 * Rule S21: a vulnerability record in Inspector2's `Finding` shape (§2.2 of the enhanced reference), never ECR's:
 * `inspectorScore` and `inspectorScoreDetails.adjustedCvss` (with `cvssSource`) where ECR has `score` and
 * `scoreDetails.cvss`; `remediation.recommendation.Url` with a capital U; `resources[0]` with `partition` and
 * `region`; package `remediation`; `exploitabilityDetails` and `epss` when the record knows them. An UNTRIAGED
 * record has no score, so no `inspectorScore` and no `inspectorScoreDetails`.
 * @internal
 */
export function renderInspectorFinding(record: VulnerabilityRecord): Inspector2.Finding {
  const recommendation: Inspector2.Recommendation = { text: record.remediationText };
  if (record.remediationUrl !== undefined) recommendation.Url = record.remediationUrl;
  const finding: Inspector2.Finding = {
    findingArn: record.findingArn,
    awsAccountId: record.awsAccountId,
    type: 'PACKAGE_VULNERABILITY',
    description: record.description,
    title: `${record.vulnerabilityId} - ${record.packages.map((p) => p.name).join(', ')}`,
    remediation: { recommendation },
    severity: record.severity,
    firstObservedAt: date(record.firstObservedAt),
    lastObservedAt: date(record.lastObservedAt),
    updatedAt: date(record.updatedAt),
    status: record.status,
    resources: [imageResource(record)],
    packageVulnerabilityDetails: packageDetails(record),
    fixAvailable: record.fixAvailable,
    exploitAvailable: record.exploitAvailable,
  };
  if (record.score !== undefined) {
    const { baseScore, scoringVector, version, source, adjustments } = record.score;
    finding.inspectorScore = baseScore;
    finding.inspectorScoreDetails = {
      adjustedCvss: {
        scoreSource: source,
        cvssSource: source,
        version,
        score: baseScore,
        scoringVector,
        adjustments: (adjustments ?? []).map((a) => ({ ...a })),
      },
    };
  }
  if (record.lastKnownExploitAt !== undefined)
    finding.exploitabilityDetails = { lastKnownExploitAt: date(record.lastKnownExploitAt) };
  if (record.epssScore !== undefined) finding.epss = { score: record.epssScore };
  return finding;
}
