import type { Inspector2 } from '@ecr-scan-sim/model';
import type { Operation } from '../../operations/context.js';
import { setRegistryScanning } from '../../state/registry-scanning.js';
import {
  accountEntry,
  accountStatus,
  addressedAccounts,
  foreignAccount,
  RESOURCE_MEMBERS,
} from '../account/account-status.js';

/**
 * Disable (rules S1, S7, S8, S10): for the simulated account, each given resource type (every type when none is
 * given) is disabled at once; ECR switches the registry back to BASIC (its rules are kept, and basic scanning
 * reads only its SCAN_ON_PUSH rules). When no type remains enabled, Inspector is deactivated: its ECR re-scan
 * settings are deleted. A region without a registry has nothing to disable and is not created.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_Disable.html
 * @internal
 */
export const disable: Operation<Inspector2.DisableRequest, Inspector2.DisableResponse> = (ctx, input) => {
  const own = ctx.options.accountId;
  const ids = addressedAccounts(input.accountIds, own);
  const accounts: Inspector2.Account[] = [];
  if (ids.includes(own)) {
    const registry = ctx.state.registries.get(ctx.region);
    const types =
      input.resourceTypes === undefined || input.resourceTypes.length === 0
        ? RESOURCE_MEMBERS.map(([type]) => type)
        : input.resourceTypes;
    if (registry !== undefined) {
      for (const type of types) {
        if (type === 'ECR') {
          if (registry.scanType === 'ENHANCED') setRegistryScanning(ctx, registry, 'BASIC', registry.rules);
        } else if (registry.inspectorAccount !== undefined) {
          const others = registry.inspectorAccount.otherResourceTypes;
          registry.inspectorAccount.otherResourceTypes = others.filter((t) => t !== type);
        }
      }
      // Rule S8: deactivating Inspector deletes its scan settings for the account.
      if (accountStatus(registry) === 'DISABLED') {
        delete registry.inspector;
        delete registry.inspectorAccount;
      }
    }
    accounts.push(accountEntry(own, registry));
  }
  return { accounts, failedAccounts: ids.filter((id) => id !== own).map((id) => foreignAccount(id, own)) };
};
