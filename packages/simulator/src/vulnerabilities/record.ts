/**
 * The neutral vulnerability record: one (image, vulnerability) pair as enhanced scanning knows it, before it is
 * rendered in ECR's `EnhancedImageScanFinding` shape (enhanced/render-ecr-finding.ts) or Inspector's `Finding` shape
 * (events today, Inspector2 later). One generator, several renderings: every field a rendering needs is here, in
 * plain data (times in epoch ms).
 */
import type { EnhancedFindingSeverity } from '@ecr-scan-sim/model';

/** @internal One vulnerable package of an image. */
export interface VulnerablePackageRecord {
  name: string;
  /** Upstream version, e.g. `3.0.11`. */
  version: string;
  /** Distribution release, e.g. `1~deb12u2`, `r15`, `12.amzn2023.0.4`; absent when there is none. */
  release?: string;
  epoch: number;
  /** Package architecture as Inspector spells it: `AMD64`, `ARM64`, `X86_64`, `AARCH64`. */
  arch: string;
  packageManager: 'OS';
  sourceLayerHash: string;
  /** `NotAvailable` when there is no fix. */
  fixedInVersion: string;
}

/** @internal A CVSS v3.1 score as the record keeps it. */
export interface CvssRecord {
  baseScore: number;
  scoringVector: string;
  version: '3.1';
  source: 'NVD';
}

/** @internal One (image, vulnerability) pair. */
export interface VulnerabilityRecord {
  vulnerabilityId: string;
  severity: EnhancedFindingSeverity;
  /** Inspector's score: the CVSS base score; 0 for UNTRIAGED. */
  score: number;
  /** Absent for UNTRIAGED (no `scoreDetails`, `cvss: []`). */
  cvss?: CvssRecord;
  description: string;
  packages: VulnerablePackageRecord[];
  fixAvailable: 'YES' | 'NO' | 'PARTIAL';
  exploitAvailable: 'YES' | 'NO';
  /** EPSS probability (Inspector's `epss.score`; not part of ECR's shape). */
  epss: number;
  source: string;
  sourceUrl: string;
  referenceUrls: string[];
  relatedVulnerabilities: string[];
  vendorSeverity: string;
  vendorCreatedAt: number;
  vendorUpdatedAt: number;
  remediationText: string;
  findingArn: string;
  firstObservedAt: number;
  lastObservedAt: number;
  updatedAt: number;
}

/** @internal The image a record belongs to: what `resources[0]` of a finding describes. */
export interface ImageResource {
  accountId: string;
  region: string;
  repositoryName: string;
  imageDigest: string;
  imageTags: string[];
  pushedAt: number;
  /** Inspector platform, e.g. `DEBIAN_12`, `UBUNTU_22_04`, `AMAZON_LINUX_2023`. */
  platform: string;
  /** Image architecture, lower case: `amd64` or `arm64`. */
  architecture: string;
}
