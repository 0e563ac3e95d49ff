import type {
  GetRegistryScanningConfigurationRequest,
  GetRegistryScanningConfigurationResponse,
  PutRegistryScanningConfigurationRequest,
  PutRegistryScanningConfigurationResponse,
  RegistryScanningConfiguration,
} from '@ecr-scan-sim/model';
import { ensureRegistry } from '../state/lookup.js';
import { copyRules, setRegistryScanning } from '../state/registry-scanning.js';
import type { Operation } from './context.js';

/**
 * PutRegistryScanningConfiguration: the registry's scan type and rules, replaced whole (C13). A missing
 * `scanType` is BASIC; missing `rules` means none. The input is already valid (V5, V6).
 * @see https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html
 * @internal
 */
export const putRegistryScanningConfiguration: Operation<
  PutRegistryScanningConfigurationRequest,
  PutRegistryScanningConfigurationResponse
> = (ctx, input) => {
  const registry = ensureRegistry(ctx);
  setRegistryScanning(ctx, registry, input.scanType ?? 'BASIC', input.rules ?? []);
  return { registryScanningConfiguration: { scanType: registry.scanType, rules: copyRules(registry.rules) } };
};

/**
 * GetRegistryScanningConfiguration: BASIC with no rules until configured (C2), else what was put (C13).
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
