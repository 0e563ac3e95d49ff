import { globMatches } from '../internal/wildcard.js';
import type { RepositoryState } from './types.js';

/** @internal Whether a tag may not move to another image (tag mutability and its exclusion filters). */
export function isImmutableTag(repository: RepositoryState, tag: string): boolean {
  const excluded = () =>
    (repository.imageTagMutabilityExclusionFilters ?? []).some(
      (f) => typeof f.filter === 'string' && globMatches(f.filter, tag),
    );
  switch (repository.imageTagMutability) {
    case 'IMMUTABLE':
      return true;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return !excluded();
    case 'MUTABLE_WITH_EXCLUSION':
      return excluded();
    default:
      return false;
  }
}
