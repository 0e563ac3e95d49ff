import { OperationName } from '@ecr-scan-sim/model';
import type { CallContext, EcrSimulator } from '@ecr-scan-sim/simulator';

/** @internal A repository's effective scanning configuration, as ECR answers it. */
export interface EffectiveFrequency {
  scanFrequency: string;
  appliedScanFilters: Array<{ filter: string; filterType: string }>;
}

const OPERATION = 'BatchGetRepositoryScanningConfiguration';
/** The operation's limit on `repositoryNames` (D22). */
const BATCH = 25;

type UntypedRead = (operation: string, input: unknown, context?: CallContext) => unknown;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * @internal The dashboard's only source of a repository's effective scan frequency: ECR's own answer,
 * `BatchGetRepositoryScanningConfiguration`, read through `sim.inspect.read` (no call logged, no fault fired). The
 * registry rules are applied by the simulator behind that operation, never here. A simulator that does not serve
 * the operation yields an empty map, and the page shows the frequency as not known.
 */
export function scanFrequencies(
  sim: EcrSimulator,
  region: string,
  repositoryNames: readonly string[],
): Map<string, EffectiveFrequency> {
  const out = new Map<string, EffectiveFrequency>();
  if (!(OperationName as readonly string[]).includes(OPERATION)) return out;
  const read = sim.inspect.read as UntypedRead;
  for (let i = 0; i < repositoryNames.length; i += BATCH) {
    const answer = read(OPERATION, { repositoryNames: repositoryNames.slice(i, i + BATCH) }, { region }) as {
      scanningConfigurations?: Array<Record<string, unknown>>;
    };
    for (const config of answer.scanningConfigurations ?? []) {
      const filters = Array.isArray(config['appliedScanFilters']) ? config['appliedScanFilters'] : [];
      out.set(text(config['repositoryName']), {
        scanFrequency: text(config['scanFrequency']),
        appliedScanFilters: filters.map((f: Record<string, unknown>) => ({
          filter: text(f['filter']),
          filterType: text(f['filterType']),
        })),
      });
    }
  }
  return out;
}
