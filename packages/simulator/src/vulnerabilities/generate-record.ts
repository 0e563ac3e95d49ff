/**
 * One vulnerability record from the image's stream and its position alone (rule E14): no other record is looked
 * at, so a page of 100 costs 100 records whatever the image holds. Base findings (its first scan) share their CVE
 * id, package and description with the basic finding of the same position, so both scanners agree about an image;
 * feed additions (rule E16) get CVE ids of their publication year in a range basic findings never use.
 */
import type { EnhancedFindingSeverity, FindingSeverity } from '@ecr-scan-sim/model';
import { type Cvss3, pickCvss3 } from '../findings/cvss.js';
import { findingParts, flawOf, type ImageContext } from '../findings/generate-finding.js';
import { hashString, type Prng } from '../internal/prng.js';
import { advisoryOf, packageArchOf, splitVersion, vendorSeverityOf } from './platform.js';
import type { VulnerabilityRecord, VulnerablePackageRecord } from './record.js';

/** @internal What every record of one image (and one evaluation) shares. */
export interface RecordContext extends ImageContext {
  seed: number | string;
  accountId: string;
  region: string;
  repositoryName: string;
  imageDigest: string;
  architecture: string;
  /** First results of the scan (rule E17: base findings' firstObservedAt). */
  resultsAt: number;
  /** The last evaluation (lastObservedAt, updatedAt). */
  evaluatedAt: number;
  /** The image's finding ARN of a vulnerability id (rule E19). */
  arnOf: (vulnerabilityId: string) => string;
  /** Layer hashes computed so far (a per-image cache, not state). */
  layers: string[];
  /** The layer digests the image's manifest lists; when there are any, packages come from them (rule E24). */
  manifestLayers: readonly string[];
}

const DAY_MS = 86_400_000;
const FIX_TEXT = 'Update all packages in the vulnerable packages section to their latest versions.';
const NO_FIX_TEXT = 'None Provided';
const EXPLOIT_RATE: Readonly<Record<EnhancedFindingSeverity, number>> = {
  CRITICAL: 0.3,
  HIGH: 0.15,
  MEDIUM: 0.05,
  LOW: 0.02,
  INFORMATIONAL: 0.01,
  UNTRIAGED: 0.02,
};

/** The basic lane of an Inspector severity (UNTRIAGED is UNDEFINED's lane). */
export function basicSeverityOf(severity: EnhancedFindingSeverity): FindingSeverity {
  return severity === 'UNTRIAGED' ? 'UNDEFINED' : severity;
}

/** A CVSS vector for an Inspector severity: INFORMATIONAL findings score in the LOW band; UNTRIAGED have none. */
function cvssFor(severity: EnhancedFindingSeverity, prng: Prng): Cvss3 | undefined {
  if (severity === 'UNTRIAGED') return undefined;
  return pickCvss3(severity === 'INFORMATIONAL' ? 'LOW' : severity, prng);
}

/** The layer a package comes from: one of the manifest's layers, else a synthetic digest stable per (image, layer). */
function layerHash(ctx: RecordContext, layer: number): string {
  const listed = ctx.manifestLayers;
  if (listed.length > 0) return listed[layer % listed.length] as string;
  const known = ctx.layers[layer];
  if (known !== undefined) return known;
  let hex = '';
  for (let i = 0; i < 8; i++) {
    hex += hashString(`${ctx.imageDigest}\u0000layer:${layer}\u0000${i}`).toString(16).padStart(8, '0');
  }
  ctx.layers[layer] = `sha256:${hex}`;
  return ctx.layers[layer];
}

