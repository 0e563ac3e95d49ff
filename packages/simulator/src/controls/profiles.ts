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
