import { wildcardMatches } from '../internal/wildcard.js';
import type { RegistryState, RepositoryState } from './types.js';

/**
 * Rule C1: with BASIC scanning, a push is scanned when the repository's scanOnPush is true or a registry
 * SCAN_ON_PUSH rule has a WILDCARD filter matching the repository name. ENHANCED registries run no basic scan.
 * @internal
 */
export function scansOnPush(registry: RegistryState, repository: RepositoryState): boolean {
  if (registry.scanType !== 'BASIC') return false;
  if (repository.scanOnPush) return true;
  return registry.rules.some(
    (rule) =>
      rule.scanFrequency === 'SCAN_ON_PUSH' &&
      (rule.repositoryFilters ?? []).some(
        (f) => typeof f.filter === 'string' && wildcardMatches(f.filter, repository.name),
      ),
  );
}

/** @internal Whether a tag may not move to another image (tag mutability and its exclusion filters). */
export function isImmutableTag(repository: RepositoryState, tag: string): boolean {
  const excluded = () =>
    (repository.imageTagMutabilityExclusionFilters ?? []).some(
      (f) => typeof f.filter === 'string' && wildcardMatches(f.filter, tag),
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
