import type { EnhancedImageScanFinding } from '@ecr-scan-sim/model';
import type { VulnerabilityRecord as InspectorRecord } from '../../findings/vulnerability-record.js';
import type { ImageResource, VulnerabilityRecord } from '../../vulnerabilities/record.js';

const time = (d: Date | undefined, fallback: number): number => d?.getTime() ?? fallback;

/**
 * @internal Rule S22: a record of issue 14's generator (the one ECR's `enhancedFindings` render) as the input of the
 * Inspector2 rendering: the same ARN, vulnerability, severity, score, CVSS, packages, advisory and timestamps;
 * plus what only Inspector shows (EPSS). Fresh objects: the generator's records may be cached and shared.
 */
export function fromGenerated(record: VulnerabilityRecord, image: ImageResource): InspectorRecord {
  const cvss = record.cvss;
  const out: InspectorRecord = {
    findingArn: record.findingArn,
    awsAccountId: image.accountId,
    vulnerabilityId: record.vulnerabilityId,
    description: record.description,
    severity: record.severity,
    status: 'ACTIVE',
    cvss: cvss ? [{ ...cvss }] : [],
    source: record.source,
    sourceUrl: record.sourceUrl,
    vendorSeverity: record.vendorSeverity,
    vendorCreatedAt: record.vendorCreatedAt,
    vendorUpdatedAt: record.vendorUpdatedAt,
    relatedVulnerabilities: [...record.relatedVulnerabilities],
    referenceUrls: [...record.referenceUrls],
    packages: record.packages.map((p) => ({ ...p })),
    remediationText: record.remediationText,
    fixAvailable: record.fixAvailable,
    exploitAvailable: record.exploitAvailable,
    epssScore: record.epss,
    firstObservedAt: record.firstObservedAt,
    lastObservedAt: record.lastObservedAt,
    updatedAt: record.updatedAt,
    image: {
      region: image.region,
      registryId: image.accountId,
      repositoryName: image.repositoryName,
      imageDigest: image.imageDigest,
      imageTags: [...image.imageTags],
      pushedAt: image.pushedAt,
      architecture: image.architecture,
      platform: image.platform,
    },
  };
  // UNTRIAGED has no score (ECR shows 0.0 without scoreDetails; Inspector no inspectorScore).
  if (cvss) out.score = { ...cvss, adjustments: [] };
  return out;
}

/** Where an exact finding gives no image details: the image it was set on. */
export interface ExactImage {
  region: string;
  accountId: string;
  repositoryName: string;
  imageDigest: string;
  imageTags: readonly string[];
  pushedAt: number;
}

/**
 * @internal Rules S22, E28: a profile's exact `enhancedFindings` item (ECR's shape, as the user gave it) as the input
 * of the Inspector2 rendering: `score`/`scoreDetails.cvss` become the deciding score, `recommendation.url` the
 * `Url`; members the item does not give are left out (or read from the image it belongs to).
 */
export function fromExact(finding: EnhancedImageScanFinding, image: ExactImage): InspectorRecord {
  const details = finding.packageVulnerabilityDetails ?? {};
  const container = finding.resources?.[0]?.details?.awsEcrContainerImage;
  const observed = time(finding.firstObservedAt, image.pushedAt);
  const out: InspectorRecord = {
    findingArn: finding.findingArn ?? '',
    awsAccountId: finding.awsAccountId ?? image.accountId,
    vulnerabilityId: details.vulnerabilityId ?? '',
    description: finding.description ?? '',
    severity: finding.severity as InspectorRecord['severity'],
    status: (finding.status as InspectorRecord['status'] | undefined) ?? 'ACTIVE',
    cvss: (details.cvss ?? []).map((c) => ({
      baseScore: c.baseScore ?? 0,
      scoringVector: c.scoringVector ?? '',
      version: c.version ?? '',
      source: c.source ?? '',
    })),
    source: details.source ?? '',
    relatedVulnerabilities: [...(details.relatedVulnerabilities ?? [])],
    referenceUrls: [...(details.referenceUrls ?? [])],
    packages: (details.vulnerablePackages ?? []).map((p) => {
      const pkg: InspectorRecord['packages'][number] = { name: p.name ?? '', version: p.version ?? '' };
      if (p.epoch !== undefined) pkg.epoch = p.epoch;
      if (p.release !== undefined) pkg.release = p.release;
      if (p.arch !== undefined) pkg.arch = p.arch;
      if (p.packageManager !== undefined) pkg.packageManager = p.packageManager;
      if (p.filePath !== undefined) pkg.filePath = p.filePath;
      if (p.sourceLayerHash !== undefined) pkg.sourceLayerHash = p.sourceLayerHash;
      if (p.fixedInVersion !== undefined) pkg.fixedInVersion = p.fixedInVersion;
      return pkg;
    }),
    remediationText: finding.remediation?.recommendation?.text ?? 'None Provided',
    fixAvailable: (finding.fixAvailable as InspectorRecord['fixAvailable'] | undefined) ?? 'NO',
    exploitAvailable: (finding.exploitAvailable as InspectorRecord['exploitAvailable'] | undefined) ?? 'NO',
    firstObservedAt: observed,
    lastObservedAt: time(finding.lastObservedAt, observed),
    updatedAt: time(finding.updatedAt, observed),
    image: {
      region: image.region,
      registryId: container?.registry ?? image.accountId,
      repositoryName: container?.repositoryName ?? image.repositoryName,
      imageDigest: container?.imageHash ?? image.imageDigest,
      imageTags: [...(container?.imageTags ?? image.imageTags)],
      pushedAt: time(container?.pushedAt, image.pushedAt),
    },
  };
  if (details.sourceUrl !== undefined) out.sourceUrl = details.sourceUrl;
  if (details.vendorSeverity !== undefined) out.vendorSeverity = details.vendorSeverity;
  if (details.vendorCreatedAt !== undefined) out.vendorCreatedAt = details.vendorCreatedAt.getTime();
  if (details.vendorUpdatedAt !== undefined) out.vendorUpdatedAt = details.vendorUpdatedAt.getTime();
  if (finding.remediation?.recommendation?.url !== undefined)
    out.remediationUrl = finding.remediation.recommendation.url;
  if (container?.architecture !== undefined) out.image.architecture = container.architecture;
  if (container?.platform !== undefined) out.image.platform = container.platform;
  if (container?.author !== undefined) out.image.author = container.author;
  const cvss = finding.scoreDetails?.cvss;
  if (cvss !== undefined || (finding.score !== undefined && finding.severity !== 'UNTRIAGED')) {
    out.score = {
      baseScore: cvss?.score ?? finding.score ?? 0,
      scoringVector: cvss?.scoringVector ?? '',
      version: cvss?.version ?? '',
      source: cvss?.scoreSource ?? '',
      adjustments: (cvss?.adjustments ?? []).map((a) => ({ metric: a.metric ?? '', reason: a.reason ?? '' })),
    };
  }
  return out;
}
