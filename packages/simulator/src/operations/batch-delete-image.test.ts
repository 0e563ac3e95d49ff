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
      imageIds: [{ imageDigest, imageTag: 'v1' }],
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

  it('R21: deleting by digest answers one entry per tag the image carried', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'three-tags' });
    for (const imageTag of ['v1', 'v2', 'latest'])
      await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag });
    const { imageDigest: untagged } = await sim.pushImage({ repositoryName: 'app' });
    const digest = (await sim.describeImages({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }] }))
      .imageDetails?.[0]?.imageDigest;
    const result = await sim.batchDeleteImage({
      repositoryName: 'app',
      imageIds: [{ imageDigest: digest }, { imageDigest: untagged }],
    });
    expect(result).toEqual({
      imageIds: [
        { imageDigest: digest, imageTag: 'v1' },
        { imageDigest: digest, imageTag: 'v2' },
        { imageDigest: digest, imageTag: 'latest' },
        { imageDigest: untagged },
      ],
      failures: [],
    });
  });

  it('R21: a malformed digest is failure InvalidImageDigest and deletes nothing', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const result = await sim.batchDeleteImage({
      repositoryName: 'app',
      imageIds: [{ imageDigest: 'sha256:invalid-digest' }],
    });
    expect(result).toEqual({
      imageIds: [],
      failures: [
        {
          imageId: { imageDigest: 'sha256:invalid-digest' },
          failureCode: 'InvalidImageDigest',
          failureReason:
            "Invalid request parameters: image digest should satisfy the regex '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+'",
        },
      ],
    });
    expect((await sim.describeImages({ repositoryName: 'app' })).imageDetails).toHaveLength(1);
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
