/**
 * The findings of one image as a lazy, fixed, ordered list: counts up front, pages generated on demand.
 */
import { type BasicScanEngine, FindingSeverity, type ImageScanFinding } from '@ecr-scan-sim/model';
import type { ImageProfile } from '../glossary.js';
import { GenerationCache, identityKey } from '../internal/generation-cache.js';
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

/** Findings per cached chunk: a page of up to 1,000 findings spans at most 9 chunks, a page of 100 at most 2. */
const CHUNK = 128;

/**
 * @internal Generated findings and findings sets, shared by every simulator in the process (their keys hold the
 * seed). The capacity counts findings (a set counts as one): 16,384 findings. Measured (Node 24, heap after full
 * GCs, 100-finding images): about 0.9 KB per kept finding with its set and keys, so about 87 KB per image of 100
 * findings and at most about 14 MB in all.
 */
export const findingsCache = new GenerationCache<FindingsSet | readonly ImageScanFinding[]>(16_384);

/**
 * A copy of a generated finding that shares nothing with it: callers own what they get. (Spreads, not a generic
 * walk: a finding's only nested member is `attributes`, and a spread keeps the member order.)
 */
function copyOf(finding: ImageScanFinding): ImageScanFinding {
  const copy = { ...finding };
  if (finding.attributes !== undefined) copy.attributes = finding.attributes.map((a) => ({ ...a }));
  return copy;
}

let touched = 0;

/**
 * Flattens a string built by concatenation (a tree of rope nodes, ~32 bytes each) by reading a character, which
 * makes V8 copy it into one flat string and drop the tree: kept findings take about 0.55 KB instead of 1.2 KB.
 * (The read is summed into a module variable so that an optimising compiler cannot drop it.)
 */
function flat(text: string | undefined): void {
  if (text !== undefined) touched = (touched + text.charCodeAt(0)) | 0;
}

/** A generated finding as it is kept: its strings flat (see {@link flat}). */
function kept(finding: ImageScanFinding): ImageScanFinding {
  flat(finding.name);
  flat(finding.description);
  flat(finding.uri);
  for (const attribute of finding.attributes ?? []) flat(attribute.value);
  return finding;
}

function generatedSet(ctx: ImageContext, counts: SeverityCounts, key: string): FindingsSet {
  // Where each severity's block starts in the list: six numbers, the only per-image state kept.
  const starts: number[] = [];
  let total = 0;
  for (const severity of FindingSeverity) {
    starts.push(total);
    total += counts[severity] ?? 0;
  }
  // The cache key of each chunk, made once: a kept string keeps its hash, so a lookup does not hash it again.
  const chunkKeys: string[] = [];
  /** Findings `from … to - 1` of the list, generated (each from its own stream alone). */
  const generate = (from: number, to: number): ImageScanFinding[] => {
    const out: ImageScanFinding[] = [];
    let s = 0;
    for (let i = from; i < to; i++) {
      while (i >= (starts[s] ?? 0) + (counts[FindingSeverity[s] ?? 'UNDEFINED'] ?? 0)) s++;
      const severity = FindingSeverity[s];
      const start = starts[s];
      const count = severity && counts[severity];
      if (severity === undefined || start === undefined || !count) break;
      out.push(kept(generateFinding(ctx, severity, s, i - start, count)));
    }
    return out;
  };
  return {
    counts,
    total,
    os: ctx.os,
    page(offset, limit) {
      checkIndex('offset', offset);
      checkIndex('limit', limit);
      const out: ImageScanFinding[] = [];
      const end = Math.min(total, offset + limit);
      // Whole chunks are generated once and kept; the page copies its slice out of them.
      for (let chunk = Math.floor(offset / CHUNK); chunk * CHUNK < end; chunk++) {
        const first = chunk * CHUNK;
        let chunkKey = chunkKeys[chunk];
        if (chunkKey === undefined) {
          chunkKey = `${key}\u0000${chunk}`;
          chunkKeys[chunk] = chunkKey;
        }
        const findings = findingsCache.get(
          chunkKey,
          () => generate(first, Math.min(total, first + CHUNK)),
          (list) => list.length,
        ) as readonly ImageScanFinding[];
        const from = Math.max(offset, first) - first;
        const to = Math.min(end, first + findings.length) - first;
        for (let i = from; i < to; i++) out.push(copyOf(findings[i]!));
      }
      return out;
    },
  };
}

const seedText = (seed: number | string): string => (typeof seed === 'number' ? `n:${seed}` : `s:${seed}`);

/**
 * The findings of an image, deterministic from `(seed, imageDigest, profile)` (rule F1). Sets and their findings
 * are generated once per `(seed, imageDigest, profile, engine)` and kept in {@link findingsCache}; a profile is told
 * apart by identity, as the simulator never changes one in place (it copies a new one in).
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
  const key = `${seedText(seed)}\u0000${imageDigest}\u0000${identityKey(profile)}\u0000${engine}`;
  return findingsCache.get(key, () => makeSet(seed, imageDigest, profile, engine, key)) as FindingsSet;
}

function makeSet(
  seed: number | string,
  imageDigest: string,
  profile: ImageProfile | undefined,
  engine: BasicScanEngine,
  key: string,
): FindingsSet {
  const image = createPrng(seed).fork('findings').fork(imageDigest);
  const os: OperatingSystem = profile?.os
    ? { name: profile.os.name, version: profile.os.version }
    : deriveOs(image.fork('os'));
  if (profile?.findings) return exactSet(profile.findings, os);
  const counts = profile?.severityCounts
    ? normalizeCounts(profile.severityCounts)
    : deriveCounts(image.fork('counts'));
  return generatedSet({ image, os, family: osFamily(os.name), engine }, counts, key);
}
