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
 * @internal The one way to change a registry's scan type and rules (rule C13): PutRegistryScanningConfiguration
 * uses it, and so will Inspector2's Enable/Disable. Callers have validated the rules (V5, V6).
 */
export function setRegistryScanning(
  registry: RegistryState,
  scanType: ScanType,
  rules: readonly RegistryScanningRule[],
): void {
  registry.scanType = scanType;
  registry.rules = copyRules(rules);
}
