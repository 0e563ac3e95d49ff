import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../create-simulator.js';
import { effectiveRescanDuration } from '../../state/inspector-configuration.js';

describe('GetConfiguration / UpdateConfiguration', () => {
  it('S13: an account that set nothing reports DAYS_14 (D24), the pull-date defaults and EC2_HYBRID', async () => {
    const sim = createSimulator();
    expect(await sim.inspector2.getConfiguration()).toEqual({
      ecrConfiguration: {
        rescanDurationState: {
          rescanDuration: 'DAYS_14',
          status: 'SUCCESS',
          pullDateRescanDuration: 'DAYS_14',
          pullDateRescanMode: 'LAST_IN_USE_AT',
        },
      },
      ec2Configuration: { scanModeState: { scanMode: 'EC2_HYBRID', scanModeStatus: 'SUCCESS' } },
    });
  });

  it('S14: UpdateConfiguration stores the settings per registry with updatedAt; omitted pull-date members are kept', async () => {
    const sim = createSimulator();
    sim.clock.tick('5m');
    expect(
      await sim.inspector2.updateConfiguration({
        ecrConfiguration: {
          rescanDuration: 'DAYS_30',
          pullDateRescanDuration: 'DAYS_90',
          pullDateRescanMode: 'LAST_PULL_DATE',
        },
      }),
    ).toEqual({});
    sim.clock.tick('5m');
    await sim.inspector2.updateConfiguration({ ecrConfiguration: { rescanDuration: 'LIFETIME' } });
    const state = (await sim.inspector2.getConfiguration()).ecrConfiguration?.rescanDurationState;
    expect(state).toEqual({
      rescanDuration: 'LIFETIME',
      status: 'SUCCESS',
      pullDateRescanDuration: 'DAYS_90',
      pullDateRescanMode: 'LAST_PULL_DATE',
      updatedAt: new Date(sim.clock.now()),
    });
    const other = await sim.inspector2.call('GetConfiguration', {}, { region: 'eu-west-1' });
    expect(other.ecrConfiguration?.rescanDurationState?.rescanDuration).toBe('DAYS_14');
  });

  it("S14: ECR's eligibility reads the same place: effectiveRescanDuration follows UpdateConfiguration", async () => {
    const sim = createSimulator();
    await sim.inspector2.updateConfiguration({ ecrConfiguration: { rescanDuration: 'DAYS_3' } });
    const snapshot = sim.snapshot();
    const registry = (snapshot['registries'] as Array<Record<string, unknown>>)[0];
    expect(registry?.['inspector']).toEqual({ rescanDuration: 'DAYS_3', updatedAt: sim.clock.now() });
    expect(effectiveRescanDuration({ inspector: { rescanDuration: 'DAYS_3' } } as never, sim.options)).toBe(
      'DAYS_3',
    );
    expect(effectiveRescanDuration(undefined, sim.options)).toBe('DAYS_14');
  });

  it('S13: the EC2 scan mode set by UpdateConfiguration is reported', async () => {
    const sim = createSimulator();
    await sim.inspector2.updateConfiguration({ ec2Configuration: { scanMode: 'EC2_SSM_AGENT_BASED' } });
    expect((await sim.inspector2.getConfiguration()).ec2Configuration?.scanModeState?.scanMode).toBe(
      'EC2_SSM_AGENT_BASED',
    );
  });

  it('S10: another accountId is AccessDeniedException and changes nothing', async () => {
    const sim = createSimulator();
    const before = sim.snapshot();
    await expect(
      sim.inspector2.updateConfiguration({
        accountId: '210987654321',
        ecrConfiguration: { rescanDuration: 'DAYS_7' },
      }),
    ).rejects.toMatchObject({ name: 'AccessDeniedException', httpStatus: 403 });
    await expect(sim.inspector2.getConfiguration({ accountId: '210987654321' })).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    expect(sim.snapshot()).toEqual(before);
  });
});
