import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError } from '../test-support/fixtures.js';

describe('injectFault', () => {
  it('fails the next matching call once by default, after validation, with the catalogue text', async () => {
    const sim = createSimulator();
    const handle = sim.injectFault({ operation: 'CreateRepository', error: 'ServerException' });
    expect(handle.remaining()).toBe(1);
    await sim.describeRepositories({});
    await expectEcrError(
      sim.createRepository({ repositoryName: 'app' }),
      'ServerException',
      'An internal error occurred. Try again later.',
    );
    expect(handle.remaining()).toBe(0);
    await sim.createRepository({ repositoryName: 'app' });
  });

  it('validation errors come before faults', async () => {
    const sim = createSimulator();
    sim.injectFault({ error: 'ThrottlingException' });
    await expectEcrError(sim.describeImages({ repositoryName: 'x' }), 'InvalidParameterException');
    await expectEcrError(sim.describeRepositories({}), 'ThrottlingException', 'Rate exceeded');
  });

  it('times, cancel and clearFaults', async () => {
    const sim = createSimulator();
    const handle = sim.injectFault({ error: 'ThrottlingException', times: 2 });
    await expectEcrError(sim.describeRepositories({}), 'ThrottlingException');
    expect(handle.remaining()).toBe(1);
    handle.cancel();
    await sim.describeRepositories({});
    sim.injectFault({ error: 'ServerException', times: 5 });
    sim.clearFaults();
    await sim.describeRepositories({});
  });

  it('X1: a faulted call changes nothing', async () => {
    const sim = createSimulator();
    const before = sim.snapshot();
    sim.injectFault({ operation: 'CreateRepository', error: 'ServerException' });
    await expectEcrError(sim.createRepository({ repositoryName: 'app' }), 'ServerException');
    expect(sim.snapshot()).toEqual(before);
  });

  it('probability faults are seeded: the same seed fails the same calls', async () => {
    const pattern = async (seed: number) => {
      const sim = createSimulator({ seed });
      const handle = sim.injectFault({ error: 'ServerException', probability: 0.5 });
      expect(handle.remaining()).toBe(Number.POSITIVE_INFINITY);
      const outcomes: boolean[] = [];
      for (let i = 0; i < 40; i++)
        outcomes.push(
          await sim.describeRepositories({}).then(
            () => true,
            () => false,
          ),
        );
      return outcomes;
    };
    const a = await pattern(7);
    expect(await pattern(7)).toEqual(a);
    expect(a.filter(Boolean).length).toBeGreaterThan(5);
    expect(a.filter((ok) => !ok).length).toBeGreaterThan(5);
  });

  it('refuses malformed specs', () => {
    const sim = createSimulator();
    expect(() => sim.injectFault({ error: 'NoSuchException' as 'ServerException' })).toThrow(TypeError);
    expect(() => sim.injectFault({ error: 'ServerException', times: 0 })).toThrow(TypeError);
    expect(() => sim.injectFault({ error: 'ServerException', probability: 2 })).toThrow(TypeError);
  });
});
