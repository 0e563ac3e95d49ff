import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

const push = (sim: Awaited<ReturnType<typeof simWithRepo>>, seedText: string, imageTag: string) =>
  sim.putImage({ repositoryName: 'app', imageManifest: manifests.image({ seedText }), imageTag });

describe('PutImageTagMutability', () => {
  it('R19: answers the new setting and DescribeRepositories shows it', async () => {
    const sim = await simWithRepo();
    expect(
      await sim.putImageTagMutability({ repositoryName: 'app', imageTagMutability: 'IMMUTABLE' }),
    ).toEqual({
      registryId: '123456789012',
      repositoryName: 'app',
      imageTagMutability: 'IMMUTABLE',
    });
    const { repositories } = await sim.describeRepositories({ repositoryNames: ['app'] });
    expect(repositories?.[0]?.imageTagMutability).toBe('IMMUTABLE');
  });

  it('I6: after IMMUTABLE, moving a tag is ImageTagAlreadyExistsException and changes nothing', async () => {
    const sim = await simWithRepo();
    await push(sim, 'one', 'latest');
    await sim.putImageTagMutability({ repositoryName: 'app', imageTagMutability: 'IMMUTABLE' });
    const before = JSON.stringify(sim.snapshot());
    await expectEcrError(
      push(sim, 'two', 'latest'),
      'ImageTagAlreadyExistsException',
      "The image tag 'latest' already exists in the 'app' repository and cannot be overwritten because the repository is immutable.",
    );
    expect(JSON.stringify(sim.snapshot())).toBe(before);
    await push(sim, 'two', 'v2'); // a new tag is fine
  });

  it('I6: with IMMUTABLE_WITH_EXCLUSION the excluded tags move, the others do not', async () => {
    const sim = await simWithRepo();
    await sim.putImageTagMutability({
      repositoryName: 'app',
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'dev-*' }],
    });
    await push(sim, 'one', 'dev-1');
    await push(sim, 'one', 'v1');
    await push(sim, 'two', 'dev-1');
    await expectEcrError(push(sim, 'two', 'v1'), 'ImageTagAlreadyExistsException');
  });

  it('I6: with MUTABLE_WITH_EXCLUSION only the excluded tags are protected', async () => {
    const sim = await simWithRepo();
    await sim.putImageTagMutability({
      repositoryName: 'app',
      imageTagMutability: 'MUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'release-*' }],
    });
    await push(sim, 'one', 'latest');
    await push(sim, 'one', 'release-1');
    await push(sim, 'two', 'latest');
    await expectEcrError(push(sim, 'two', 'release-1'), 'ImageTagAlreadyExistsException');
  });

  it('V10: returns InvalidParameterException when exclusion filters and mutability disagree', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.putImageTagMutability({ repositoryName: 'app', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }),
      'InvalidParameterException',
      "Invalid parameter at 'imageTagMutabilityExclusionFilters' failed to satisfy constraint: 'ImageTagMutabilityExclusionFilters can't be null when imageTagMutability is set as IMMUTABLE_WITH_EXCLUSION'",
    );
    await expectEcrError(
      sim.createRepository({
        repositoryName: 'other',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'x' }],
      }),
      'InvalidParameterException',
    );
  });

  it('returns RepositoryNotFoundException for a repository that does not exist', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.putImageTagMutability({ repositoryName: 'nope', imageTagMutability: 'MUTABLE' }),
      'RepositoryNotFoundException',
    );
  });
});
