import { CONSTRAINTS, ecrErrors, type PutImageRequest, type PutImageResponse } from '@ecr-scan-sim/model';
import { manifestDigest } from '../internal/digest.js';
import { isScanned, openEnhancedScan, rescanOnRepush } from '../state/enhanced-scans.js';
import { requireRepository } from '../state/lookup.js';
import { analyseManifest, storedManifest } from '../state/manifest-info.js';
import { enhancedFrequencyOf } from '../state/registry-scanning.js';
import { effectiveScanConfiguration } from '../state/scanning-config.js';
import { acceptScan, markLimitExceeded } from '../state/scans.js';
import { isImmutableTag } from '../state/tag-mutability.js';
import type { ImageState, RegistryState, RepositoryState, StorageState } from '../state/types.js';
import type { Operation } from './context.js';

/**
 * The storage of an image that has never been archived, shared by all of them: storage is replaced on archive and
 * restore, never changed in place (frozen, so a change in place would throw).
 */
const NEVER_ARCHIVED: StorageState = Object.freeze({ archived: false });

/**
 * PutImage (rule I4): stores the manifest under the sha256 of its UTF-8 bytes, moves the tag to it, restores an
 * archived image that is pushed again (A1), and starts a scan on push for a new scannable image (C1, Q2, Q4, Q5).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImage.html
 * @internal
 */
export const putImage: Operation<PutImageRequest, PutImageResponse> = (ctx, input) => {
  const name = input.repositoryName as string;
  const accountId = ctx.options.accountId;
  const { registry, repository } = requireRepository(ctx, input.registryId, name);
  const manifest = input.imageManifest as string;
  const info = analyseManifest(
    manifest,
    input.imageManifestMediaType,
    (d) => repository.images.get(d)?.sizeInBytes,
  );
  // I4: this observed message names the member with a capital I.
  if (!info) throw ecrErrors.invalidParameter('ImageManifest', CONSTRAINTS.imageManifest);
  const digest = manifestDigest(manifest);
  if (input.imageDigest !== undefined && input.imageDigest !== digest) {
    throw ecrErrors.imageDigestDoesNotMatch(input.imageDigest, digest);
  }
  const tag = input.imageTag;
  const existing = repository.images.get(digest);
  const tagHolder = tag === undefined ? undefined : repository.tags.get(tag);
  const restores = existing?.storage.archived === true;
  if (existing && !restores && (tag === undefined || tagHolder === digest)) {
    throw ecrErrors.imageAlreadyExists({
      repositoryName: name,
      registryId: accountId,
      imageDigest: digest,
      imageTag: tag,
    });
  }
  if (
    tag !== undefined &&
    tagHolder !== undefined &&
    tagHolder !== digest &&
    isImmutableTag(repository, tag)
  ) {
    throw ecrErrors.imageTagAlreadyExists(tag, name);
  }

  // --- commit (nothing above changed the state: rule X1) ---
  const image: ImageState = existing ?? {
    digest,
    manifest: storedManifest(manifest),
    manifestMediaType: info.mediaType,
    artifactMediaType: info.artifactMediaType,
    kind: info.kind,
    sizeInBytes: info.sizeInBytes,
    pushedAt: ctx.now,
    tags: [],
    lastAcceptedStart: undefined,
    scans: [],
    limitExceeded: undefined,
    storage: NEVER_ARCHIVED,
    profile: undefined,
  };
  if (!existing) repository.images.set(digest, image);
  if (tag !== undefined && tagHolder !== digest) {
    const previous = tagHolder === undefined ? undefined : repository.images.get(tagHolder);
    // An image losing its last tag stays, untagged.
    if (previous) previous.tags = previous.tags.filter((t) => t !== tag);
    repository.tags.set(tag, digest);
    // First tag in an exact-size array (see acceptScan in state/scans.ts), later ones pushed.
    if (image.tags.length === 0) image.tags = [tag];
    else image.tags.push(tag);
  }
  repository.version++;
  // E11: a push of a digest the repository holds (a new tag, a restore) renews its enhanced eligibility.
  const enhanced = enhancedFrequencyOf(registry, repository);
  if (existing) {
    if (isScanned(enhanced)) rescanOnRepush(ctx.state, registry, image, enhanced, ctx.now, ctx.options);
    image.lastPushedAt = ctx.now;
  } else if (isScanned(enhanced)) {
    // E3: a new image of a scanned repository of an ENHANCED registry; the account quota is not touched (E30).
    openEnhancedScan(ctx.state, image, enhanced, ctx.now, true);
  }
  if (restores) {
    // A1: re-pushing an archived image restores it, through ACTIVATING.
    image.storage = {
      archived: false,
      lastArchivedAt: image.storage.lastArchivedAt,
      restoreCompletesAt: ctx.now + ctx.options.restoreDurationMs,
    };
  }
  // C1 / U2: only a new, scannable image is scanned on push (never a re-tag, an index or an artifact), and only
  // by the basic scanner when the repository's effective frequency says so (C3, C7).
  if (!existing && image.kind === 'image' && scansOnPushBasic(registry, repository)) {
    if (registry.accountWindow.hasRoom(ctx.now, ctx.options.quotas)) {
      // Q2: the push scan starts the per-image window; L6: its record may show up late.
      acceptScan(ctx.state, registry, image, ctx.now, ctx.options, ctx.options.scanRecordDelayMs);
    } else {
      // Q5: account window full: no scan, LIMIT_EXCEEDED, no per-image slot used.
      markLimitExceeded(ctx.state, image, ctx.now);
    }
  }
  const imageId: { imageDigest: string; imageTag?: string } = { imageDigest: digest };
  if (tag !== undefined) imageId.imageTag = tag;
  return {
    image: {
      registryId: accountId,
      repositoryName: name,
      imageId,
      imageManifest: manifest,
      imageManifestMediaType: existing ? existing.manifestMediaType : info.mediaType,
    },
  };
};

/** Rules C1, C7: a BASIC registry scans a push when the repository's effective frequency is SCAN_ON_PUSH. */
function scansOnPushBasic(registry: RegistryState, repository: RepositoryState): boolean {
  return (
    registry.scanType === 'BASIC' &&
    effectiveScanConfiguration(registry, repository).frequency === 'SCAN_ON_PUSH'
  );
}
