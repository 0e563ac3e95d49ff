import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('UpdateImageStorageClass', () => {
  it('A1: ARCHIVE is immediate; STANDARD restores through ACTIVATING for restoreDurationMs', async () => {
    const sim = await simWithRepo({ restoreDurationMs: 600_000 });
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const imageId = { imageTag: 'v1' };
    const archived = await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId,
      targetStorageClass: 'ARCHIVE',
    });
    expect(archived).toEqual({
      registryId: '123456789012',
      repositoryName: 'app',
      imageId: { imageDigest, imageTag: 'v1' },
      imageStatus: 'ARCHIVED',
    });
    sim.clock.tick('1h');
    const restoring = await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId,
      targetStorageClass: 'STANDARD',
    });
    expect(restoring.imageStatus).toBe('ACTIVATING');
    sim.clock.tick(599_999);
    const detail = async () =>
      (await sim.describeImages({ repositoryName: 'app', imageIds: [imageId] })).imageDetails?.[0];
    expect((await detail())?.imageStatus).toBe('ACTIVATING');
    sim.clock.tick(1);
    const active = await detail();
    expect(active?.imageStatus).toBe('ACTIVE');
    expect(active?.lastArchivedAt).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(active?.lastActivatedAt).toEqual(new Date('2026-01-01T01:10:00Z'));
  });

  it('A1: re-pushing an archived image restores it', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'r' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v1' });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'v1' },
      targetStorageClass: 'ARCHIVE',
    });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'v1' });
    const status = async () =>
      (await sim.describeImages({ repositoryName: 'app', imageIds: [{ imageTag: 'v1' }] })).imageDetails?.[0]
        ?.imageStatus;
    expect(await status()).toBe('ACTIVATING');
    sim.clock.tick('20m');
    expect(await status()).toBe('ACTIVE');
  });

  it('A1: an index cannot change storage class', async () => {
    const sim = await simWithRepo();
    await sim.putImage({ repositoryName: 'app', imageManifest: manifests.index([]), imageTag: 'idx' });
    await expectEcrError(
      sim.updateImageStorageClass({
        repositoryName: 'app',
        imageId: { imageTag: 'idx' },
        targetStorageClass: 'ARCHIVE',
      }),
      'ImageStorageClassUpdateNotSupportedException',
    );
  });

  it('A1: a non-image artifact cannot change storage class, and stays ACTIVE', async () => {
    const sim = await simWithRepo();
    const helm = 'application/vnd.cncf.helm.config.v1+json';
    await sim.putImage({ repositoryName: 'app', imageManifest: manifests.artifact(helm), imageTag: 'chart' });
    await expectEcrError(
      sim.updateImageStorageClass({
        repositoryName: 'app',
        imageId: { imageTag: 'chart' },
        targetStorageClass: 'ARCHIVE',
      }),
      'ImageStorageClassUpdateNotSupportedException',
      `The storage class of an artifact with media type '${helm}' cannot be updated.`,
    );
    const listed = await sim.describeImages({ repositoryName: 'app' });
    expect(listed.imageDetails?.map((d) => d.imageStatus)).toEqual(['ACTIVE']);
  });

  it('A3, E31: an archived image shows IMAGE_ARCHIVED even when the registry uses ENHANCED scanning', async () => {
    const sim = await simWithRepo({ engine: 'CLAIR' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    const imageId = { imageTag: 'v1' };
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'ARCHIVE' });
    const shown = await sim.describeImageScanFindings({ repositoryName: 'app', imageId });
    expect(shown.imageScanStatus?.status).toBe('IMAGE_ARCHIVED');
    expect(shown.imageScanFindings).toEqual({ findings: [], enhancedFindings: [] });
    // E30: under ENHANCED the listing carries no scan fields, CLAIR or not.
    const listed = await sim.describeImages({ repositoryName: 'app', filter: { imageStatus: 'ARCHIVED' } });
    expect(listed.imageDetails?.[0]).not.toHaveProperty('imageScanStatus');
  });
});
