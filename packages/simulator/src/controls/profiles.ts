import { EnhancedFindingSeverity, FindingSeverity } from '@ecr-scan-sim/model';
import { MAX_FINDINGS_PER_SEVERITY } from '../findings/cve-names.js';
import type { ImageProfile, ImageRef } from '../glossary.js';
import { findImage } from '../state/lookup.js';
import type { ImageState, SimState } from '../state/types.js';

const OUTCOMES = ['COMPLETE', 'FAILED', 'UNSUPPORTED_IMAGE'];

/** @internal Throws a TypeError for a malformed profile. */
export function checkProfile(profile: ImageProfile): void {
  const fail = (detail: string): never => {
    throw new TypeError(`[ecr-scan-sim] setImageProfile: ${detail}`);
  };
  if (typeof profile !== 'object' || profile === null) fail('profile must be an object');
  if (profile.outcome !== undefined && !OUTCOMES.includes(profile.outcome)) {
    fail(`outcome must be one of ${OUTCOMES.join(', ')}, got ${String(profile.outcome)}`);
  }
  const duration = profile.scanDurationMs;
  if (
    duration !== undefined &&
    !(typeof duration === 'number' && Number.isFinite(duration) && duration >= 0)
  ) {
    fail(`scanDurationMs must be a finite number >= 0, got ${String(duration)}`);
  }
  const os = profile.os;
  if (os !== undefined && (typeof os?.name !== 'string' || typeof os.version !== 'string')) {
    fail('os must be { name: string, version: string }');
  }
  if (profile.findings !== undefined && !Array.isArray(profile.findings)) fail('findings must be an array');
  checkSeverityCounts(profile.severityCounts, fail);
  checkEnhancedFindings(profile.enhancedFindings, fail);
}

const COUNT_KEYS: readonly string[] = [...FindingSeverity, 'UNTRIAGED'];

/** Rule E28: counts are whole numbers per known severity (UNTRIAGED allowed); a bad one names its field. */
function checkSeverityCounts(counts: unknown, fail: (detail: string) => never): void {
  if (counts === undefined) return;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts))
    fail('severityCounts must be an object');
  for (const key of Object.keys(counts as object)) {
    if (!COUNT_KEYS.includes(key))
      fail(`severityCounts.${key} is not a severity (one of ${COUNT_KEYS.join(', ')})`);
    const n = (counts as Record<string, unknown>)[key];
    if (n === undefined) continue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_FINDINGS_PER_SEVERITY) {
      fail(
        `severityCounts.${key} must be an integer from 0 to ${MAX_FINDINGS_PER_SEVERITY}, got ${String(n)}`,
      );
    }
  }
}

/** Rule E28: every exact enhanced finding has an Inspector severity and a vulnerability id. */
function checkEnhancedFindings(findings: unknown, fail: (detail: string) => never): void {
  if (findings === undefined) return;
  if (!Array.isArray(findings)) fail('enhancedFindings must be an array');
  (findings as unknown[]).forEach((finding, i) => {
    const at = `enhancedFindings[${i}]`;
    if (typeof finding !== 'object' || finding === null) fail(`${at} must be an object`);
    const { severity, packageVulnerabilityDetails: details } = finding as {
      severity?: unknown;
      packageVulnerabilityDetails?: { vulnerabilityId?: unknown };
    };
    if (!(EnhancedFindingSeverity as readonly unknown[]).includes(severity)) {
      fail(`${at}.severity must be one of ${EnhancedFindingSeverity.join(', ')}, got ${String(severity)}`);
    }
    const id = details?.vulnerabilityId;
    if (typeof id !== 'string' || id === '')
      fail(`${at}.packageVulnerabilityDetails.vulnerabilityId must be a non-empty string`);
  });
}

/**
 * Sets what every scan of an image yields (outcome, OS, findings, duration). A profile describes the image's
 * content, so it applies to its past and future scans alike: scan outcomes are derived when read.
 * @throws TypeError when the image does not exist or the profile is malformed
 * @internal
 */
export function setProfile(
  state: SimState,
  defaultRegion: string,
  ref: ImageRef,
  profile: ImageProfile,
): void {
  checkProfile(profile);
  const region = ref.region ?? defaultRegion;
  const repository = state.registries.get(region)?.repositories.get(ref.repositoryName);
  const image: ImageState | undefined = repository
    ? findImage(repository, { imageDigest: ref.imageDigest, imageTag: ref.imageTag })
    : undefined;
  if (!image) {
    throw new TypeError(
      `[ecr-scan-sim] setImageProfile: no image ${ref.imageDigest ?? ref.imageTag ?? '(no digest or tag)'} in repository '${ref.repositoryName}' (${region}). Push it first.`,
    );
  }
  image.profile = structuredClone(profile);
}
