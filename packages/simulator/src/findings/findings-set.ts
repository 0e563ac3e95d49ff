/**
 * The findings of one image as a lazy, fixed, ordered list: counts up front, pages generated on demand.
 */
import { type BasicScanEngine, FindingSeverity, type ImageScanFinding } from '@ecr-scan-sim/model';
import type { ImageProfile } from '../glossary.js';
import { createPrng } from '../internal/prng.js';
import { generateFinding, type ImageContext } from './generate-finding.js';
import { deriveOs, type OperatingSystem, osFamily } from './operating-system.js';
import { countsOfFindings, deriveCounts, normalizeCounts, type SeverityCounts } from './severity-counts.js';

/** @internal The findings of one image (see the module documentation in `index.ts`). */
export interface FindingsSet {
  /** Per-severity counts of the whole list; only severities above zero (rule P4). */
  counts: Partial<Record<FindingSeverity, number>>;
  /** Length of the whole list. */
  total: number;
  /**
   * Findings `offset … offset + limit - 1` of the list (fewer at the end, `[]` past it). Fresh objects on every call.
   * @throws TypeError when `offset` or `limit` is not a non-negative safe integer
   */
  page(offset: number, limit: number): ImageScanFinding[];
  /** The distribution the findings come from. */
  os: { name: string; version: string };
}

function checkIndex(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`[ecr-scan-sim] findings page ${name} must be a non-negative integer, got ${value}`);
  }
}

function exactSet(findings: readonly ImageScanFinding[], os: OperatingSystem): FindingsSet {
  return {
    counts: countsOfFindings(findings),
    total: findings.length,
    os,
    page(offset, limit) {
      checkIndex('offset', offset);
      checkIndex('limit', limit);
      return structuredClone(findings.slice(offset, offset + limit));
    },
  };
}

function generatedSet(ctx: ImageContext, counts: SeverityCounts): FindingsSet {
  // Where each severity's block starts in the list: six numbers, the only per-image state kept.
  const starts: number[] = [];
  let total = 0;
  for (const severity of FindingSeverity) {
    starts.push(total);
    total += counts[severity] ?? 0;
  }
  return {
    counts,
    total,
    os: ctx.os,
    page(offset, limit) {
      checkIndex('offset', offset);
      checkIndex('limit', limit);
      const out: ImageScanFinding[] = [];
      const end = Math.min(total, offset + limit);
      let s = 0;
      for (let i = offset; i < end; i++) {
        while (i >= (starts[s] ?? 0) + (counts[FindingSeverity[s] ?? 'UNDEFINED'] ?? 0)) s++;
        const severity = FindingSeverity[s];
        const start = starts[s];
        const count = severity && counts[severity];
        if (severity === undefined || start === undefined || !count) break;
        out.push(generateFinding(ctx, severity, s, i - start, count));
      }
      return out;
    },
  };
}

/**
 * The findings of an image, deterministic from `(seed, imageDigest, profile)` (rule F1).
 * @param seed - the simulator's seed
 * @param imageDigest - `sha256:…` of the image
 * @param profile - the image's profile, if any: `findings` wins over `severityCounts`, which wins over derivation
 * @param engine - the basic-scan engine, which orders generated attributes (rule F3); default AWS_NATIVE
 * @throws TypeError when `profile.severityCounts` holds a count that is not an integer from 0 to 141,498
 * @internal
 */
export function findingsFor(
  seed: number | string,
  imageDigest: string,
  profile: ImageProfile | undefined,
  engine: BasicScanEngine = 'AWS_NATIVE',
): FindingsSet {
  const image = createPrng(seed).fork('findings').fork(imageDigest);
  const os: OperatingSystem = profile?.os
    ? { name: profile.os.name, version: profile.os.version }
    : deriveOs(image.fork('os'));
  if (profile?.findings) return exactSet(profile.findings, os);
  const counts = profile?.severityCounts
    ? normalizeCounts(profile.severityCounts)
    : deriveCounts(image.fork('counts'));
  return generatedSet({ image, os, family: osFamily(os.name), engine }, counts);
}
