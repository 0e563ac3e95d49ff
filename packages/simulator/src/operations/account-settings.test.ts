import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError } from '../test-support/fixtures.js';

const NAME = 'BASIC_SCAN_TYPE_VERSION';

async function scannedImage(engine?: 'AWS_NATIVE' | 'CLAIR') {
  const sim = createSimulator(engine === undefined ? {} : { engine });
  await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
  const { imageDigest } = await sim.pushImage({
    repositoryName: 'app',
    profile: { severityCounts: { HIGH: 1 } },
  });
  sim.clock.tick('30s');
  return { sim, imageDigest };
}
const listed = async (sim: Awaited<ReturnType<typeof scannedImage>>['sim']) =>
  (await sim.describeImages({ repositoryName: 'app' })).imageDetails?.[0];

describe('GetAccountSetting', () => {
  it('N2: answers the engine option until PutAccountSetting changes it', async () => {
    expect(await createSimulator().getAccountSetting({ name: NAME })).toEqual({
      name: NAME,
      value: 'AWS_NATIVE',
    });
    expect(await createSimulator({ engine: 'CLAIR' }).getAccountSetting({ name: NAME })).toEqual({
      name: NAME,
      value: 'CLAIR',
    });
  });

  it('V8: another setting name is InvalidParameterException', async () => {
    await expectEcrError(
      createSimulator().getAccountSetting({ name: 'BLOB_MOUNTING' }),
      'InvalidParameterException',
    );
  });
});

describe('PutAccountSetting', () => {
  it('N3, N1: switching to CLAIR fills DescribeImages at once; back to AWS_NATIVE omits the scan fields', async () => {
    const { sim } = await scannedImage();
    expect((await listed(sim))?.imageScanStatus).toBeUndefined();
    expect(await sim.putAccountSetting({ name: NAME, value: 'CLAIR' })).toEqual({
      name: NAME,
      value: 'CLAIR',
    });
    expect(await sim.getAccountSetting({ name: NAME })).toEqual({ name: NAME, value: 'CLAIR' });
    const clair = await listed(sim);
    expect(clair?.imageScanStatus?.status).toBe('COMPLETE');
    expect(clair?.imageScanFindingsSummary?.findingSeverityCounts).toEqual({ HIGH: 1 });
    await sim.putAccountSetting({ name: NAME, value: 'AWS_NATIVE' });
    const native = await listed(sim);
    expect(native?.imageScanStatus).toBeUndefined();
    expect(native?.imageScanFindingsSummary).toBeUndefined();
  });

  it('N4: the engine is per registry (region); sim.options keeps the initial engine', async () => {
    const sim = createSimulator();
    await sim.call('PutAccountSetting', { name: NAME, value: 'CLAIR' }, { region: 'eu-west-1' });
    expect(await sim.call('GetAccountSetting', { name: NAME }, { region: 'eu-west-1' })).toEqual({
      name: NAME,
      value: 'CLAIR',
    });
    expect(await sim.getAccountSetting({ name: NAME })).toEqual({ name: NAME, value: 'AWS_NATIVE' });
    expect(sim.options.engine).toBe('AWS_NATIVE');
  });

  it('N4: a snapshot keeps the engine; reset() returns to the option; an older snapshot uses the option', async () => {
    const sim = createSimulator();
    await sim.putAccountSetting({ name: NAME, value: 'CLAIR' });
    const snapshot = sim.snapshot();
    expect(await createSimulator({ snapshot }).getAccountSetting({ name: NAME })).toEqual({
      name: NAME,
      value: 'CLAIR',
    });
    const older = structuredClone(snapshot) as unknown as { registries: Array<Record<string, unknown>> };
    for (const registry of older.registries) delete registry['engine'];
    const restored = createSimulator({ snapshot: older as unknown as typeof snapshot });
    expect((await restored.getAccountSetting({ name: NAME })).value).toBe('AWS_NATIVE');
    sim.reset();
    expect((await sim.getAccountSetting({ name: NAME })).value).toBe('AWS_NATIVE');
  });

  it('X1, V9: a refused PutAccountSetting changes nothing', async () => {
    const { sim } = await scannedImage();
    const before = sim.snapshot();
    await expectEcrError(
      sim.putAccountSetting({ name: NAME, value: 'AWS_INSPECTOR' }),
      'InvalidParameterException',
      "Invalid parameter at 'value' failed to satisfy constraint: 'Member must satisfy enum value set: [AWS_NATIVE, CLAIR]'",
    );
    await expectEcrError(
      sim.putAccountSetting({ name: 'BLOB_MOUNTING', value: 'ENABLED' }),
      'InvalidParameterException',
    );
    expect(sim.snapshot()).toEqual(before);
  });

  it('N4: a snapshot with an unknown engine is refused with a TypeError', async () => {
    const sim = createSimulator();
    await sim.putAccountSetting({ name: NAME, value: 'CLAIR' });
    const bad = structuredClone(sim.snapshot()) as unknown as { registries: Array<Record<string, unknown>> };
    (bad.registries[0] as Record<string, unknown>)['engine'] = 'TRIVY';
    expect(() => createSimulator({ snapshot: bad as never })).toThrow(
      /registries\[0\]\.engine must be one of/,
    );
  });
});
