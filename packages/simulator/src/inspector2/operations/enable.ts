import type { Inspector2 } from '@ecr-scan-sim/model';
import type { Operation } from '../../operations/context.js';
import { ensureRegistry } from '../../state/lookup.js';
import { setRegistryScanning } from '../../state/registry-scanning.js';
import { accountEntry, addressedAccounts, foreignAccount } from '../account/account-status.js';

/**
 * Enable (rules S1, S7, S10): for the simulated account, each resource type is enabled at once; ECR switches the
 * registry of the call's region to ENHANCED through `setRegistryScanning` (its rules are kept; with none, every
 * repository is CONTINUOUS_SCAN, D19). Other accounts are listed in failedAccounts. Idempotent.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_Enable.html
 * @internal
 */
export const enable: Operation<Inspector2.EnableRequest, Inspector2.EnableResponse> = (ctx, input) => {
  const own = ctx.options.accountId;
  const ids = addressedAccounts(input.accountIds, own);
  const accounts: Inspector2.Account[] = [];
  if (ids.includes(own)) {
    const registry = ensureRegistry(ctx);
    for (const type of input.resourceTypes ?? []) {
      if (type === 'ECR') {
        setRegistryScanning(ctx, registry, 'ENHANCED', registry.rules);
        continue;
      }
      registry.inspectorAccount ??= { otherResourceTypes: [] };
      if (!registry.inspectorAccount.otherResourceTypes.includes(type))
        registry.inspectorAccount.otherResourceTypes.push(type);
    }
    accounts.push(accountEntry(own, registry));
  }
  return { accounts, failedAccounts: ids.filter((id) => id !== own).map((id) => foreignAccount(id, own)) };
};
