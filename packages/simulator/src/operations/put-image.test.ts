import { CONSTRAINTS, MEDIA_TYPES } from '@ecr-scan-sim/model';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

const digestOf = (text: string) => `sha256:${bytesToHex(sha256(new TextEncoder().encode(text)))}`;

describe('PutImage', () => {
  it('I4: stores the manifest under the sha256 of its UTF-8 bytes', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'ünïcode' });
    const { image } = await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v1' });
    expect(image).toEqual({
      registryId: '123456789012',
      repositoryName: 'app',
      imageId: { imageDigest: digestOf(manifest), imageTag: 'v1' },
      imageManifest: manifest,
      imageManifestMediaType: MEDIA_TYPES.dockerManifest,
    });
  });

  it('I4: a given imageDigest that differs is ImageDigestDoesNotMatchException', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'a' });
    const wrong = `sha256:${'0'.repeat(64)}`;
    await expectEcrError(
      sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageDigest: wrong }),
      'ImageDigestDoesNotMatchException',
    );
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageDigest: digestOf(manifest) });
  });

  it.each(['not json', '{"schemaVersion":1}', '[]', '{"mediaType":"x"}', '{"schemaVersion":2}'])(
    'I4: %j is InvalidParameterException on ImageManifest',
    async (manifest) => {
      const sim = await simWithRepo();
      await expectEcrError(
        sim.putImage({ repositoryName: 'app', imageManifest: manifest }),
        'InvalidParameterException',
        `Invalid parameter at 'ImageManifest' failed to satisfy constraint: '${CONSTRAINTS.imageManifest}'`,
      );
    },
  );

  it('I4: moves a tag from another image, which stays untagged', async () => {
    const sim = await simWithRepo();
    const one = await sim.pushImage({ repositoryName: 'app', imageTag: 'latest', seedText: 'one' });
    sim.clock.tick(1);
    const two = await sim.pushImage({ repositoryName: 'app', imageTag: 'latest', seedText: 'two' });
    const { imageDetails } = await sim.describeImages({ repositoryName: 'app' });
    expect(imageDetails?.map((d) => [d.imageDigest, d.imageTags])).toEqual([
      [one.imageDigest, undefined],
      [two.imageDigest, ['latest']],
    ]);
  });

  it('I4: the same manifest and tag again is ImageAlreadyExistsException; a new tag re-tags it', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'x' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v1' });
    const error = await expectEcrError(
      sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v1' }),
      'ImageAlreadyExistsException',
    );
    expect(error.message).toContain(digestOf(manifest));
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v2' });
    const { imageDetails } = await sim.describeImages({ repositoryName: 'app' });
    expect(imageDetails?.[0]?.imageTags).toEqual(['v1', 'v2']);
  });

  it('I4: an IMMUTABLE repository refuses to move a tag (ImageTagAlreadyExistsException)', async () => {
    const sim = await simWithRepo();
    await sim.createRepository({ repositoryName: 'frozen', imageTagMutability: 'IMMUTABLE' });
    await sim.pushImage({ repositoryName: 'frozen', imageTag: 'v1', seedText: 'a' });
    await expectEcrError(
      sim.pushImage({ repositoryName: 'frozen', imageTag: 'v1', seedText: 'b' }),
      'ImageTagAlreadyExistsException',
      "The image tag 'v1' already exists in the 'frozen' repository and cannot be overwritten because the repository is immutable.",
    );
  });

  it('I4: IMMUTABLE_WITH_EXCLUSION lets excluded tags move', async () => {
    const sim = await simWithRepo();
    await sim.createRepository({
      repositoryName: 'mixed',
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'dev-*' }],
    });
    await sim.pushImage({ repositoryName: 'mixed', imageTag: 'dev-1', seedText: 'a' });
    await sim.pushImage({ repositoryName: 'mixed', imageTag: 'dev-1', seedText: 'b' });
    await sim.pushImage({ repositoryName: 'mixed', imageTag: 'v1', seedText: 'a' });
    await expectEcrError(
      sim.pushImage({ repositoryName: 'mixed', imageTag: 'v1', seedText: 'c' }),
      'ImageTagAlreadyExistsException',
    );
  });

  it('I4: records media types and sizes (config + layers; an index the largest known child)', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 's', layers: 3 });
    const parsed = JSON.parse(manifest) as { config: { size: number }; layers: { size: number }[] };
    const size = parsed.config.size + parsed.layers.reduce((t, l) => t + l.size, 0);
    const child = await sim.pushImage({ repositoryName: 'app', imageManifest: manifest });
    sim.clock.tick(1);
    const index = manifests.index([child.imageDigest, `sha256:${'f'.repeat(64)}`]);
    await sim.putImage({ repositoryName: 'app', imageManifest: index, imageTag: 'multi' });
    sim.clock.tick(1);
    const artifact = manifests.artifact('application/vnd.cncf.helm.config.v1+json');
    await sim.putImage({ repositoryName: 'app', imageManifest: artifact, imageTag: 'chart' });
    sim.clock.tick(1);
    const lone = manifests.index([`sha256:${'e'.repeat(64)}`], MEDIA_TYPES.dockerManifestList);
    await sim.putImage({ repositoryName: 'app', imageManifest: lone, imageTag: 'lone' });
    const { imageDetails = [] } = await sim.describeImages({ repositoryName: 'app' });
    expect(
      imageDetails.map((d) => [d.imageManifestMediaType, d.artifactMediaType, d.imageSizeInBytes]),
    ).toEqual([
      [MEDIA_TYPES.dockerManifest, MEDIA_TYPES.dockerConfig, size],
      [MEDIA_TYPES.ociIndex, undefined, size],
      [MEDIA_TYPES.ociManifest, 'application/vnd.cncf.helm.config.v1+json', expect.any(Number)],
      [MEDIA_TYPES.dockerManifestList, undefined, new TextEncoder().encode(lone).length],
    ]);
  });

  it('I4: the media type given to PutImage wins over the manifest’s own; one of them is required', async () => {
    const sim = await simWithRepo();
    const manifest = JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: MEDIA_TYPES.ociConfig, size: 1 },
      layers: [],
    });
    await expectEcrError(
      sim.putImage({ repositoryName: 'app', imageManifest: manifest }),
      'InvalidParameterException',
    );
    const { image } = await sim.putImage({
      repositoryName: 'app',
      imageManifest: manifest,
      imageManifestMediaType: MEDIA_TYPES.ociManifest,
    });
    expect(image?.imageManifestMediaType).toBe(MEDIA_TYPES.ociManifest);
    const other = manifests.image({ seedText: 'q' });
    const given = await sim.putImage({
      repositoryName: 'app',
      imageManifest: other,
      imageManifestMediaType: MEDIA_TYPES.ociManifest,
    });
    expect(given.image?.imageManifestMediaType).toBe(MEDIA_TYPES.ociManifest);
  });

  it('I4: pushing to a missing repository is RepositoryNotFoundException', async () => {
    const sim = await simWithRepo();
    await expectEcrError(
      sim.pushImage({ repositoryName: 'nope' }),
      'RepositoryNotFoundException',
      "The repository with name 'nope' does not exist in the registry with id '123456789012'",
    );
  });
});
