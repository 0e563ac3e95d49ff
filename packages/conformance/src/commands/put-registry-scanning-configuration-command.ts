import type { PutRegistryScanningConfigurationRequest } from '@ecr-scan-sim/model';
import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { type EcrCommand, expectPrediction } from './command-support.js';

/** The registry scanning configurations the commands switch between. */
export const REGISTRY_PRESETS = {
  'basic-manual': { scanType: 'BASIC', filters: [] },
  'basic-push-all': { scanType: 'BASIC', filters: ['*'] },
  'basic-push-r1': { scanType: 'BASIC', filters: ['r1'] },
  'basic-push-r2-prefix': { scanType: 'BASIC', filters: ['r2*'] },
  enhanced: { scanType: 'ENHANCED', filters: ['*'] },
} as const satisfies Record<string, { scanType: 'BASIC' | 'ENHANCED'; filters: readonly string[] }>;

export type RegistryPreset = keyof typeof REGISTRY_PRESETS;

/** PutRegistryScanningConfiguration: BASIC with SCAN_ON_PUSH rules, or ENHANCED (rules C1, C2, E1, E2). */
export class PutRegistryScanningConfigurationCommand implements EcrCommand {
  constructor(private readonly preset: RegistryPreset) {}

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const { scanType, filters } = REGISTRY_PRESETS[this.preset];
    const predicted = oracle.putRegistryScanningConfiguration(scanType, [...filters]);
    const actual = await system.call(this.toString(), (api) =>
      api.putRegistryScanningConfiguration(this.input()),
    );
    expectPrediction(this.toString(), predicted, actual);
    await system.call('aws ecr get-registry-scanning-configuration', (api) =>
      api.getRegistryScanningConfiguration({}),
    );
  }

  input(): PutRegistryScanningConfigurationRequest {
    const { scanType, filters } = REGISTRY_PRESETS[this.preset];
    if (filters.length === 0) return { scanType, rules: [] };
    return {
      scanType,
      rules: [
        {
          scanFrequency: scanType === 'ENHANCED' ? 'CONTINUOUS_SCAN' : 'SCAN_ON_PUSH',
          repositoryFilters: filters.map((filter) => ({ filter, filterType: 'WILDCARD' as const })),
        },
      ],
    };
  }

  toString(): string {
    return `aws ecr put-registry-scanning-configuration # ${this.preset}: ${JSON.stringify(this.input())}`;
  }
}
