import type { EcrSimulator } from '@ecr-scan-sim/simulator';

/** @internal A repository's effective scanning configuration, as ECR answers it. */
export interface EffectiveFrequency {
  scanFrequency: string;
  appliedScanFilters: Array<{ filter: string; filterType: string }>;
}

/** The operation's limit on `repositoryNames` (D22). */
const BATCH = 25;

/**
 * @internal The dashboard's only source of a repository's effective scan frequency: ECR's own answer,
 * `BatchGetRepositoryScanningConfiguration`, read through `sim.inspect.read` (no call logged, no fault fired). The
 * registry rules are applied by the simulator's one effective-configuration function behind that operation, never
 * here.
 */
export function scanFrequencies(
  sim: EcrSimulator,
  region: string,
  repositoryNames: readonly string[],
): Map<string, EffectiveFrequency> {
  const out = new Map<string, EffectiveFrequency>();
  for (let i = 0; i < repositoryNames.length; i += BATCH) {
    const answer = sim.inspect.read(
      'BatchGetRepositoryScanningConfiguration',
      { repositoryNames: repositoryNames.slice(i, i + BATCH) },
      { region },
    );
    for (const config of answer.scanningConfigurations ?? []) {
      out.set(config.repositoryName ?? '', {
        scanFrequency: config.scanFrequency ?? '',
        appliedScanFilters: (config.appliedScanFilters ?? []).map((f) => ({
          filter: f.filter ?? '',
          filterType: f.filterType ?? '',
        })),
      });
    }
  }
  return out;
}
