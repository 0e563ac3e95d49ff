import { EcrRescanDuration, RESCAN_DURATION_MS } from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { RegistryState } from './types.js';

/**
 * @internal Rule E37: the re-scan duration of a registry: Inspector's ECR setting when one was made
 * (`registry.inspector.rescanDuration`, Inspector2 UpdateConfiguration), else the `enhanced.rescanDuration` option.
 * The only place the duration is read.
 */
export function rescanDurationOf(
  registry: RegistryState | undefined,
  options: Pick<ResolvedSimulatorOptions, 'enhanced'>,
): EcrRescanDuration {
  const set = registry?.inspector?.rescanDuration;
  return set !== undefined && (EcrRescanDuration as readonly string[]).includes(set)
    ? (set as EcrRescanDuration)
    : options.enhanced.rescanDuration;
}

/** @internal The duration in ms; `undefined` for LIFETIME (never expires). */
export function rescanMsOf(
  registry: RegistryState | undefined,
  options: Pick<ResolvedSimulatorOptions, 'enhanced'>,
): number | undefined {
  return RESCAN_DURATION_MS[rescanDurationOf(registry, options)];
}
