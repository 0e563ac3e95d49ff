import { formatMessage, INSPECTOR2_MESSAGES, type Inspector2 } from '@ecr-scan-sim/model';
import type { RegistryState } from '../../state/types.js';

/** The resource scan types in ResourceStatus member order, with the member that reports each. */
export const RESOURCE_MEMBERS = [
  ['EC2', 'ec2'],
  ['ECR', 'ecr'],
  ['LAMBDA', 'lambda'],
  ['LAMBDA_CODE', 'lambdaCode'],
  ['CODE_REPOSITORY', 'codeRepository'],
] as const satisfies ReadonlyArray<readonly [Inspector2.ResourceScanType, keyof Inspector2.ResourceStatus]>;

/**
 * @internal Rule S9: whether a resource type is enabled. ECR is enabled exactly while the registry is ENHANCED
 * (one source of truth with ECR's own view); the other types as Enable / Disable left them.
 */
export function isEnabled(registry: RegistryState | undefined, type: Inspector2.ResourceScanType): boolean {
  if (registry === undefined) return false;
  if (type === 'ECR') return registry.scanType === 'ENHANCED';
  return registry.inspectorAccount?.otherResourceTypes.includes(type) ?? false;
}

const statusOf = (enabled: boolean): Inspector2.Status => (enabled ? 'ENABLED' : 'DISABLED');

/** @internal Rule S7: every resource type's status, for Enable / Disable answers. */
export function resourceStatus(registry: RegistryState | undefined): Inspector2.ResourceStatus {
  const out = {} as Inspector2.ResourceStatus;
  for (const [type, member] of RESOURCE_MEMBERS) out[member] = statusOf(isEnabled(registry, type));
  return out;
}

/** @internal Rule S9: the account is ENABLED while any resource type is. */
export function accountStatus(registry: RegistryState | undefined): Inspector2.Status {
  return statusOf(RESOURCE_MEMBERS.some(([type]) => isEnabled(registry, type)));
}

/** @internal The `Account` entry of the simulated account (Enable, Disable). */
export function accountEntry(accountId: string, registry: RegistryState | undefined): Inspector2.Account {
  return { accountId, status: accountStatus(registry), resourceStatus: resourceStatus(registry) };
}

/** @internal The `AccountState` entry of the simulated account (BatchGetAccountStatus; no error members). */
export function accountStateEntry(
  accountId: string,
  registry: RegistryState | undefined,
): Inspector2.AccountState {
  const resourceState = {} as Inspector2.ResourceState;
  for (const [type, member] of RESOURCE_MEMBERS)
    resourceState[member] = { status: statusOf(isEnabled(registry, type)) } as Inspector2.State;
  return { accountId, state: { status: accountStatus(registry) } as Inspector2.State, resourceState };
}

/** @internal Rule S10: the failedAccounts entry of an account that is not the simulated one. */
export function foreignAccount(accountId: string, callerId: string): Inspector2.FailedAccount {
  return {
    accountId,
    errorCode: 'ACCESS_DENIED',
    errorMessage: formatMessage(INSPECTOR2_MESSAGES.failureForeignAccount.template, { accountId, callerId }),
  };
}

/** @internal The account ids a batch call addresses: the given ones (deduplicated, in order), else the caller's. */
export function addressedAccounts(accountIds: readonly string[] | undefined, callerId: string): string[] {
  return accountIds === undefined || accountIds.length === 0 ? [callerId] : [...new Set(accountIds)];
}
