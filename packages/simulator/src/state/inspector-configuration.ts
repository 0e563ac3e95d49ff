import {
  DEFAULT_PULL_DATE_RESCAN_DURATION,
  DEFAULT_PULL_DATE_RESCAN_MODE,
  DEFAULT_RESCAN_DURATION,
  type Inspector2,
} from '@ecr-scan-sim/model';
import type { ResolvedSimulatorOptions } from '../glossary.js';
import type { RegistryState } from './types.js';

/**
 * The effective ECR re-scan duration of a registry (decision D24, rules S13, S14): the one set through
 * Inspector2's UpdateConfiguration, else the simulator's default. GetConfiguration reports it and the ENHANCED
 * eligibility (SCAN_ELIGIBILITY_EXPIRED) reads it, so the two services always agree.
 * @note Phase 2 of issue 16: the fallback becomes the option `enhanced.rescanDuration` (default DAYS_14) that issue
 * 14 adds; `options` is taken now so no caller changes then.
 * @internal
 */
export function effectiveRescanDuration(
  registry: RegistryState | undefined,
  _options: ResolvedSimulatorOptions,
): Inspector2.EcrRescanDuration {
  return (
    (registry?.inspector?.rescanDuration as Inspector2.EcrRescanDuration | undefined) ??
    DEFAULT_RESCAN_DURATION
  );
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
