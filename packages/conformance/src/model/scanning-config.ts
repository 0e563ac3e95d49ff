/**
 * The oracle's registry scanning configuration: which repositories are scanned and how (decisions D19–D22 of
 * shared/reference/ecr-enhanced-scanning.md), written from the reference, not from the simulator.
 */
import { isValidFilter, matchesWildcard } from './wildcard.js';

export type Frequency = 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' | 'MANUAL';
export type ScanTypeName = 'BASIC' | 'ENHANCED';

/** One registry rule as the oracle keeps it. */
export interface ModelRule {
  frequency: Frequency;
  filters: string[];
}

/** A repository's effective scanning configuration (what BatchGetRepositoryScanningConfiguration reports). */
export interface EffectiveConfig {
  frequency: Frequency;
  appliedFilters: string[];
}

/**
 * D21: ≤ 2 rules, ≤ 100 filters each, each filter valid (V5); BASIC rules scan on push only, ENHANCED ones on push
 * or continuously (V6). Returns whether the configuration is accepted.
 */
export function acceptsRules(scanType: ScanTypeName, rules: readonly ModelRule[]): boolean {
  if (rules.length > 2) return false;
  for (const rule of rules) {
    if (rule.filters.length > 100 || !rule.filters.every(isValidFilter)) return false;
  }
  const allowed: readonly Frequency[] =
    scanType === 'ENHANCED' ? ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN'] : ['SCAN_ON_PUSH'];
  return rules.every((rule) => allowed.includes(rule.frequency));
}

/**
 * D19, D22. ENHANCED: no rules → every repository CONTINUOUS_SCAN with `*`; else a matching CONTINUOUS_SCAN rule
 * wins over a matching SCAN_ON_PUSH rule; else MANUAL; the repository's own flag is ignored. BASIC: a matching
 * SCAN_ON_PUSH rule, else the repository's own scanOnPush (no applied filters), else MANUAL. The applied filters
 * are the deciding rule's filters that match; of two rules with the winning frequency the first decides.
 */
export function effectiveConfig(
  scanType: ScanTypeName,
  rules: readonly ModelRule[],
  repositoryName: string,
  scanOnPush: boolean,
): EffectiveConfig {
  if (scanType === 'ENHANCED' && rules.length === 0)
    return { frequency: 'CONTINUOUS_SCAN', appliedFilters: ['*'] };
  const order: Frequency[] = scanType === 'ENHANCED' ? ['CONTINUOUS_SCAN', 'SCAN_ON_PUSH'] : ['SCAN_ON_PUSH'];
  for (const frequency of order) {
    const deciding = rules
      .filter((rule) => rule.frequency === frequency)
      .map((rule) => rule.filters.filter((f) => matchesWildcard(f, repositoryName)))
      .find((matched) => matched.length > 0);
    if (deciding) return { frequency, appliedFilters: deciding };
  }
  if (scanType === 'BASIC' && scanOnPush) return { frequency: 'SCAN_ON_PUSH', appliedFilters: [] };
  return { frequency: 'MANUAL', appliedFilters: [] };
}
