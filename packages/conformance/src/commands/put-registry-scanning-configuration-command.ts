import type { PutRegistryScanningConfigurationRequest } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import type { Oracle } from '../model/oracle.js';
import type { Frequency, ModelRule, ScanTypeName } from '../model/scanning-config.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction } from './command-support.js';

/** Pieces random filters are made of: names of the commands' repositories, separators and stars. */
const FILTER_TOKENS = ['r1', 'r2', 'prod', 'team', 'r', '1', '-', '/', '*', '*'] as const;

/** The registry scanning configurations the old preset command switched between, kept as likely draws. */
const PRESETS: ReadonlyArray<{ scanType: ScanTypeName | undefined; rules: ModelRule[] }> = [
  { scanType: 'BASIC', rules: [] },
  { scanType: 'BASIC', rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['*'] }] },
  { scanType: 'BASIC', rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['r1'] }] },
  { scanType: undefined, rules: [{ frequency: 'SCAN_ON_PUSH', filters: ['*r2'] }] },
  { scanType: 'ENHANCED', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: ['*'] }] },
  { scanType: 'ENHANCED', rules: [] },
];

const filterArb = fc
  .array(fc.constantFrom(...FILTER_TOKENS), { minLength: 1, maxLength: 3 })
  .map((tokens) => tokens.join(''));
const ruleArb: fc.Arbitrary<ModelRule> = fc.record({
  frequency: fc.constantFrom<Frequency>('SCAN_ON_PUSH', 'SCAN_ON_PUSH', 'CONTINUOUS_SCAN', 'MANUAL'),
  filters: fc.array(filterArb, { minLength: 0, maxLength: 3 }),
});

/** A random configuration (valid or not, D21), or one of the presets. */
export const registryConfigurationArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PRESETS) },
  {
    weight: 3,
    arbitrary: fc.record({
      scanType: fc.constantFrom<ScanTypeName | undefined>('BASIC', 'ENHANCED', 'ENHANCED', undefined),
      rules: fc.oneof(
        { weight: 9, arbitrary: fc.array(ruleArb, { minLength: 0, maxLength: 2 }) },
        { weight: 1, arbitrary: fc.array(ruleArb, { minLength: 3, maxLength: 3 }) },
      ),
    }),
  },
);

/**
 * PutRegistryScanningConfiguration with a random rule set (rules C3–C13, V5, V6): a refused one must be
 * InvalidParameterException on both sides and change nothing; then GetRegistryScanningConfiguration must return
 * what was stored.
 */
export class PutRegistryScanningConfigurationCommand implements EcrCommand {
  constructor(
    private readonly scanType: ScanTypeName | undefined,
    private readonly rules: readonly ModelRule[],
  ) {}

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.putRegistryScanningConfiguration(this.scanType ?? 'BASIC', [...this.rules]);
    const actual = await system.call(this.toString(), (api) =>
      api.putRegistryScanningConfiguration(this.input()),
    );
    expectPrediction(this.toString(), predicted, actual);
    const stored = await system.call('aws ecr get-registry-scanning-configuration', (api) =>
      api.getRegistryScanningConfiguration({}),
    );
    expectPrediction(
      'aws ecr get-registry-scanning-configuration',
      { ok: true, value: null },
      stored,
      (_, out) => {
        const scanType = at(out, 'scanningConfiguration', 'scanType');
        const rules = at(out, 'scanningConfiguration', 'rules');
        const expectedRules = oracle.rules.map((r) => ({
          scanFrequency: r.frequency,
          repositoryFilters: r.filters.map((filter) => ({ filter, filterType: 'WILDCARD' })),
        }));
        return scanType === oracle.scanType && JSON.stringify(rules) === JSON.stringify(expectedRules)
          ? undefined
          : `scanType ${oracle.scanType} and rules ${JSON.stringify(expectedRules)} (C13)`;
      },
    );
  }

  input(): PutRegistryScanningConfigurationRequest {
    return {
      ...(this.scanType === undefined ? {} : { scanType: this.scanType }),
      rules: this.rules.map((rule) => ({
        scanFrequency: rule.frequency,
        repositoryFilters: rule.filters.map((filter) => ({ filter, filterType: 'WILDCARD' as const })),
      })),
    };
  }

  toString(): string {
    const scanType = this.scanType === undefined ? '' : ` --scan-type ${this.scanType}`;
    return `aws ecr put-registry-scanning-configuration${scanType} --rules '${JSON.stringify(this.input().rules)}'`;
  }
}
