import {
  ecrErrors,
  type UpdateImageStorageClassRequest,
  type UpdateImageStorageClassResponse,
} from '@ecr-scan-sim/model';
import { echoImageId, requireImage, requireRepository } from '../state/lookup.js';
import { imageStatusAt } from '../state/scan-view.js';
import type { Operation } from './context.js';

/**
 * UpdateImageStorageClass (rule A1): ARCHIVE is immediate; STANDARD restores an archived image through ACTIVATING
 * for restoreDurationMs (derived from the clock). Same class again is a no-op answering the current status.
 * An index or a non-image artifact cannot change class (ImageStorageClassUpdateNotSupportedException).
 * @internal
 */
export const updateImageStorageClass: Operation<
  UpdateImageStorageClassRequest,
  UpdateImageStorageClassResponse
> = (ctx, input) => {
  const name = input.repositoryName as string;
  const { repository } = requireRepository(ctx, input.registryId, name);
  const image = requireImage(ctx, repository, input.imageId);
  // An index or a non-image artifact keeps its class (the catalogue's ImageStorageClassUpdateNotSupportedException).
  if (image.kind === 'index') throw ecrErrors.storageClassUpdateNotSupported(image.manifestMediaType);
  if (image.kind === 'artifact') {
    throw ecrErrors.storageClassUpdateNotSupported(image.artifactMediaType ?? image.manifestMediaType);
  }
  const status = imageStatusAt(image, ctx.now);
  // --- commit ---
  repository.version++;
  if (input.targetStorageClass === 'ARCHIVE' && status !== 'ARCHIVED') {
    const restored = image.storage.restoreCompletesAt;
    image.storage = {
      archived: true,
      lastArchivedAt: ctx.now,
      // an unfinished restore never counts as an activation
      restoreCompletesAt: status === 'ACTIVATING' ? undefined : restored,
    };
  } else if (input.targetStorageClass === 'STANDARD' && status === 'ARCHIVED') {
    image.storage = {
      archived: false,
      lastArchivedAt: image.storage.lastArchivedAt,
      restoreCompletesAt: ctx.now + ctx.options.restoreDurationMs,
    };
  }
  return {
    registryId: ctx.options.accountId,
    repositoryName: name,
    imageId: echoImageId(input.imageId, image),
    imageStatus: imageStatusAt(image, ctx.now),
  };
};
