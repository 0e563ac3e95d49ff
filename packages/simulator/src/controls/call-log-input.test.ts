import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';

describe('sim.calls input', () => {
  it('records unknown and null members as received, while the operation ignores them', async () => {
    const sim = createSimulator();
    const input = JSON.parse(
      '{"repositoryName":"app","registryId":null,"__proto__":{"x":1},"extra":[1,{"a":null}]}',
    ) as { repositoryName: string };
    await sim.createRepository(input);
    const logged = sim.calls[0]?.input as Record<string, unknown>;
    expect(logged).toEqual(input);
    expect(Object.keys(logged)).toEqual(['repositoryName', 'registryId', '__proto__', 'extra']);
    expect(logged).not.toBe(input);
    expect((await sim.describeRepositories({})).repositories?.map((r) => r.repositoryName)).toEqual(['app']);
  });

  it('records a valid input with its members in the order received', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app' });
    await sim.describeImages({ maxResults: 5, repositoryName: 'app', filter: { tagStatus: 'ANY' } });
    expect(Object.keys(sim.calls[1]?.input as object)).toEqual(['maxResults', 'repositoryName', 'filter']);
  });

  it('shares nothing with the state: changing a recorded input changes no later answer', async () => {
    const sim = createSimulator();
    await sim.createRepository({
      repositoryName: 'app',
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'latest' }],
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'key' },
    });
    await sim.putRegistryScanningConfiguration({
      scanType: 'BASIC',
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'a*', filterType: 'WILDCARD' }] },
      ],
    });
    const before = sim.snapshot();
    const answers = async () => [
      await sim.describeRepositories({}),
      await sim.getRegistryScanningConfiguration({}),
    ];
    const first = await answers();
    const scramble = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(scramble);
      else if (typeof value === 'object' && value !== null)
        for (const key of Object.keys(value)) {
          const record = value as Record<string, unknown>;
          if (typeof record[key] === 'object') scramble(record[key]);
          else record[key] = 'scrambled';
        }
    };
    for (const call of sim.calls) scramble(call.input);
    expect(sim.snapshot()).toEqual(before);
    expect(await answers()).toEqual(first);
  });
});
