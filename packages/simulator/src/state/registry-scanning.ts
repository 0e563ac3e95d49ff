import type { RegistryScanningRule, ScanType } from '@ecr-scan-sim/model';
import type { RegistryState } from './types.js';

/** @internal A deep copy of registry rules (the state never aliases input or output objects). */
export function copyRules(rules: readonly RegistryScanningRule[]): RegistryScanningRule[] {
  return rules.map((rule) => ({
    scanFrequency: rule.scanFrequency,
    repositoryFilters: (rule.repositoryFilters ?? []).map((f) => ({
      filter: f.filter,
      filterType: f.filterType,
    })),
  }));
}

/**
 * @internal The one way to change a registry's scan type and rules (rules C13, S1): PutRegistryScanningConfiguration
 * and Inspector2's Enable / Disable (which keep the rules) use it. Switching BASIC → ENHANCED records the clock time
 * in `enhancedSince` (the enhanced lifecycle recognises images already present from it, D24); staying ENHANCED keeps
 * the first time; switching to BASIC clears it. Callers have validated the rules (V5, V6).
 */
export function setRegistryScanning(
  registry: RegistryState,
  scanType: ScanType,
  rules: readonly RegistryScanningRule[],
  now: number,
): void {
  if (scanType === 'ENHANCED') {
    if (registry.scanType !== 'ENHANCED' || registry.enhancedSince === undefined)
      registry.enhancedSince = now;
  } else {
    delete registry.enhancedSince;
  }
  registry.scanType = scanType;
  registry.rules = copyRules(rules);
}
