import { API_METHOD, EcrError, OperationName } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock/fake-clock.js';
import { createSimulator } from './create-simulator.js';
import type { SimulatorOptions } from './glossary.js';
import { expectEcrError, simWithRepo } from './test-support/fixtures.js';

describe('createSimulator options', () => {
  it('applies the defaults of D1–D16 and D23–D25', () => {
    const sim = createSimulator();
    expect(sim.options).toEqual({
      seed: 0,
      accountId: '123456789012',
      region: 'us-east-1',
      quotas: {
        perImageWindowMs: 86_400_000,
        accountScanLimit: 100_000,
        accountWindowMs: 86_400_000,
        window: 'rolling',
      },
      accountQuotaExceeded: 'status',
      scanDurationMs: 30_000,
      engine: 'AWS_NATIVE',
      unsupportedOsStatus: 'FAILED',
      restoreDurationMs: 1_200_000,
      scanRecordDelayMs: 0,
      enhanced: {
        ingestDelayMs: 0,
        initialScanMs: 60_000,
        findingsLagMs: 0,
        rescanDuration: 'DAYS_14',
        recognitionWindowMs: 30 * 86_400_000,
        feed: {
          intervalMs: 86_400_000,
          newFindingsPer30Days: { CRITICAL: 0.25, HIGH: 1, MEDIUM: 2, LOW: 1 },
        },
      },
      registryPolicyScope: 'V2',
      callLogLimit: 10_000,
    });
    expect(sim.clock).toBeInstanceOf(FakeClock);
    expect(sim.clock.now()).toBe(Date.parse('2026-01-01T00:00:00Z'));
    expect(Object.isFrozen(sim.options.quotas)).toBe(true);
  });

  it('uses the clock it is given', () => {
    const clock = { now: () => 42 };
    expect(createSimulator({ clock }).clock).toBe(clock);
  });

  it.each<[string, SimulatorOptions]>([
    ['negative scanDurationMs', { scanDurationMs: -1 }],
    ['non-finite restoreDurationMs', { restoreDurationMs: Number.POSITIVE_INFINITY }],
    ['negative scanRecordDelayMs', { scanRecordDelayMs: -5 }],
    ['negative perImageWindowMs', { quotas: { perImageWindowMs: -1 } }],
    ['negative accountWindowMs', { quotas: { accountWindowMs: -1 } }],
    ['accountScanLimit 0', { quotas: { accountScanLimit: 0 } }],
    ['fractional accountScanLimit', { quotas: { accountScanLimit: 1.5 } }],
    ['unknown window', { quotas: { window: 'weekly' as 'rolling' } }],
    ['unknown engine', { engine: 'TRIVY' as 'CLAIR' }],
    ['unknown accountQuotaExceeded', { accountQuotaExceeded: 'ignore' as 'status' }],
    ['unknown unsupportedOsStatus', { unsupportedOsStatus: 'BROKEN' as 'FAILED' }],
    ['short accountId', { accountId: '1234' }],
    ['accountId with letters', { accountId: '12345678901a' }],
    ['bad region', { region: 'US East' }],
    ['bad seed', { seed: Number.NaN }],
    ['bad clock', { clock: {} as { now(): number } }],
    ['bad snapshot format', { snapshot: { format: 'other', version: 1 } as never }],
    ['bad snapshot version', { snapshot: { format: 'ecr-scan-sim/snapshot', version: 2 } as never }],
  ])('throws a TypeError for %s', (_label, options) => {
    expect(() => createSimulator(options)).toThrow(TypeError);
    expect(() => createSimulator(options)).toThrow(/^\[ecr-scan-sim\] invalid (option|snapshot)/);
  });
});

describe('sim.call', () => {
  it('exposes every operation as an EcrApi method that is call() with the default context', async () => {
    const sim = createSimulator();
    for (const operation of OperationName) expect(typeof sim[API_METHOD[operation]]).toBe('function');
    await sim.createRepository({ repositoryName: 'app' });
    await sim.call('CreateRepository', { repositoryName: 'other' }, { region: 'eu-west-1' });
    expect(sim.calls.map((c) => [c.operation, c.region])).toEqual([
      ['CreateRepository', 'us-east-1'],
      ['CreateRepository', 'eu-west-1'],
    ]);
  });

  it('logs every call with a clone of its input, its time and its outcome', async () => {
    const sim = createSimulator();
    const input = { repositoryName: 'app' };
    await sim.createRepository(input);
    input.repositoryName = 'mutated';
    sim.clock.tick(5);
    await sim.createRepository({ repositoryName: 'app' }).catch(() => undefined);
    expect(sim.calls).toEqual([
      {
        operation: 'CreateRepository',
        input: { repositoryName: 'app' },
        region: 'us-east-1',
        at: 1767225600000,
        outcome: { ok: true },
      },
      {
        operation: 'CreateRepository',
        input: { repositoryName: 'app' },
        region: 'us-east-1',
        at: 1767225600005,
        outcome: {
          ok: false,
          error: {
            name: 'RepositoryAlreadyExistsException',
            message: "The repository with name 'app' already exists in the registry with id '123456789012'",
          },
        },
      },
    ]);
  });

  it('rejects an unknown operation with UnknownOperationException', async () => {
    const sim = createSimulator();
    await expectEcrError(sim.call('DeleteEverything' as 'PutImage', {}), 'UnknownOperationException');
  });

  it('rejects (never throws synchronously) and only with EcrErrors', async () => {
    const sim = createSimulator();
    const pending = sim.describeImages({ repositoryName: 'missing' });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toBeInstanceOf(EcrError);
  });

  it('G1: a registryId other than the account is RepositoryNotFoundException naming it', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.describeImages({ registryId: '999999999999', repositoryName: 'app' }),
      'RepositoryNotFoundException',
      "The repository with name 'app' does not exist in the registry with id '999999999999'",
    );
    await sim.describeImages({ registryId: '123456789012', repositoryName: 'app' });
  });

  it('G1: each region is its own registry, created on first write', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.call('DescribeImages', { repositoryName: 'app' }, { region: 'eu-west-1' }),
      'RepositoryNotFoundException',
    );
    expect(sim.snapshot()['registries']).toHaveLength(1);
    const { repository } = await sim.call(
      'CreateRepository',
      { repositoryName: 'app' },
      { region: 'eu-west-1' },
    );
    expect(repository?.repositoryArn).toBe('arn:aws:ecr:eu-west-1:123456789012:repository/app');
    expect(repository?.repositoryUri).toBe('123456789012.dkr.ecr.eu-west-1.amazonaws.com/app');
  });
});

describe('sim.call with JSON input', () => {
  it('reads JSON null members as absent', async () => {
    const sim = createSimulator();
    await sim.call('CreateRepository', JSON.parse('{"repositoryName":"app","imageTagMutability":null}'));
    const { image } = await sim.call(
      'PutImage',
      JSON.parse(
        '{"repositoryName":"app","imageManifest":"{\\"schemaVersion\\":2,\\"mediaType\\":\\"x\\"}","imageDigest":null,"imageTag":null}',
      ),
    );
    expect(image?.imageId).not.toHaveProperty('imageTag');
    const { repositories } = await sim.describeRepositories({});
    expect(repositories?.[0]?.imageTagMutability).toBe('MUTABLE');
  });
});
