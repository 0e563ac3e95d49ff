/** Cross-member rules shared by several operation specs (phase 4 of the engine). */
import { formatMessage } from '../errors/catalogue.js';
import { type EcrError, ecrErrors } from '../errors/ecr-error.js';
import type { ImageTagMutability } from '../types/enums.js';
import type { ImageIdentifier, ImageTagMutabilityExclusionFilter } from '../types/shapes.js';
import { CONSTRAINTS } from './constraints.js';
import { isImageDigest } from './patterns.js';

/**
 * @internal Rules V3 then V2 for one image identifier at `path`: it names a digest or a tag, and a digest is
 * `sha256:` + 64 lowercase hex digits.
 */
export function checkImageId(path: string, imageId: ImageIdentifier | undefined): EcrError | undefined {
  if (imageId === undefined) return undefined;
  const digest = imageId.imageDigest;
  if (digest === undefined && imageId.imageTag === undefined)
    return ecrErrors.invalidParameter(path, CONSTRAINTS.imageIdEmpty);
  // The member path is built only for a violation: this runs on every call that names an image.
  if (digest === undefined || isImageDigest(digest)) return undefined;
  return ecrErrors.invalidParameter(`${path}.imageDigest`, CONSTRAINTS.imageDigest);
}

/** @internal Rule V2 for a digest member at `path`. */
export function checkDigest(path: string, digest: string | undefined): EcrError | undefined {
  if (digest === undefined || isImageDigest(digest)) return undefined;
  return ecrErrors.invalidParameter(path, CONSTRAINTS.imageDigest);
}

/** @internal {@link checkImageId} for each item of a list, paths `imageIds.N.member` (1-based). */
export function checkImageIds(
  path: string,
  imageIds: readonly ImageIdentifier[] | undefined,
): EcrError | undefined {
  if (imageIds === undefined) return undefined;
  for (const [i, imageId] of imageIds.entries()) {
    const found = checkImageId(`${path}.${i + 1}.member`, imageId);
    if (found) return found;
  }
  return undefined;
}

/**
 * @internal Rule V10: exclusion filters are given with, and only with, IMMUTABLE_WITH_EXCLUSION or
 * MUTABLE_WITH_EXCLUSION (reported on `imageTagMutabilityExclusionFilters`).
 */
export function checkExclusionFilters(
  mutability: ImageTagMutability | undefined,
  filters: readonly ImageTagMutabilityExclusionFilter[] | undefined,
): EcrError | undefined {
  // CreateRepository without a mutability means MUTABLE.
  const effective = mutability ?? 'MUTABLE';
  const withExclusion = effective === 'IMMUTABLE_WITH_EXCLUSION' || effective === 'MUTABLE_WITH_EXCLUSION';
  if (withExclusion === (filters !== undefined)) return undefined;
  return ecrErrors.invalidParameter(
    'imageTagMutabilityExclusionFilters',
    formatMessage(CONSTRAINTS.exclusionFiltersNull, { imageTagMutability: effective }),
  );
}
