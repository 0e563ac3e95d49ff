import type {
  GetRegistryScanningConfigurationRequest,
  GetRegistryScanningConfigurationResponse,
  PutRegistryScanningConfigurationRequest,
  PutRegistryScanningConfigurationResponse,
  RegistryScanningConfiguration,
  RegistryScanningRule,
} from '@ecr-scan-sim/model';
import { ensureRegistry } from '../state/lookup.js';
import { switchScanType } from '../state/scan-type-switch.js';
import type { Operation } from './context.js';

const copyRules = (rules: readonly RegistryScanningRule[]): RegistryScanningRule[] =>
  rules.map((rule) => ({
    scanFrequency: rule.scanFrequency,
    repositoryFilters: (rule.repositoryFilters ?? []).map((f) => ({
      filter: f.filter,
      filterType: f.filterType,
    })),
  }));

/**
 * PutRegistryScanningConfiguration: the registry's scan type and rules, replaced whole (C1). A missing
 * `scanType` keeps BASIC; missing `rules` means none.
 * @internal
 */
export const putRegistryScanningConfiguration: Operation<
  PutRegistryScanningConfigurationRequest,
  PutRegistryScanningConfigurationResponse
> = (ctx, input) => {
  const registry = ensureRegistry(ctx);
  switchScanType(registry, input.scanType ?? 'BASIC', ctx.now);
  registry.rules = copyRules(input.rules ?? []);
  return { registryScanningConfiguration: { scanType: registry.scanType, rules: copyRules(registry.rules) } };
};

/**
 * GetRegistryScanningConfiguration: BASIC with no rules until configured (C2).
 * @internal
 */
export const getRegistryScanningConfiguration: Operation<
  GetRegistryScanningConfigurationRequest | undefined,
  GetRegistryScanningConfigurationResponse
> = (ctx) => {
  const registry = ctx.state.registries.get(ctx.region);
  const scanningConfiguration: RegistryScanningConfiguration = registry
    ? { scanType: registry.scanType, rules: copyRules(registry.rules) }
    : { scanType: 'BASIC', rules: [] };
  return { registryId: ctx.options.accountId, scanningConfiguration };
};
