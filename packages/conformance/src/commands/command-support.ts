import type { ImageIdentifier } from '@ecr-scan-sim/model';
import type fc from 'fast-check';
import type { Oracle } from '../model/oracle.js';
import type { ModelImage, Prediction } from '../model/oracle-types.js';
import type { Outcome } from '../system/outcome.js';
import { show } from '../system/outcome.js';
import type { SystemUnderTest } from '../system/system.js';

/** A conformance command: the oracle is the model, the simulator (and its twin) the real system. */
export type EcrCommand = fc.AsyncCommand<Oracle, SystemUnderTest>;

/**
 * Repository names commands address by position: chosen so registry filters tell the contains rule (`r1` matches
 * `r1` and `r1-prod`) from whole-name globs (`*r2` matches `team/r2`, `r1*` both `r1` names).
 */
export const REPOSITORIES = ['r1', 'r1-prod', 'team/r2'] as const;
/** Tags commands address by position. */
export const TAGS = ['t1', 't2', 't3', 'latest'] as const;

/** How a command names an image: by digest, by tag, by both, or by a tag that does not exist. */
export type ImageAddress = 'digest' | 'tag' | 'both' | 'missing';
export const IMAGE_ADDRESSES: readonly ImageAddress[] = ['digest', 'tag', 'both', 'missing'];

/** An image addressed positionally, resolved against the oracle at run time. */
export interface ResolvedImage {
  repositoryName: string;
  imageId: ImageIdentifier;
  /** The oracle's image, or undefined when the address names none (ImageNotFoundException expected). */
  image: ModelImage | undefined;
}

/** Picks `images[imageIndex % images.length]` and builds the imageId the address asks for. */
export function resolveImage(oracle: Oracle, imageIndex: number, address: ImageAddress): ResolvedImage {
  const image = oracle.images[imageIndex % oracle.images.length];
  if (!image) throw new Error('[conformance] resolveImage needs at least one image (check() guards this)');
  const tag = [...image.tags].sort()[0];
  if (address === 'missing')
    return { repositoryName: image.repositoryName, imageId: { imageTag: 'missing' }, image: undefined };
  if (address === 'tag' && tag !== undefined)
    return { repositoryName: image.repositoryName, imageId: { imageTag: tag }, image };
  if (address === 'both' && tag !== undefined) {
    return {
      repositoryName: image.repositoryName,
      imageId: { imageDigest: image.digest, imageTag: tag },
      image,
    };
  }
  return { repositoryName: image.repositoryName, imageId: { imageDigest: image.digest }, image };
}

/** The CLI spelling of an imageId: `imageDigest=sha256:…,imageTag=t1`. */
export function cliImageId(imageId: ImageIdentifier): string {
  const parts: string[] = [];
  if (imageId.imageDigest !== undefined) parts.push(`imageDigest=${imageId.imageDigest.slice(0, 19)}…`);
  if (imageId.imageTag !== undefined) parts.push(`imageTag=${imageId.imageTag}`);
  return parts.join(',');
}

/**
 * Checks the simulator's outcome against the oracle's prediction: same success or same exception name, and
 * (on success) whatever `compare` returns as a difference. Throws a readable error on a disagreement.
 */
export function expectPrediction<T>(
  label: string,
  predicted: Prediction<T>,
  actual: Outcome,
  compare?: (value: T, output: unknown) => string | undefined,
): void {
  if (!predicted.ok) {
    if (!actual.ok && actual.error.name === predicted.error) return;
    throw disagreement(label, predicted.error, show(actual));
  }
  if (!actual.ok) throw disagreement(label, 'success', show(actual));
  const difference = compare?.(predicted.value, actual.value);
  if (difference !== undefined) throw disagreement(label, difference, show(actual));
}

function disagreement(label: string, expected: string, actual: string): Error {
  return new Error(
    `[conformance] ${label}: the oracle and the simulator disagree\n  oracle: ${expected}\n  simulator: ${actual}`,
  );
}

/** Reads a member path from a normalised output. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
