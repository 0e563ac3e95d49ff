import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('ListImages', () => {
  it('R1: lists one id per (digest, tag) and an untagged image by its digest alone', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'two-tags' });
    const { image } = await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'a' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'b' });
    sim.clock.tick('1s');
    const { imageDigest: untagged } = await sim.pushImage({ repositoryName: 'app' });
    const digest = image?.imageId?.imageDigest;
    expect(await sim.listImages({ repositoryName: 'app' })).toEqual({
      imageIds: [
        { imageDigest: digest, imageTag: 'a' },
        { imageDigest: digest, imageTag: 'b' },
        { imageDigest: untagged },
      ],
    });
    expect(
      (await sim.listImages({ repositoryName: 'app', filter: { tagStatus: 'UNTAGGED' } })).imageIds,
    ).toEqual([{ imageDigest: untagged }]);
    expect(
      (await sim.listImages({ repositoryName: 'app', filter: { tagStatus: 'TAGGED' } })).imageIds,
    ).toHaveLength(2);
  });

  it('R1, P1, P2: pages count image ids; the last page has no nextToken', async () => {
    const sim = await simWithRepo();
    for (let i = 0; i < 5; i++) {
      await sim.pushImage({ repositoryName: 'app', imageTag: `v${i}` });
      sim.clock.tick('1s'); // I1: push order
    }
    const first = await sim.listImages({ repositoryName: 'app', maxResults: 2 });
    expect(first.imageIds).toHaveLength(2);
    const second = await sim.listImages({ repositoryName: 'app', maxResults: 2, nextToken: first.nextToken });
    const third = await sim.listImages({ repositoryName: 'app', maxResults: 2, nextToken: second.nextToken });
    expect(third.imageIds?.map((id) => id.imageTag)).toEqual(['v4']);
    expect(third.nextToken).toBeUndefined();
  });

  it('R1, A4: archived images are listed only when filter.imageStatus asks', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'old' });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'old' },
      targetStorageClass: 'ARCHIVE',
    });
    expect((await sim.listImages({ repositoryName: 'app' })).imageIds).toEqual([]);
    expect(
      (await sim.listImages({ repositoryName: 'app', filter: { imageStatus: 'ARCHIVED' } })).imageIds,
    ).toHaveLength(1);
  });

  it('returns RepositoryNotFoundException for a repository that does not exist', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.listImages({ repositoryName: 'nope' }),
      'RepositoryNotFoundException',
      "The repository with name 'nope' does not exist in the registry with id '123456789012'",
    );
  });

  it('P3: returns InvalidParameterException for a nextToken issued for another filter', async () => {
    const sim = await simWithRepo();
    for (let i = 0; i < 3; i++) await sim.pushImage({ repositoryName: 'app', imageTag: `v${i}` });
    const { nextToken } = await sim.listImages({ repositoryName: 'app', maxResults: 1 });
    await expectEcrError(
      sim.listImages({ repositoryName: 'app', maxResults: 1, nextToken, filter: { tagStatus: 'TAGGED' } }),
      'InvalidParameterException',
    );
  });
});
