import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { expectEcrError } from '../test-support/fixtures.js';

describe('CreateRepository / DescribeRepositories / DeleteRepository', () => {
  it('creates with AWS defaults and the clock time', async () => {
    const sim = createSimulator();
    sim.clock.tick('1h');
    const { repository } = await sim.createRepository({ repositoryName: 'team/app' });
    expect(repository).toEqual({
      repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/team/app',
      registryId: '123456789012',
      repositoryName: 'team/app',
      repositoryUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app',
      createdAt: new Date('2026-01-01T01:00:00Z'),
      imageTagMutability: 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: false },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    await expectEcrError(
      sim.createRepository({ repositoryName: 'team/app' }),
      'RepositoryAlreadyExistsException',
      "The repository with name 'team/app' already exists in the registry with id '123456789012'",
    );
  });

  it('describes named repositories in the order given, or all of them paged', async () => {
    const sim = createSimulator();
    for (const name of ['aa', 'bb', 'cc']) await sim.createRepository({ repositoryName: name });
    const named = await sim.describeRepositories({ repositoryNames: ['cc', 'aa'] });
    expect(named.repositories?.map((r) => r.repositoryName)).toEqual(['cc', 'aa']);
    await expectEcrError(
      sim.describeRepositories({ repositoryNames: ['aa', 'zz'] }),
      'RepositoryNotFoundException',
    );
    const first = await sim.describeRepositories({ maxResults: 2 });
    expect(first.repositories?.map((r) => r.repositoryName)).toEqual(['aa', 'bb']);
    const rest = await sim.describeRepositories({ maxResults: 2, nextToken: first.nextToken });
    expect(rest.repositories?.map((r) => r.repositoryName)).toEqual(['cc']);
    expect(rest).not.toHaveProperty('nextToken');
  });

  it('R20: KMS encryption without a key answers the AWS managed key ARN, the same for every repository of a registry', async () => {
    const sim = createSimulator();
    const kms = async (repositoryName: string) =>
      (await sim.createRepository({ repositoryName, encryptionConfiguration: { encryptionType: 'KMS' } }))
        .repository?.encryptionConfiguration;
    const first = await kms('one');
    expect(first?.encryptionType).toBe('KMS');
    expect(first?.kmsKey).toMatch(
      /^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await kms('two')).toEqual(first);
    const own = 'arn:aws:kms:us-east-1:123456789012:key/mine';
    const given = await sim.createRepository({
      repositoryName: 'three',
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: own },
    });
    expect(given.repository?.encryptionConfiguration).toEqual({ encryptionType: 'KMS', kmsKey: own });
  });

  it('refuses to delete a repository with images unless force', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app' });
    await sim.pushImage({ repositoryName: 'app' });
    await expectEcrError(
      sim.deleteRepository({ repositoryName: 'app' }),
      'RepositoryNotEmptyException',
      "The repository with name 'app' in registry with id '123456789012' cannot be deleted because it still contains images",
    );
    const { repository } = await sim.deleteRepository({ repositoryName: 'app', force: true });
    expect(repository?.repositoryName).toBe('app');
    await expectEcrError(
      sim.describeRepositories({ repositoryNames: ['app'] }),
      'RepositoryNotFoundException',
    );
  });

  it('PutImageScanningConfiguration sets scanOnPush', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app' });
    expect(
      await sim.putImageScanningConfiguration({
        repositoryName: 'app',
        imageScanningConfiguration: { scanOnPush: true },
      }),
    ).toEqual({
      registryId: '123456789012',
      repositoryName: 'app',
      imageScanningConfiguration: { scanOnPush: true },
    });
    const { repositories } = await sim.describeRepositories({});
    expect(repositories?.[0]?.imageScanningConfiguration).toEqual({ scanOnPush: true });
  });
});

describe('registry scanning configuration', () => {
  it('C2: starts BASIC with no rules', async () => {
    const sim = createSimulator();
    expect(await sim.getRegistryScanningConfiguration({})).toEqual({
      registryId: '123456789012',
      scanningConfiguration: { scanType: 'BASIC', rules: [] },
    });
  });

  it('C2: Put replaces the configuration; Get returns it per region', async () => {
    const sim = createSimulator();
    const rules = [
      {
        scanFrequency: 'SCAN_ON_PUSH' as const,
        repositoryFilters: [{ filter: 'prod-*', filterType: 'WILDCARD' as const }],
      },
    ];
    expect(await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED', rules })).toEqual({
      registryScanningConfiguration: { scanType: 'ENHANCED', rules },
    });
    expect((await sim.getRegistryScanningConfiguration({})).scanningConfiguration).toEqual({
      scanType: 'ENHANCED',
      rules,
    });
    const other = await sim.call('GetRegistryScanningConfiguration', {}, { region: 'eu-west-1' });
    expect(other.scanningConfiguration).toEqual({ scanType: 'BASIC', rules: [] });
  });
});
