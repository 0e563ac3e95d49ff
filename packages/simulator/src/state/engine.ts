import type { BasicScanEngine } from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { RegistryState } from './types.js';

/**
 * @internal Rules N2, N4: the basic-scan engine of a registry (account, region): what PutAccountSetting set, else
 * the `engine` option. `undefined` registry: one not created yet, which has the option's engine.
 */
export function engineOf(
  registry: RegistryState | undefined,
  options: Pick<ResolvedSimulatorOptions, 'engine'>,
): BasicScanEngine {
  return registry?.engine ?? options.engine;
}
