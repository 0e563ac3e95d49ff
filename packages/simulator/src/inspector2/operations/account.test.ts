import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../create-simulator.js';

const ALL_DISABLED = {
  ec2: 'DISABLED',
  ecr: 'DISABLED',
  lambda: 'DISABLED',
  lambdaCode: 'DISABLED',
  codeRepository: 'DISABLED',
};

describe('Enable / Disable / BatchGetAccountStatus', () => {
  it('S1: Enable ECR switches the registry to ENHANCED, as PutRegistryScanningConfiguration would; Disable back to BASIC', async () => {
    const sim = createSimulator();
    const enabled = await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    expect(enabled).toEqual({
      accounts: [
        { accountId: '123456789012', status: 'ENABLED', resourceStatus: { ...ALL_DISABLED, ecr: 'ENABLED' } },
      ],
      failedAccounts: [],
    });
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration).toEqual({
      scanType: 'ENHANCED',
      rules: [],
    });
    const disabled = await sim.inspector2.disable({ resourceTypes: ['ECR'] });
    expect(disabled.accounts?.[0]).toEqual({
      accountId: '123456789012',
      status: 'DISABLED',
      resourceStatus: ALL_DISABLED,
    });
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration?.scanType).toBe('BASIC');
  });

  it('S1: the registry rules are kept across Enable and Disable', async () => {
    const sim = createSimulator();
    const rules = [
      {
        scanFrequency: 'SCAN_ON_PUSH' as const,
        repositoryFilters: [{ filter: 'prod', filterType: 'WILDCARD' as const }],
      },
    ];
    await sim.putRegistryScanningConfiguration({ scanType: 'BASIC', rules });
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration).toEqual({
      scanType: 'ENHANCED',
      rules,
    });
    await sim.inspector2.disable({ resourceTypes: ['ECR'] });
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration).toEqual({
      scanType: 'BASIC',
      rules,
    });
  });

  it('S1: the switch records when ENHANCED went on (enhancedSince, in the snapshot) and clears it on BASIC', async () => {
    const sim = createSimulator();
    sim.clock.tick('1h');
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    const registry = () => (sim.snapshot()['registries'] as Array<Record<string, unknown>>)[0];
    expect(registry()?.['enhancedSince']).toBe(sim.clock.now());
    sim.clock.tick('1h');
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    expect(registry()?.['enhancedSince']).toBe(sim.clock.now() - 3_600_000);
    await sim.putRegistryScanningConfiguration({ scanType: 'BASIC' });
    expect(registry()).not.toHaveProperty('enhancedSince');
  });

  it('S7: Enable is immediate and idempotent; other types are recorded', async () => {
    const sim = createSimulator();
    await sim.inspector2.enable({ resourceTypes: ['EC2', 'ECR'] });
    const again = await sim.inspector2.enable({ resourceTypes: ['ECR', 'LAMBDA'] });
    expect(again.accounts?.[0]?.resourceStatus).toEqual({
      ...ALL_DISABLED,
      ec2: 'ENABLED',
      ecr: 'ENABLED',
      lambda: 'ENABLED',
    });
  });

  it('S9: BatchGetAccountStatus shows ECR ENABLED exactly while the registry is ENHANCED, per region', async () => {
    const sim = createSimulator();
    const status = async (region?: string) =>
      (await sim.inspector2.call('BatchGetAccountStatus', {}, region === undefined ? undefined : { region }))
        .accounts?.[0];
    expect(await status()).toEqual({
      accountId: '123456789012',
      state: { status: 'DISABLED' },
      resourceState: Object.fromEntries(Object.keys(ALL_DISABLED).map((k) => [k, { status: 'DISABLED' }])),
    });
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    expect((await status())?.resourceState?.ecr).toEqual({ status: 'ENABLED' });
    expect((await status())?.state).toEqual({ status: 'ENABLED' });
    expect((await status('eu-west-1'))?.resourceState?.ecr).toEqual({ status: 'DISABLED' });
  });

  it('S8: Disable without resourceTypes disables everything and deletes the ECR re-scan settings', async () => {
    const sim = createSimulator();
    await sim.inspector2.enable({ resourceTypes: ['ECR', 'EC2'] });
    await sim.inspector2.updateConfiguration({ ecrConfiguration: { rescanDuration: 'DAYS_30' } });
    await sim.inspector2.disable({ resourceTypes: ['EC2'] });
    expect(
      (await sim.inspector2.getConfiguration()).ecrConfiguration?.rescanDurationState?.rescanDuration,
    ).toBe('DAYS_30');
    const out = await sim.inspector2.disable({});
    expect(out.accounts?.[0]).toMatchObject({ status: 'DISABLED', resourceStatus: ALL_DISABLED });
    expect(
      (await sim.inspector2.getConfiguration()).ecrConfiguration?.rescanDurationState?.rescanDuration,
    ).toBe('DAYS_14');
  });

  it('S8: Disable in a region without a registry creates none', async () => {
    const sim = createSimulator();
    await sim.inspector2.disable();
    expect(sim.snapshot()['registries']).toEqual([]);
  });

  it('S10: another account is listed in failedAccounts with ACCESS_DENIED, and nothing changes for it', async () => {
    const sim = createSimulator();
    const out = await sim.inspector2.enable({ resourceTypes: ['ECR'], accountIds: ['210987654321'] });
    expect(out).toEqual({
      accounts: [],
      failedAccounts: [
        {
          accountId: '210987654321',
          errorCode: 'ACCESS_DENIED',
          errorMessage:
            "The account '210987654321' is not a member of the Amazon Inspector organization of account '123456789012'.",
        },
      ],
    });
    expect((await sim.getRegistryScanningConfiguration()).scanningConfiguration?.scanType).toBe('BASIC');
    const both = await sim.inspector2.batchGetAccountStatus({ accountIds: ['123456789012', '210987654321'] });
    expect(both.accounts?.map((a) => a.accountId)).toEqual(['123456789012']);
    expect(both.failedAccounts?.map((a) => a.errorCode)).toEqual(['ACCESS_DENIED']);
  });
});
