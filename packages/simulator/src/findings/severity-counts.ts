/**
 * Per-severity counts of an image's findings: taken from the profile, or derived from the image's stream.
 * Counts only ever hold severities above zero (rule P4).
 */
import { FindingSeverity, type ImageScanFinding } from '@ecr-scan-sim/model';
import type { Prng } from '../internal/prng.js';
import { MAX_FINDINGS_PER_SEVERITY } from './cve-names.js';

/** @internal Per-severity counts with only severities above zero. */
export type SeverityCounts = Partial<Record<FindingSeverity, number>>;

/** Counts in the model's severity order (so serialized counts read alike), dropping zeros (rule P4). */
function ordered(tally: ReadonlyMap<FindingSeverity, number>): SeverityCounts {
  const counts: SeverityCounts = {};
  for (const severity of FindingSeverity) {
    const n = tally.get(severity);
    if (n) counts[severity] = n;
  }
  return counts;
}

/** @internal Counts of exact findings (a finding without a severity is in the total but in no count). */
export function countsOfFindings(findings: readonly ImageScanFinding[]): SeverityCounts {
  const tally = new Map<FindingSeverity, number>();
  for (const finding of findings) {
    const severity = finding.severity;
    if (severity !== undefined && FindingSeverity.includes(severity)) {
      tally.set(severity, (tally.get(severity) ?? 0) + 1);
    }
  }
  return ordered(tally);
}

/**
 * The profile's `severityCounts`, checked and with zeros dropped. Keys other than the six severities are ignored
 * (read with `Object.hasOwn`, so `__proto__` and friends are inert).
 * @throws TypeError when a count is not an integer in [0, 141498]
 * @internal
 */
export function normalizeCounts(
  given: Partial<Record<FindingSeverity | 'UNTRIAGED', number>>,
): SeverityCounts {
  const counts: SeverityCounts = {};
  // UNTRIAGED (Inspector's "no score yet") is basic scanning's UNDEFINED: one lane, two names.
  for (const key of [...FindingSeverity, 'UNTRIAGED'] as const) {
    if (!Object.hasOwn(given, key)) continue;
    const n = given[key];
    if (n === undefined) continue;
    if (!Number.isInteger(n) || n < 0 || n > MAX_FINDINGS_PER_SEVERITY) {
      throw new TypeError(
        `[ecr-scan-sim] severityCounts.${key} must be an integer from 0 to ${MAX_FINDINGS_PER_SEVERITY}, got ${n}`,
      );
    }
    const severity: FindingSeverity = key === 'UNTRIAGED' ? 'UNDEFINED' : key;
    const total = (counts[severity] ?? 0) + n;
    if (total > MAX_FINDINGS_PER_SEVERITY) {
      throw new TypeError(
        `[ecr-scan-sim] severityCounts.UNDEFINED + UNTRIAGED must be at most ${MAX_FINDINGS_PER_SEVERITY}, got ${total}`,
      );
    }
    if (total > 0) counts[severity] = total;
  }
  return ordered(new Map(Object.entries(counts) as [FindingSeverity, number][]));
}

/** Relative weights of a derived image's findings: mostly LOW/MEDIUM/INFORMATIONAL, few CRITICAL. */
const WEIGHTS: Readonly<Record<FindingSeverity, number>> = {
  CRITICAL: 2,
  HIGH: 10,
  MEDIUM: 30,
  LOW: 28,
  INFORMATIONAL: 24,
  UNDEFINED: 6,
};

/** @internal Share of derived images that are clean (no findings at all). */
export const CLEAN_IMAGE_RATE = 0.15;

/** @internal The largest total a derived image gets. */
export const MAX_DERIVED_TOTAL = 300;

/**
 * Counts for an image whose profile says nothing: clean with probability {@link CLEAN_IMAGE_RATE}, otherwise a total
 * in [1, 300] skewed towards small images, spread over severities by {@link WEIGHTS} (O(total) draws).
 * @internal
 */
export function deriveCounts(prng: Prng): SeverityCounts {
  if (prng.next() < CLEAN_IMAGE_RATE) return {};
  const total = 1 + Math.floor(prng.next() ** 2 * MAX_DERIVED_TOTAL);
  const weightSum = FindingSeverity.reduce((sum, s) => sum + WEIGHTS[s], 0);
  const tally = new Map<FindingSeverity, number>();
  for (let k = 0; k < total; k++) {
    let ticket = prng.int(weightSum);
    for (const severity of FindingSeverity) {
      if (ticket < WEIGHTS[severity]) {
        tally.set(severity, (tally.get(severity) ?? 0) + 1);
        break;
      }
      ticket -= WEIGHTS[severity];
    }
  }
  return ordered(tally);
}
