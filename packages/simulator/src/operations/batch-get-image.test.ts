import { MEDIA_TYPES } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('BatchGetImage', () => {
  it('R2: returns each image with its manifest exactly as pushed and the ids as asked', async () => {
    const sim = await simWithRepo();
    // Pretty-printed on purpose: the text, not a re-serialisation, comes back.
    const manifest = JSON.stringify(JSON.parse(manifests.image({ seedText: 'as-pushed' })), null, 3);
    const { image } = await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v1' });
    const digest = image?.imageId?.imageDigest as string;
    const result = await sim.batchGetImage({
      repositoryName: 'app',
      imageIds: [{ imageTag: 'v1' }, { imageDigest: digest }],
    });
    expect(result).toEqual({
      images: [
        {
          registryId: '123456789012',
          repositoryName: 'app',
          imageId: { imageDigest: digest, imageTag: 'v1' },
          imageManifest: manifest,
          imageManifestMediaType: MEDIA_TYPES.dockerManifest,
        },
        {
          registryId: '123456789012',
          repositoryName: 'app',
          imageId: { imageDigest: digest },
          imageManifest: manifest,
          imageManifestMediaType: MEDIA_TYPES.dockerManifest,
        },
      ],
      failures: [],
    });
  });

  it('R2: returns the text of a manifest built by manifests.image exactly, whatever its layers', async () => {
    const sim = await simWithRepo();
    for (const layers of [0, 1, 5]) {
      const imageManifest = manifests.image({ seedText: `built-${layers}`, layers });
      const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageManifest });
      // Another push in between: the image keeps its own text, not the builder's last one.
      await sim.pushImage({ repositoryName: 'app' });
      const { images } = await sim.batchGetImage({ repositoryName: 'app', imageIds: [{ imageDigest }] });
      expect(images?.[0]?.imageManifest).toBe(imageManifest);
    }
  });

  it('R2: reports ImageNotFound, MissingDigestAndTag, InvalidImageDigest and ImageTagDoesNotMatchDigest as failures', async () => {
    const sim = await simWithRepo();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v2' });
    const result = await sim.batchGetImage({
      repositoryName: 'app',
      imageIds: [{ imageTag: 'nope' }, {}, { imageDigest: 'sha256:zz' }, { imageDigest, imageTag: 'v2' }],
    });
    expect(result.images).toEqual([]);
    expect(result.failures).toEqual([
      {
        imageId: { imageTag: 'nope' },
        failureCode: 'ImageNotFound',
        failureReason: 'Requested image not found',
      },
      {
        imageId: {},
        failureCode: 'MissingDigestAndTag',
        failureReason: 'Invalid request parameters: both tag and digest cannot be null',
      },
      {
        imageId: { imageDigest: 'sha256:zz' },
        failureCode: 'InvalidImageDigest',
        failureReason:
          "Invalid request parameters: image digest should satisfy the regex '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+'",
      },
      {
        imageId: { imageDigest, imageTag: 'v2' },
        failureCode: 'ImageTagDoesNotMatchDigest',
        failureReason: 'Invalid request parameters: image tag does not match digest',
      },
    ]);
  });

  it('R3: acceptedMediaTypes never converts: an index comes back as pushed', async () => {
    const sim = await simWithRepo();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
    const index = manifests.index([imageDigest]);
    await sim.putImage({ repositoryName: 'app', imageManifest: index, imageTag: 'multi' });
    const { images } = await sim.batchGetImage({
      repositoryName: 'app',
      imageIds: [{ imageTag: 'multi' }],
      acceptedMediaTypes: [MEDIA_TYPES.dockerManifest],
    });
    expect(images?.[0]?.imageManifest).toBe(index);
    expect(images?.[0]?.imageManifestMediaType).toBe(MEDIA_TYPES.ociIndex);
  });

  it('returns RepositoryNotFoundException for a repository that does not exist', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.batchGetImage({ repositoryName: 'nope', imageIds: [{ imageTag: 'v1' }] }),
      'RepositoryNotFoundException',
    );
  });
});
