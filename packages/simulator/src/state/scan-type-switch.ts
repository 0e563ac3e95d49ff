import type { ScanType } from '@ecr-scan-sim/model';
import type { RegistryState } from './types.js';

/**
 * The one place that changes a registry's scan type (rules S1, D19): PutRegistryScanningConfiguration and
 * Inspector2's Enable / Disable for ECR both come here. Switching BASIC → ENHANCED records the clock time in
 * `enhancedSince` (the enhanced lifecycle recognises images already present from it, D24); staying ENHANCED keeps
 * the first time; switching to BASIC clears it. Rules are not touched here.
 * @internal
 */
export function switchScanType(registry: RegistryState, scanType: ScanType, now: number): void {
  if (scanType === 'ENHANCED') {
    if (registry.scanType !== 'ENHANCED' || registry.enhancedSince === undefined)
      registry.enhancedSince = now;
  } else {
    delete registry.enhancedSince;
  }
  registry.scanType = scanType;
}