/** `1~deb12u2` → `1~deb12u3`: the last run of digits, plus one (a release without digits gets `.1`). */
function bumpRelease(release: string): string {
  let end = release.length;
  while (end > 0 && !isDigit(release.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isDigit(release.charCodeAt(start - 1))) start--;
  if (start === end) return `${release}.1`;
  return `${release.slice(0, start)}${Number(release.slice(start, end)) + 1}${release.slice(end)}`;
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The fixed version: the release's last number bumped (`1~deb12u2` → `1~deb12u3`), epoch-prefixed on Ubuntu. */
function fixedVersion(ctx: RecordContext, version: string, release: string | undefined): string {
  const bumped = release === undefined ? `${version}.1` : `${version}-${bumpRelease(release)}`;
  return ctx.family === 'ubuntu' ? `0:${bumped}` : bumped;
}

function packagesOf(
  ctx: RecordContext,
  name: string,
  fullVersion: string,
  fix: VulnerabilityRecord['fixAvailable'],
  prng: Prng,
): VulnerablePackageRecord[] {
  // OpenSSL ships as two binary packages on Debian and Ubuntu: one advisory names both (INSP-EB 2024 example).
  const names =
    name === 'openssl' && (ctx.family === 'debian' || ctx.family === 'ubuntu')
      ? ['libssl3', 'openssl']
      : [name];
  const { version, release } = splitVersion(fullVersion);
  const layer = layerHash(ctx, prng.int(4));
  return names.map((packageName, i) => ({
    name: packageName,
    version,
    ...(release === undefined ? {} : { release }),
    epoch: 0,
    arch: packageArchOf(ctx.family, ctx.architecture),
    packageManager: 'OS',
    sourceLayerHash: layer,
    fixedInVersion:
      fix === 'YES' || (fix === 'PARTIAL' && i === 0) ? fixedVersion(ctx, version, release) : 'NotAvailable',
  }));
}

interface Draft {
  vulnerabilityId: string;
  severity: EnhancedFindingSeverity;
  cvss: Cvss3 | undefined;
  packageName: string;
  packageVersion: string;
  description: string;
  vendorCreatedAt: number;
  vendorUpdatedAt: number;
  firstObservedAt: number;
}

function complete(ctx: RecordContext, draft: Draft, prng: Prng): VulnerabilityRecord {
  const twoPackages = draft.packageName === 'openssl' && (ctx.family === 'debian' || ctx.family === 'ubuntu');
  const fixRoll = prng.next();
  const fixAvailable: VulnerabilityRecord['fixAvailable'] =
    fixRoll < 0.55 ? 'YES' : twoPackages && fixRoll < 0.65 ? 'PARTIAL' : 'NO';
  const exploit = prng.next() < EXPLOIT_RATE[draft.severity];
  const epss =
    Math.round((exploit ? 0.1 + prng.next() * 0.87 : 0.0004 + prng.next() * 0.05) * 100_000) / 100_000;
  const packages = packagesOf(ctx, draft.packageName, draft.packageVersion, fixAvailable, prng);
  const advisory = advisoryOf(ctx.family, draft.vulnerabilityId);
  const related =
    ctx.family === 'ubuntu' && prng.next() < 0.3 ? [`USN-${6000 + prng.int(1500)}-${1 + prng.int(2)}`] : [];
  const record: VulnerabilityRecord = {
    vulnerabilityId: draft.vulnerabilityId,
    severity: draft.severity,
    score: draft.cvss?.score ?? 0,
    description: draft.description,
    packages,
    fixAvailable,
    exploitAvailable: exploit ? 'YES' : 'NO',
    epss,
    source: advisory.source,
    sourceUrl: advisory.url,
    referenceUrls: [`https://nvd.nist.gov/vuln/detail/${draft.vulnerabilityId}`],
    relatedVulnerabilities: related,
    vendorSeverity: vendorSeverityOf(ctx.family, draft.severity),
    vendorCreatedAt: draft.vendorCreatedAt,
    vendorUpdatedAt: draft.vendorUpdatedAt,
    remediationText: fixAvailable === 'NO' ? NO_FIX_TEXT : FIX_TEXT,
    findingArn: ctx.arnOf(draft.vulnerabilityId),
    firstObservedAt: draft.firstObservedAt,
    lastObservedAt: ctx.evaluatedAt,
    updatedAt: ctx.evaluatedAt,
  };
  if (draft.cvss) {
    record.cvss = {
      baseScore: draft.cvss.score,
      scoringVector: draft.cvss.vector,
      version: '3.1',
      source: 'NVD',
    };
  }
  return record;
}

/**
 * @internal Record `j` of the `count` base findings of `severity` (the image's first scan, rule E14).
 * @param severityIndex - the lane: the index in the model's `FindingSeverity` order (UNTRIAGED is UNDEFINED's, 5)
 */
export function baseRecord(
  ctx: RecordContext,
  severity: EnhancedFindingSeverity,
  severityIndex: number,
  j: number,
  count: number,
): VulnerabilityRecord {
  const parts = findingParts(ctx, basicSeverityOf(severity), severityIndex, j, count);
  // The basic finding's stream, continued: its parts stay the basic finding's, the rest is drawn after them.
  const prng = parts.prng;
  const cvss = severity === 'INFORMATIONAL' ? cvssFor(severity, prng) : parts.cvss;
  const year = Number(parts.name.slice(4, 8));
  const created = Date.UTC(year, prng.int(12), 1 + prng.int(28));
  // A vendor record is never younger than the scan that reports it.
  const vendorCreatedAt = Math.min(created, ctx.resultsAt - DAY_MS);
  const vendorUpdatedAt = Math.min(vendorCreatedAt + prng.int(400) * DAY_MS, ctx.resultsAt);
  return complete(
    ctx,
    {
      vulnerabilityId: parts.name,
      severity,
      cvss,
      packageName: parts.pkg.name,
      packageVersion: parts.version,
      description: parts.description,
      vendorCreatedAt,
      vendorUpdatedAt,
      firstObservedAt: ctx.resultsAt,
    },
    prng,
  );
}

/**
 * @internal Feed addition `j` of `severity` (rule E16), published at `published` and first observed at `observed`.
 * Its CVE id is of the publication year, numbered above 99999 (basic ids never are), unique per image.
 */
export function addedRecord(
  ctx: RecordContext,
  severity: EnhancedFindingSeverity,
  severityIndex: number,
  j: number,
  published: number,
  observed: number,
): VulnerabilityRecord {
  const prng = ctx.image.fork(`feed:${severity}:${j}`);
  const cvss = cvssFor(severity, prng);
  const flaw = flawOf(ctx, cvss, prng);
  const year = new Date(published).getUTCFullYear();
  const vulnerabilityId = `CVE-${year}-${100_000 + 6 * j + severityIndex}`;
  return complete(
    ctx,
    {
      vulnerabilityId,
      severity,
      cvss,
      packageName: flaw.pkg.name,
      packageVersion: flaw.version,
      description: flaw.description,
      vendorCreatedAt: published - prng.int(3) * DAY_MS,
      vendorUpdatedAt: published,
      firstObservedAt: observed,
    },
    prng,
  );
}
