import { imageStatusAt } from './scan-view.js';
import type { ImageState, RepositoryState } from './types.js';

const sortedCache = new WeakMap<RepositoryState, { version: number; images: ImageState[] }>();

/** @internal Rule I1: push time, then digest; cached per repository version (bumped by every change of images, tags or storage). */
export function sortedImages(repository: RepositoryState): ImageState[] {
  const cached = sortedCache.get(repository);
  if (cached && cached.version === repository.version) return cached.images;
  const images = [...repository.images.values()].sort(
    (a, b) => a.pushedAt - b.pushedAt || (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0),
  );
  sortedCache.set(repository, { version: repository.version, images });
  return images;
}

const listedCache = new WeakMap<RepositoryState, { key: string; images: ImageState[] }>();

/**
 * @internal The images passing `tagStatus` (TAGGED, UNTAGGED, ANY) and the storage status filter (A4) at `now`, in
 * rule I1's order, cached so paging through a big repository filters once (DescribeImages, ListImages).
 */
export function listedImages(
  repository: RepositoryState,
  tagStatus: string,
  statusFilter: string,
  now: number,
): ImageState[] {
  const key = `${repository.version}\u0000${tagStatus}\u0000${statusFilter}\u0000${now}`;
  const cached = listedCache.get(repository);
  if (cached?.key === key) return cached.images;
  const images = sortedImages(repository).filter(
    (image) =>
      (tagStatus === 'ANY' || (tagStatus === 'TAGGED') === image.tags.length > 0) &&
      (statusFilter === 'ANY' || imageStatusAt(image, now) === statusFilter),
  );
  listedCache.set(repository, { key, images });
  return images;
}
