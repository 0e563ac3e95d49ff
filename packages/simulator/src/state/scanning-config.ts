import type { ScanFrequency, ScanningRepositoryFilter, ScanType } from '@ecr-scan-sim/model';
import { scanningFilterMatches } from '../internal/wildcard.js';
import type { RegistryState, RepositoryState } from './types.js';

/**
 * @internal A repository's effective scanning configuration: what BatchGetRepositoryScanningConfiguration reports
 * and what scan on push (basic, enhanced) acts on.
 */
export interface EffectiveScanConfiguration {
  /** The registry's scan type it was derived under. */
  scanType: ScanType;
  /** SCAN_ON_PUSH, CONTINUOUS_SCAN, or MANUAL (not scanned automatically). */
  frequency: ScanFrequency;
  /**
   * What decided it: `rule` (the registry rule at `ruleIndex`), `repository` (BASIC: the repository's own
   * scanOnPush), `all-repositories` (ENHANCED without rules), or `none` (MANUAL).
   */
  decidedBy: 'rule' | 'repository' | 'all-repositories' | 'none';
  /** Index of the deciding rule in the registry's rules, when `decidedBy` is `rule`. */
  ruleIndex?: number;
  /** Filters of the deciding rule that match the name, in rule order (rule C10). Fresh objects. */
  appliedFilters: ScanningRepositoryFilter[];
}

/** The frequencies that can decide, best first (rule C6: CONTINUOUS_SCAN beats SCAN_ON_PUSH). */
const PRECEDENCE: readonly ScanFrequency[] = ['CONTINUOUS_SCAN', 'SCAN_ON_PUSH'];
const BASIC_FREQUENCIES: readonly ScanFrequency[] = ['SCAN_ON_PUSH'];

/** The filters of a rule that match the name (rules C4, C5). */
function matchingFilters(
  filters: readonly ScanningRepositoryFilter[] | undefined,
  repositoryName: string,
): ScanningRepositoryFilter[] {
  const matched: ScanningRepositoryFilter[] = [];
  for (const f of filters ?? []) {
    if (typeof f.filter === 'string' && scanningFilterMatches(f.filter, repositoryName)) {
      matched.push({ filter: f.filter, filterType: f.filterType });
    }
  }
  return matched;
}

/**
 * The one answer to "how is this repository scanned" (rule C3, decision D19). Registry rules are tried by
 * frequency, CONTINUOUS_SCAN first (C6), and within a frequency in list order (C11); the deciding rule's matching
 * filters are the applied ones (C10).
 * - ENHANCED: the best matching rule's frequency, else MANUAL (C6); with no rules at all, CONTINUOUS_SCAN for every
 *   repository with the applied filter `*` (C8). The repository's own scanOnPush plays no part.
 * - BASIC: SCAN_ON_PUSH when a SCAN_ON_PUSH rule matches, else when the repository's own scanOnPush is true (with
 *   no applied filters), else MANUAL (C7).
 * Registry rules never change the repository's own flag (C9). Linear in the rules' filters and the name (C14).
 * @internal
 */
export function effectiveScanConfiguration(
  registry: Pick<RegistryState, 'scanType' | 'rules'>,
  repository: Pick<RepositoryState, 'name' | 'scanOnPush'>,
): EffectiveScanConfiguration {
  const { scanType, rules } = registry;
  if (scanType === 'ENHANCED' && rules.length === 0) {
    return {
      scanType,
      frequency: 'CONTINUOUS_SCAN',
      decidedBy: 'all-repositories',
      appliedFilters: [{ filter: '*', filterType: 'WILDCARD' }],
    };
  }
  // BASIC rules only ever scan on push (V6); a snapshot cannot smuggle a continuous one in.
  for (const frequency of scanType === 'ENHANCED' ? PRECEDENCE : BASIC_FREQUENCIES) {
    for (const [ruleIndex, rule] of rules.entries()) {
      if (rule.scanFrequency !== frequency) continue;
      const appliedFilters = matchingFilters(rule.repositoryFilters, repository.name);
      if (appliedFilters.length > 0) {
        return { scanType, frequency, decidedBy: 'rule', ruleIndex, appliedFilters };
      }
    }
  }
  if (scanType === 'BASIC' && repository.scanOnPush) {
    return { scanType, frequency: 'SCAN_ON_PUSH', decidedBy: 'repository', appliedFilters: [] };
  }
  return { scanType, frequency: 'MANUAL', decidedBy: 'none', appliedFilters: [] };
}
