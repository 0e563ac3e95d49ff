import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction } from './command-support.js';

/**
 * Inspector2 Enable or Disable with resource type ECR (D32, rules S1, S7, S8): the registry switches to ENHANCED or
 * BASIC with its rules kept, exactly like a scan-type switch of PutRegistryScanningConfiguration; then
 * GetRegistryScanningConfiguration (ECR's view) must report the scan type the oracle tracks.
 */
export class Inspector2SwitchCommand implements EcrCommand {
  constructor(private readonly enable: boolean) {}

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.inspectorSwitch(this.enable);
    const input = { resourceTypes: ['ECR' as const] };
    const actual = await system.callInspector(this.toString(), (api) =>
      this.enable ? api.enable(input) : api.disable(input),
    );
    expectPrediction(this.toString(), predicted, actual, (_, output) =>
      at(output, 'failedAccounts') !== undefined && (at(output, 'failedAccounts') as unknown[]).length > 0
        ? 'no failed accounts'
        : undefined,
    );
    const label = 'aws ecr get-registry-scanning-configuration';
    const stored = await system.call(label, (api) => api.getRegistryScanningConfiguration({}));
    expectPrediction(label, { ok: true, value: null }, stored, (_, output) =>
      at(output, 'scanningConfiguration', 'scanType') === oracle.scanType
        ? undefined
        : `scanType ${oracle.scanType} after ${this.toString()} (S1)`,
    );
  }

  toString(): string {
    return `aws inspector2 ${this.enable ? 'enable' : 'disable'} --resource-types ECR`;
  }
}
