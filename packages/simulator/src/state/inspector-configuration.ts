import {
  DEFAULT_PULL_DATE_RESCAN_DURATION,
  DEFAULT_PULL_DATE_RESCAN_MODE,
  EcrRescanDuration,
  type Inspector2,
  RESCAN_DURATION_MS,
} from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { RegistryState } from './types.js';

/**
 * The effective ECR re-scan duration of a registry (decision D24, rules S13, S14, E37): the one set through
 * Inspector2's UpdateConfiguration, else the simulator's `enhanced.rescanDuration` option (default DAYS_14).
 * GetConfiguration reports it and the ENHANCED eligibility (SCAN_ELIGIBILITY_EXPIRED) reads it, so the two services
 * always agree. The only place the duration is read.
 * @internal
 */
export function effectiveRescanDuration(
  registry: RegistryState | undefined,
  options: Pick<ResolvedSimulatorOptions, 'enhanced'>,
): Inspector2.EcrRescanDuration {
  const set = registry?.inspector?.rescanDuration;
  return set !== undefined && (EcrRescanDuration as readonly string[]).includes(set)
    ? (set as Inspector2.EcrRescanDuration)
    : options.enhanced.rescanDuration;
}

/** @internal The effective re-scan duration in ms; `Infinity` for LIFETIME (never expires). */
export function rescanMsOf(
  registry: RegistryState | undefined,
  options: Pick<ResolvedSimulatorOptions, 'enhanced'>,
): number {
  return RESCAN_DURATION_MS[effectiveRescanDuration(registry, options)];
}

/** @internal The effective pull-date re-scan duration and mode (rule S13). */
export function effectivePullDateSettings(registry: RegistryState | undefined): {
  pullDateRescanDuration: Inspector2.EcrPullDateRescanDuration;
  pullDateRescanMode: Inspector2.EcrPullDateRescanMode;
} {
  const stored = registry?.inspector;
  return {
    pullDateRescanDuration:
      (stored?.pullDateRescanDuration as Inspector2.EcrPullDateRescanDuration | undefined) ??
      DEFAULT_PULL_DATE_RESCAN_DURATION,
    pullDateRescanMode:
      (stored?.pullDateRescanMode as Inspector2.EcrPullDateRescanMode | undefined) ??
      DEFAULT_PULL_DATE_RESCAN_MODE,
  };
}
