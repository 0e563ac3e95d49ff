import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError } from '../test-support/fixtures.js';

const policy = (actions: string[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111111111111:root' },
        Action: actions,
        Resource: '*',
      },
    ],
  });

describe('GetAuthorizationToken', () => {
  it('R4: answers base64 of AWS:<password>, the proxy endpoint and expiresAt 12 h after the clock', async () => {
    const sim = createSimulator();
    const { authorizationData } = await sim.getAuthorizationToken({});
    expect(authorizationData).toHaveLength(1);
    const [data] = authorizationData ?? [];
    expect(atob(data?.authorizationToken ?? '')).toMatch(/^AWS:\S+$/);
    expect(data?.proxyEndpoint).toBe('https://123456789012.dkr.ecr.us-east-1.amazonaws.com');
    expect(data?.expiresAt?.getTime()).toBe(sim.clock.now() + 12 * 3_600_000);
  });

  it('R4: answers one entry per registry asked for, in the region called', async () => {
    const sim = createSimulator();
    const { authorizationData } = await sim.call(
      'GetAuthorizationToken',
      { registryIds: ['111111111111', '222222222222'] },
      { region: 'eu-west-1' },
    );
    expect(authorizationData?.map((d) => d.proxyEndpoint)).toEqual([
      'https://111111111111.dkr.ecr.eu-west-1.amazonaws.com',
      'https://222222222222.dkr.ecr.eu-west-1.amazonaws.com',
    ]);
  });

  it('returns InvalidParameterException for a registry id that is not 12 digits', async () => {
    const sim = createSimulator();
    await expectEcrError(
      sim.getAuthorizationToken({ registryIds: ['123'] }),
      'InvalidParameterException',
      "Invalid parameter at 'registryIds' failed to satisfy constraint: 'Member must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]{12}]'",
    );
  });
});

describe('DescribeRegistry', () => {
  it('R5: answers the account as registryId and an empty replication configuration', async () => {
    const sim = createSimulator({ accountId: '210987654321' });
    expect(await sim.describeRegistry({})).toEqual({
      registryId: '210987654321',
      replicationConfiguration: { rules: [] },
    });
  });
});

describe('registry policy', () => {
  it('R16: Put stores the text as given, Get returns it, Delete returns and removes it', async () => {
    const sim = createSimulator();
    const text = policy(['ecr:CreateRepository', 'ecr:ReplicateImage']);
    expect(await sim.putRegistryPolicy({ policyText: text })).toEqual({
      registryId: '123456789012',
      policyText: text,
    });
    expect(await sim.getRegistryPolicy({})).toEqual({ registryId: '123456789012', policyText: text });
    expect(await sim.deleteRegistryPolicy({})).toEqual({ registryId: '123456789012', policyText: text });
    await expectEcrError(
      sim.getRegistryPolicy({}),
      'RegistryPolicyNotFoundException',
      "Registry policy does not exist in the registry with id '123456789012'",
    );
  });

  it('R16: returns RegistryPolicyNotFoundException from Delete when no policy is set', async () => {
    await expectEcrError(createSimulator().deleteRegistryPolicy({}), 'RegistryPolicyNotFoundException');
  });

  it('R17: returns InvalidParameterException "Invalid registry policy provided" for text that is not a policy', async () => {
    const sim = createSimulator();
    for (const policyText of ['', 'not json', '{"Statement":[]}', '{"Statement":[{"Effect":"Allow"}]}']) {
      await expectEcrError(
        sim.putRegistryPolicy({ policyText }),
        'InvalidParameterException',
        "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid registry policy provided'",
      );
    }
    await expectEcrError(sim.getRegistryPolicy({}), 'RegistryPolicyNotFoundException');
  });

  it('R18: with scope V2 (default) any ecr: action is accepted; V1 accepts only the three registry actions', async () => {
    const text = policy(['ecr:CreateRepository', 'ecr:DescribeRepositories']);
    await createSimulator().putRegistryPolicy({ policyText: text });
    await expectEcrError(
      createSimulator().putRegistryPolicy({ policyText: policy(['s3:GetObject']) }),
      'InvalidParameterException',
    );
    const v1 = createSimulator({ registryPolicyScope: 'V1' });
    await expectEcrError(v1.putRegistryPolicy({ policyText: text }), 'InvalidParameterException');
    await v1.putRegistryPolicy({ policyText: policy(['ecr:CreateRepository', 'ecr:ReplicateImage']) });
  });
});
