import type { Oracle } from '../model/oracle.js';
import type { SystemUnderTest } from '../system/system.js';
import { at, type EcrCommand, expectPrediction, REPOSITORIES } from './command-support.js';

/** Names a BatchGet can ask for: the commands' repositories and one that never exists. */
export const BATCH_GET_NAMES = [...REPOSITORIES, 'ghost'] as const;

/**
 * BatchGetRepositoryScanningConfiguration of 1–4 names (rules C3–C12, D22): the oracle predicts, per repository,
 * scanOnPush, scanFrequency and appliedScanFilters, and which names are REPOSITORY_NOT_FOUND failures.
 */
export class BatchGetRepositoryScanningConfigurationCommand implements EcrCommand {
  private readonly names: string[];

  constructor(nameIndexes: readonly number[]) {
    this.names = nameIndexes.map((i) => BATCH_GET_NAMES[i % BATCH_GET_NAMES.length] ?? 'ghost');
  }

  check(): boolean {
    return true;
  }

  async run(oracle: Oracle, system: SystemUnderTest): Promise<void> {
    system.counter.commands += 1;
    const predicted = oracle.batchGetRepositoryScanningConfiguration(this.names);
    const actual = await system.call(this.toString(), (api) =>
      api.batchGetRepositoryScanningConfiguration({ repositoryNames: this.names }),
    );
    expectPrediction(this.toString(), predicted, actual, (expected, output) => {
      const configs = (at(output, 'scanningConfigurations') ?? []) as unknown[];
      const got = configs.map((c) => ({
        name: at(c, 'repositoryName'),
        scanOnPush: at(c, 'scanOnPush'),
        frequency: at(c, 'scanFrequency'),
        appliedFilters: ((at(c, 'appliedScanFilters') ?? []) as unknown[]).map((f) => at(f, 'filter')),
      }));
      const want = expected.found.map((f) => ({
        name: f.name,
        scanOnPush: f.scanOnPush,
        frequency: f.frequency,
        appliedFilters: f.appliedFilters,
      }));
      const failures = ((at(output, 'failures') ?? []) as unknown[]).map(
        (f) => `${String(at(f, 'repositoryName'))}:${String(at(f, 'failureCode'))}`,
      );
      const wantFailures = expected.missing.map((name) => `${name}:REPOSITORY_NOT_FOUND`);
      if (JSON.stringify(got) !== JSON.stringify(want))
        return `scanningConfigurations ${JSON.stringify(want)}`;
      if (JSON.stringify(failures) !== JSON.stringify(wantFailures))
        return `failures ${wantFailures.join(', ')}`;
      return undefined;
    });
  }

  toString(): string {
    return `aws ecr batch-get-repository-scanning-configuration --repository-names ${this.names.join(' ')}`;
  }
}
