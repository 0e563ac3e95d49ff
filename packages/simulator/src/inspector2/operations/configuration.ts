import { type Inspector2, inspector2Errors } from '@ecr-scan-sim/model';
import type { Operation, OperationContext } from '../../operations/context.js';
import { effectivePullDateSettings, effectiveRescanDuration } from '../../state/inspector-configuration.js';
import { ensureRegistry } from '../../state/lookup.js';

/** Rule S10: a configuration call may only name the simulated account. */
function checkAccount(ctx: OperationContext, accountId: string | undefined): void {
  if (accountId !== undefined && accountId !== ctx.options.accountId)
    throw inspector2Errors.foreignAccount(accountId, ctx.options.accountId);
}

/**
 * GetConfiguration (rule S13): the effective ECR re-scan settings of the call's region (the same
 * `effectiveRescanDuration` ECR's eligibility reads, D24), status SUCCESS (changes apply at once), `updatedAt`
 * once UpdateConfiguration set them; the EC2 scan mode (EC2_HYBRID unless set).
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_GetConfiguration.html
 * @internal
 */
export const getConfiguration: Operation<
  Inspector2.GetConfigurationRequest,
  Inspector2.GetConfigurationResponse
> = (ctx, input) => {
  checkAccount(ctx, input.accountId);
  const registry = ctx.state.registries.get(ctx.region);
  const state: Inspector2.EcrRescanDurationState = {
    rescanDuration: effectiveRescanDuration(registry, ctx.options),
    status: 'SUCCESS',
    ...effectivePullDateSettings(registry),
  };
  if (registry?.inspector?.updatedAt !== undefined) state.updatedAt = new Date(registry.inspector.updatedAt);
  return {
    ecrConfiguration: { rescanDurationState: state },
    ec2Configuration: {
      scanModeState: {
        scanMode:
          (registry?.inspectorAccount?.ec2ScanMode as Inspector2.Ec2ScanMode | undefined) ?? 'EC2_HYBRID',
        scanModeStatus: 'SUCCESS',
      },
    },
  };
};

/**
 * UpdateConfiguration (rules S6, S14): stores `ecrConfiguration` for the call's region (pull-date members kept
 * when omitted) with `updatedAt` the clock's time, and the EC2 scan mode. ECR's eligibility reads the same field.
 * @see https://docs.aws.amazon.com/inspector/v2/APIReference/API_UpdateConfiguration.html
 * @internal
 */
export const updateConfiguration: Operation<
  Inspector2.UpdateConfigurationRequest,
  Inspector2.UpdateConfigurationResponse
> = (ctx, input) => {
  checkAccount(ctx, input.accountId);
  const registry = ensureRegistry(ctx);
  const ecr = input.ecrConfiguration;
  if (ecr !== undefined) {
    const next: NonNullable<typeof registry.inspector> = { ...registry.inspector, updatedAt: ctx.now };
    if (ecr.rescanDuration !== undefined) next.rescanDuration = ecr.rescanDuration;
    if (ecr.pullDateRescanDuration !== undefined) next.pullDateRescanDuration = ecr.pullDateRescanDuration;
    if (ecr.pullDateRescanMode !== undefined) next.pullDateRescanMode = ecr.pullDateRescanMode;
    registry.inspector = next;
  }
  const scanMode = input.ec2Configuration?.scanMode;
  if (scanMode !== undefined) {
    registry.inspectorAccount ??= { otherResourceTypes: [] };
    registry.inspectorAccount.ec2ScanMode = scanMode;
  }
  return {};
};
