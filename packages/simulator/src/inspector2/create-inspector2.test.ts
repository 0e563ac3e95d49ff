import { isInspector2Error } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 60);

describe('sim.inspector2', () => {
  it('S31: calls are logged with service "inspector2"; ECR records keep their shape', async () => {
    const sim = createSimulator();
    await sim.describeRepositories({});
    await sim.inspector2.enable({ resourceTypes: ['ECR'] });
    await sim.inspector2.listFindings({ maxResults: 500 }).catch(() => undefined);
    expect(sim.calls).toEqual([
      {
        operation: 'DescribeRepositories',
        input: {},
        region: 'us-east-1',
        at: sim.clock.now(),
        outcome: { ok: true },
      },
      {
        service: 'inspector2',
        operation: 'Enable',
        input: { resourceTypes: ['ECR'] },
        region: 'us-east-1',
        at: sim.clock.now(),
        outcome: { ok: true },
      },
      {
        service: 'inspector2',
        operation: 'ListFindings',
        input: { maxResults: 500 },
        region: 'us-east-1',
        at: sim.clock.now(),
        outcome: {
          ok: false,
          error: {
            name: 'ValidationException',
            message:
              "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
          },
        },
      },
    ]);
  });

  it('S31: faults of service inspector2 fire only for Inspector2 calls, after validation', async () => {
    const sim = createSimulator();
    sim.injectFault({
      service: 'inspector2',
      operation: 'ListCoverage',
      error: 'ThrottlingException',
      times: 2,
    });
    await expect(sim.describeRepositories({})).resolves.toBeDefined();
    await expect(sim.inspector2.listCoverage({ maxResults: 0 })).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(sim.inspector2.listCoverage()).rejects.toMatchObject({
      name: 'ThrottlingException',
      httpStatus: 429,
      message: 'Rate exceeded',
    });
    await expect(sim.inspector2.listFindings()).resolves.toEqual({ findings: [] });
    sim.injectFault({ error: 'ServerException' });
    await expect(sim.inspector2.listCoverage()).rejects.toMatchObject({ name: 'ThrottlingException' });
    await expect(sim.inspector2.listCoverage()).resolves.toEqual({ coveredResources: [] });
    await expect(sim.describeRepositories({})).rejects.toMatchObject({ name: 'ServerException' });
  });

  it('S31: injectFault refuses an Inspector2 code for ECR, and an ECR operation for Inspector2', () => {
    const sim = createSimulator();
    expect(() => sim.injectFault({ error: 'AccessDeniedException' as 'ServerException' })).toThrow(TypeError);
    expect(() =>
      sim.injectFault({ service: 'inspector2', error: 'ServerException' as 'ThrottlingException' }),
    ).toThrow(TypeError);
    expect(() =>
      sim.injectFault({
        service: 'inspector2',
        operation: 'DescribeImages' as 'ListFindings',
        error: 'ThrottlingException',
      }),
    ).toThrow(TypeError);
  });

  it('S31: an unknown operation is refused with an Inspector2 error, never a crash', async () => {
    const sim = createSimulator();
    await expect(sim.inspector2.call('Nope' as 'Enable', {})).rejects.toSatisfy(isInspector2Error);
  });

  it('S31 X1: a refused Inspector2 call changes nothing (random calls)', async () => {
    const call = fc.oneof(
      fc.record({
        op: fc.constant('Enable' as const),
        input: fc.record(
          {
            resourceTypes: fc.array(fc.constantFrom('ECR', 'EC2', 'S3'), { maxLength: 3 }),
            accountIds: fc.option(fc.constantFrom(['123456789012'], ['x'], ['210987654321']), {
              nil: undefined,
            }),
          },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        op: fc.constant('Disable' as const),
        input: fc.record(
          { resourceTypes: fc.array(fc.constantFrom('ECR', 'LAMBDA', 'BAD'), { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        op: fc.constant('UpdateConfiguration' as const),
        input: fc.record(
          {
            accountId: fc.constantFrom('123456789012', '210987654321'),
            ecrConfiguration: fc.record({ rescanDuration: fc.constantFrom('DAYS_3', 'LIFETIME', 'DAYS_1') }),
          },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        op: fc.constant('ListCoverage' as const),
        input: fc.record(
          { maxResults: fc.integer({ min: -1, max: 300 }), nextToken: fc.constantFrom('bad', '') },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        op: fc.constant('ListFindingAggregations' as const),
        input: fc.record(
          {
            aggregationType: fc.constantFrom('REPOSITORY', 'NOPE'),
            aggregationRequest: fc.constantFrom(
              {},
              { repositoryAggregation: {} },
              { accountAggregation: {} },
            ),
          },
          { requiredKeys: [] },
        ),
      }),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(call, { maxLength: 12 }), async (calls) => {
        const sim = createSimulator();
        await sim.createRepository({ repositoryName: 'app' });
        await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
        for (const { op, input } of calls) {
          const before = sim.snapshot();
          const ok = await sim.inspector2.call(op, input).then(
            () => true,
            () => false,
          );
          if (!ok) {
            refused++;
            expect(sim.snapshot()).toEqual(before);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
    expect(refused).toBeGreaterThan(NUM_RUNS / 2);
  });

  it('S32: the snapshot carries the Inspector2 state and restores it; an older snapshot loads with defaults', async () => {
    const sim = createSimulator();
    await sim.inspector2.enable({ resourceTypes: ['ECR', 'LAMBDA'] });
    await sim.inspector2.updateConfiguration({
      ecrConfiguration: { rescanDuration: 'DAYS_60' },
      ec2Configuration: { scanMode: 'EC2_SSM_AGENT_BASED' },
    });
    const snapshot = sim.snapshot();
    const restored = createSimulator({ snapshot });
    expect(await restored.inspector2.batchGetAccountStatus()).toEqual(
      await sim.inspector2.batchGetAccountStatus(),
    );
    expect(await restored.inspector2.getConfiguration()).toEqual(await sim.inspector2.getConfiguration());
    expect(restored.snapshot()).toEqual(snapshot);

    const older = structuredClone(snapshot) as Record<string, unknown>;
    for (const registry of older['registries'] as Array<Record<string, unknown>>) {
      delete registry['inspector'];
      delete registry['inspectorAccount'];
      delete registry['enhancedSince'];
    }
    const fromOlder = createSimulator({ snapshot: older as typeof snapshot });
    expect(
      (await fromOlder.inspector2.getConfiguration()).ecrConfiguration?.rescanDurationState?.rescanDuration,
    ).toBe('DAYS_14');
    expect((await fromOlder.inspector2.batchGetAccountStatus()).accounts?.[0]?.resourceState?.ecr).toEqual({
      status: 'ENABLED',
    });
  });

  it('S32: a snapshot with a malformed Inspector2 state is refused with a TypeError', async () => {
    const sim = createSimulator();
    await sim.inspector2.updateConfiguration({ ecrConfiguration: { rescanDuration: 'DAYS_60' } });
    const bad = sim.snapshot() as Record<string, unknown>;
    ((bad['registries'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>)['inspector'] = {
      rescanDuration: 60,
    };
    expect(() => createSimulator({ snapshot: bad as ReturnType<typeof sim.snapshot> })).toThrow(
      /invalid snapshot/,
    );
  });
});
