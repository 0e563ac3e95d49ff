import { describe, expect, it } from 'vitest';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'pull',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: ['ecr:BatchGetImage'],
    },
  ],
});
const LIFECYCLE = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      description: 'Expire untagged images older than 14 days',
      selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
      action: { type: 'expire' },
    },
  ],
});

describe('repository policy', () => {
  it('R11: Set stores the text as given, Get returns it, Delete returns and removes it', async () => {
    const sim = await simWithRepo();
    const expected = { registryId: '123456789012', repositoryName: 'app', policyText: POLICY };
    expect(await sim.setRepositoryPolicy({ repositoryName: 'app', policyText: POLICY })).toEqual(expected);
    expect(await sim.getRepositoryPolicy({ repositoryName: 'app' })).toEqual(expected);
    expect(await sim.deleteRepositoryPolicy({ repositoryName: 'app' })).toEqual(expected);
    await expectEcrError(
      sim.getRepositoryPolicy({ repositoryName: 'app' }),
      'RepositoryPolicyNotFoundException',
      "Repository policy does not exist for the repository with name 'app' in the registry with id '123456789012'",
    );
    await expectEcrError(
      sim.deleteRepositoryPolicy({ repositoryName: 'app' }),
      'RepositoryPolicyNotFoundException',
    );
  });

  it('R12: returns InvalidParameterException "Invalid repository policy provided" and keeps the old policy', async () => {
    const sim = await simWithRepo();
    await sim.setRepositoryPolicy({ repositoryName: 'app', policyText: POLICY });
    const withResource = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:*', Resource: '*' }],
    });
    for (const policyText of [
      '{',
      '{"Statement":[{"Effect":"Allow"}]}',
      withResource,
      '{"Version":"2020-01-01","Statement":{}}',
    ]) {
      await expectEcrError(
        sim.setRepositoryPolicy({ repositoryName: 'app', policyText }),
        'InvalidParameterException',
        "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'",
      );
    }
    expect((await sim.getRepositoryPolicy({ repositoryName: 'app' })).policyText).toBe(POLICY);
  });

  it('R12: accepts duplicate Sids and the 2008-10-17 version', async () => {
    const sim = await simWithRepo();
    const statement = { Sid: 'same', Effect: 'Allow', Principal: '*', Action: 'ecr:DescribeImages' };
    await sim.setRepositoryPolicy({
      repositoryName: 'app',
      policyText: JSON.stringify({ Version: '2008-10-17', Statement: [statement, statement] }),
    });
  });

  it('returns RepositoryNotFoundException for a repository that does not exist', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.setRepositoryPolicy({ repositoryName: 'nope', policyText: POLICY }),
      'RepositoryNotFoundException',
    );
  });
});

describe('lifecycle policy', () => {
  it('R13, R15: Put stores the text as given, Get returns it with lastEvaluatedAt at the epoch (never run), Delete removes it', async () => {
    const sim = await simWithRepo();
    const expected = { registryId: '123456789012', repositoryName: 'app', lifecyclePolicyText: LIFECYCLE };
    expect(await sim.putLifecyclePolicy({ repositoryName: 'app', lifecyclePolicyText: LIFECYCLE })).toEqual(
      expected,
    );
    const got = { ...expected, lastEvaluatedAt: new Date(0) };
    expect(await sim.getLifecyclePolicy({ repositoryName: 'app' })).toEqual(got);
    expect(await sim.deleteLifecyclePolicy({ repositoryName: 'app' })).toEqual(got);
    await expectEcrError(
      sim.getLifecyclePolicy({ repositoryName: 'app' }),
      'LifecyclePolicyNotFoundException',
      "Lifecycle policy does not exist for the repository with name 'app' in the registry with id '123456789012'",
    );
  });

  it('R15: a stored lifecycle policy never expires an image', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app' });
    await sim.putLifecyclePolicy({ repositoryName: 'app', lifecyclePolicyText: LIFECYCLE });
    sim.clock.tick('400d');
    expect((await sim.describeImages({ repositoryName: 'app' })).imageDetails).toHaveLength(1);
  });

  it('R14: returns InvalidParameterException "Lifecycle policy validation failure: …" for a policy ECR would refuse', async () => {
    const sim = await simWithRepo();
    const pad = 'x'.repeat(100);
    const cases: Array<[string, string]> = [
      [`not json ${pad}`, 'Could not map policyString into LifecyclePolicy.'],
      [JSON.stringify({ pad }), 'object has missing required properties (["rules"])'],
      [
        JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              description: pad,
              selection: { tagStatus: 'any', countType: 'sinceForever', countNumber: 1 },
              action: { type: 'expire' },
            },
          ],
        }),
        'instance failed to match exactly one schema (matched 0 out of 2)',
      ],
      [
        JSON.stringify({
          rules: [{ rulePriority: 0, description: pad, selection: {}, action: { type: 'expire' } }],
        }),
        'numeric instance is lower than the required minimum (minimum: 1, found: 0)',
      ],
    ];
    for (const [lifecyclePolicyText, detail] of cases) {
      await expectEcrError(
        sim.putLifecyclePolicy({ repositoryName: 'app', lifecyclePolicyText }),
        'InvalidParameterException',
        `Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ${detail}'`,
      );
    }
    await expectEcrError(
      sim.getLifecyclePolicy({ repositoryName: 'app' }),
      'LifecyclePolicyNotFoundException',
    );
  });

  it('R14: returns InvalidParameterException on lifecyclePolicyText for a text under 100 characters', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.putLifecyclePolicy({ repositoryName: 'app', lifecyclePolicyText: '{"rules":[]}' }),
      'InvalidParameterException',
      "Invalid parameter at 'lifecyclePolicyText' failed to satisfy constraint: 'Member must have length greater than or equal to 100'",
    );
  });
});
