/**
 * One generated finding, from the image's stream and its position alone (no other finding is looked at).
 */
import type { Attribute, BasicScanEngine, FindingSeverity, ImageScanFinding } from '@ecr-scan-sim/model';
import type { Prng } from '../internal/prng.js';
import { cveName } from './cve-names.js';
import { type Cvss3, type Cvss3Metrics, cvss2From, formatScore, pickCvss3 } from './cvss.js';
import { type OperatingSystem, type OsFamily, packageVersion, trackerUri } from './operating-system.js';
import { ACTORS, IMPACTS, type ImpactKind, PACKAGES, type PackageEntry } from './word-tables.js';

/** @internal What every finding of one image shares. */
export interface ImageContext {
  /** The image's stream: `createPrng(seed).fork('findings').fork(digest)`. Only forked, never advanced. */
  image: Prng;
  os: OperatingSystem;
  family: OsFamily;
  /** The basic-scan engine: it decides the attribute order (rule F3). */
  engine: BasicScanEngine;
}

/**
 * Rule F2: the share of generated findings without a `description` (real findings sometimes have none:
 * aws/aws-cli#6759, a cultureamp fixture). Decided per finding by its own stream, so no other value moves.
 */
export const NO_DESCRIPTION_SHARE = 0.1;

const packagesByFamily = new Map<OsFamily, readonly PackageEntry[]>();

function packagesFor(family: OsFamily): readonly PackageEntry[] {
  let list = packagesByFamily.get(family);
  if (!list) {
    list = PACKAGES.filter((p) => !p.only || p.only.includes(family));
    packagesByFamily.set(family, list);
  }
  return list;
}

function pick<T>(items: readonly T[], prng: Prng): T {
  const item = items[prng.int(items.length)];
  if (item === undefined) throw new RangeError('[ecr-scan-sim] internal: empty word table');
  return item;
}

const LEVEL = { H: 2, L: 1, N: 0 } as const;

/** The impact a vector describes: full C+I compromise reads as code execution, else the strongest of A, C, I. */
function impactOf(m: Cvss3Metrics): ImpactKind {
  const c = LEVEL[m.C];
  const i = LEVEL[m.I];
  const a = LEVEL[m.A];
  if (c === 2 && i === 2) return 'code';
  if (a >= c && a >= i) return 'dos';
  return c >= i ? 'leak' : 'tamper';
}

const KINDS: readonly ImpactKind[] = ['code', 'dos', 'leak', 'tamper'];

function describe(pkg: PackageEntry, cvss: Cvss3 | undefined, prng: Prng): string {
  const kind = cvss ? impactOf(cvss.metrics) : pick(KINDS, prng);
  const actor = pick(ACTORS[cvss ? cvss.metrics.AV : prng.next() < 0.7 ? 'N' : 'L'], prng);
  const impact = IMPACTS[kind];
  return (
    `${pick(impact.weaknesses, prng)} in ${pick(pkg.components, prng)} in ${pkg.name} ${pkg.upstream} ` +
    `allows ${actor} to ${pick(impact.outcomes, prng)} via ${pick(pkg.inputs, prng)}.`
  );
}

/** @internal The material of one generated vulnerability, shared by the basic finding and the enhanced record. */
export interface FindingParts {
  name: string;
  pkg: PackageEntry;
  /** The distribution-flavoured version (`3.0.11-1~deb12u2`): the same for every finding of the package in the image. */
  version: string;
  cvss: Cvss3 | undefined;
  /** NVD's v2 mapping, for older CVEs. */
  cvss2: { vector: string; score: number } | undefined;
  description: string;
  /** The finding's stream after these draws: more draws from it never change the parts above. */
  prng: Prng;
}

/**
 * The parts of finding `j` (0-based) of the `count` findings of `severity` in one image, from the stream
 * `<SEVERITY>:<j>` alone (draws in a fixed order, so basic findings stay what they were).
 * @param severityIndex - the index of `severity` in the model's `FindingSeverity` order
 * @internal
 */
export function findingParts(
  ctx: ImageContext,
  severity: FindingSeverity,
  severityIndex: number,
  j: number,
  count: number,
): FindingParts {
  const prng = ctx.image.fork(`${severity}:${j}`);
  const name = cveName(severityIndex, j, count, prng);
  const pkg = pick(packagesFor(ctx.family), prng);
  const version = packageVersion(ctx.os, pkg.upstream, ctx.image.fork(`package:${pkg.name}`));
  const cvss = pickCvss3(severity, prng);
  let cvss2: FindingParts['cvss2'];
  if (cvss) {
    // Older CVEs usually still carry their NVD v2 scoring.
    const year = Number(name.slice(4, 8));
    if (prng.next() < (year <= 2019 ? 0.7 : 0.15)) cvss2 = cvss2From(cvss.metrics);
  }
  return { name, pkg, version, cvss, cvss2, description: describe(pkg, cvss, prng), prng };
}

/** @internal A package of the image's distribution and a flaw description for it (feed additions, rule E16). */
export function flawOf(
  ctx: ImageContext,
  cvss: Cvss3 | undefined,
  prng: Prng,
): Omit<FindingParts, 'name' | 'cvss' | 'cvss2' | 'prng'> {
  const pkg = pick(packagesFor(ctx.family), prng);
  const version = packageVersion(ctx.os, pkg.upstream, ctx.image.fork(`package:${pkg.name}`));
  return { pkg, version, description: describe(pkg, cvss, prng) };
}

/**
 * Finding `j` (0-based) of the `count` findings of `severity` in one image.
 * @param severityIndex - the index of `severity` in the model's `FindingSeverity` order
 * @internal
 */
export function generateFinding(
  ctx: ImageContext,
  severity: FindingSeverity,
  severityIndex: number,
  j: number,
  count: number,
): ImageScanFinding {
  const { name, version, pkg, cvss, cvss2, description } = findingParts(
    ctx,
    severity,
    severityIndex,
    j,
    count,
  );
  const packageAttributes: Attribute[] = [
    { key: 'package_name', value: pkg.name },
    { key: 'package_version', value: version },
  ];
  // F3: AWS_NATIVE lists CVSS3_SCORE first, then package_version and package_name (steampipe-plugin-aws#2357,
  // 2024-12); CLAIR keeps the package pair first.
  const native = ctx.engine === 'AWS_NATIVE';
  const attributes: Attribute[] = native ? [] : packageAttributes;
  if (cvss) attributes.push({ key: 'CVSS3_SCORE', value: formatScore(cvss.score) });
  if (native) attributes.push(packageAttributes[1] as Attribute, packageAttributes[0] as Attribute);
  if (cvss) {
    attributes.push({ key: 'CVSS3_VECTOR', value: cvss.vector });
    if (cvss2) {
      attributes.push({ key: 'CVSS2_SCORE', value: formatScore(cvss2.score) });
      attributes.push({ key: 'CVSS2_VECTOR', value: cvss2.vector });
    }
  }
  const finding: ImageScanFinding = { name };
  // F2: a deterministic share has no description (its own stream: the other members do not move).
  if (ctx.image.fork(`${severity}:${j}:description`).next() >= NO_DESCRIPTION_SHARE)
    finding.description = description;
  finding.uri = trackerUri(ctx.family, name);
  finding.severity = severity;
  finding.attributes = attributes;
  return finding;
}
