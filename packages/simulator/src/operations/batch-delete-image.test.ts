import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { basicEvents } from '../test-support/basic-events.js';
import { simWithRepo } from '../test-support/fixtures.js';

describe('BatchDeleteImage', () => {
  it('deletes by digest with all tags, and reports per-id failures with AWS-like reasons', async () => {
    const sim = await simWithRepo();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const result = await sim.batchDeleteImage({
      repositoryName: 'app',
      imageIds: [{ imageDigest }, { imageTag: 'missing' }, {}],
    });
    expect(result).toEqual({
      imageIds: [{ imageDigest }],
      failures: [
        {
          imageId: { imageTag: 'missing' },
          failureCode: 'ImageNotFound',
          failureReason: 'Requested image not found',
        },
        {
          imageId: {},
          failureCode: 'MissingDigestAndTag',
          failureReason: 'Invalid request parameters: both tag and digest cannot be null',
        },
      ],
    });
    expect((await sim.describeImages({ repositoryName: 'app' })).imageDetails).toEqual([]);
  });

  it('deleting one tag of a multi-tag image removes only that tag; the last tag removes the image', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'multi' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'a' });
    const { image } = await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'b' });
    const digest = image?.imageId?.imageDigest;
    expect(
      (await sim.batchDeleteImage({ repositoryName: 'app', imageIds: [{ imageTag: 'a' }] })).imageIds,
    ).toEqual([{ imageDigest: digest, imageTag: 'a' }]);
    expect((await sim.describeImages({ repositoryName: 'app' })).imageDetails?.[0]?.imageTags).toEqual(['b']);
    await sim.batchDeleteImage({ repositoryName: 'app', imageIds: [{ imageTag: 'b' }] });
    expect((await sim.describeImages({ repositoryName: 'app' })).imageDetails).toEqual([]);
  });

  it('a repeated id fails the second time', async () => {
    const sim = await simWithRepo();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
    const result = await sim.batchDeleteImage({
      repositoryName: 'app',
      imageIds: [{ imageDigest }, { imageDigest }],
    });
    expect(result.imageIds).toHaveLength(1);
    expect(result.failures?.map((f) => f.failureCode)).toEqual(['ImageNotFound']);
  });

  it('L8: events of scans completed before the deletion are kept', async () => {
    const sim = await simWithRepo({}, true);
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    sim.clock.tick('1m');
    await sim.batchDeleteImage({ repositoryName: 'app', imageIds: [{ imageDigest }] });
    expect(basicEvents(sim).map((e) => e.detail['image-digest'])).toEqual([imageDigest]);
  });
});
