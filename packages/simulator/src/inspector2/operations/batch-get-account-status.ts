import type { Inspector2 } from '@ecr-scan-sim/model';
import type { Operation } from '../../operations/context.js';
import { accountStateEntry, addressedAccounts, foreignAccount } from '../account/account-status.js';

/**
 * BatchGetAccountStatus (rules S9, S10): the simulated account's state and the state of each resource type, ECR
 * ENABLED exactly while the registry of the call's region is ENHANCED; other accounts in failedAccounts.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_BatchGetAccountStatus.html
 * @internal
 */
export const batchGetAccountStatus: Operation<
  Inspector2.BatchGetAccountStatusRequest,
  Inspector2.BatchGetAccountStatusResponse
> = (ctx, input) => {
  const own = ctx.options.accountId;
  const ids = addressedAccounts(input.accountIds, own);
  const registry = ctx.state.registries.get(ctx.region);
  return {
    accounts: ids.includes(own) ? [accountStateEntry(own, registry)] : [],
    failedAccounts: ids.filter((id) => id !== own).map((id) => foreignAccount(id, own)),
  };
};
