import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('StartImageScan', () => {
  it('L1: an accepted scan answers IN_PROGRESS with no description, echoing the members given (I5)', async () => {
    const sim = await simWithRepo();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    expect(await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } })).toEqual({
      registryId: '123456789012',
      repositoryName: 'app',
      imageId: { imageDigest, imageTag: 'v1' },
      imageScanStatus: { status: 'IN_PROGRESS' },
    });
  });

  it('E1: an ENHANCED registry refuses with ValidationException "This feature is disabled"', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED', rules: [] });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } }),
      'ValidationException',
      'This feature is disabled',
    );
  });

  it('U1: an image index is UnsupportedImageTypeException naming its media type', async () => {
    const sim = await simWithRepo();
    const child = await sim.pushImage({ repositoryName: 'app' });
    await sim.putImage({
      repositoryName: 'app',
      imageManifest: manifests.index([child.imageDigest]),
      imageTag: 'idx',
    });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'idx' } }),
      'UnsupportedImageTypeException',
      "An artifact with media type 'application/vnd.oci.image.index.v1+json' cannot be scanned. For more information, see the Amazon ECR documentation.",
    );
  });

  it('U2: a non-image artifact is refused naming its artifact media type', async () => {
    const sim = await simWithRepo();
    await sim.putImage({
      repositoryName: 'app',
      imageManifest: manifests.artifact('application/vnd.cncf.helm.config.v1+json'),
      imageTag: 'chart',
    });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'chart' } }),
      'UnsupportedImageTypeException',
      "An artifact with media type 'application/vnd.cncf.helm.config.v1+json' cannot be scanned. For more information, see the Amazon ECR documentation.",
    );
  });

  it('A2: an ARCHIVED or ACTIVATING image is ImageArchivedException', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const imageId = { imageTag: 'v1' };
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'ARCHIVE' });
    const message = 'The specified image is archived and cannot be scanned.';
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId }),
      'ImageArchivedException',
      message,
    );
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'STANDARD' });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId }),
      'ImageArchivedException',
      message,
    );
    sim.clock.tick('20m');
    await sim.startImageScan({ repositoryName: 'app', imageId });
  });

  it('I5: an imageId whose tag and digest name different images is ImageNotFoundException with both', async () => {
    const sim = await simWithRepo();
    const one = await sim.pushImage({ repositoryName: 'app', imageTag: 'one' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'two' });
    await expectEcrError(
      sim.startImageScan({
        repositoryName: 'app',
        imageId: { imageDigest: one.imageDigest, imageTag: 'two' },
      }),
      'ImageNotFoundException',
      `The image with imageId {imageDigest:'${one.imageDigest}', imageTag:'two'} does not exist within the repository with name 'app' in the registry with id '123456789012'`,
    );
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'three' } }),
      'ImageNotFoundException',
      "The image with imageId {imageDigest:'null', imageTag:'three'} does not exist within the repository with name 'app' in the registry with id '123456789012'",
    );
  });

  it('checks in order: repository → image → ENHANCED → type → archive → per-image → account', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 1 } });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'none', imageId: { imageTag: 'x' } }),
      'RepositoryNotFoundException',
    );
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'x' } }),
      'ImageNotFoundException',
    );
    await sim.putImage({ repositoryName: 'app', imageManifest: manifests.index([]), imageTag: 'idx' });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'idx' } }),
      'ValidationException',
    );
    await sim.putRegistryScanningConfiguration({ scanType: 'BASIC' });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'idx' } }),
      'UnsupportedImageTypeException',
    );
    await sim.pushImage({ repositoryName: 'app', imageTag: 'a' });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } });
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'a' },
      targetStorageClass: 'ARCHIVE',
    });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } }),
      'ImageArchivedException',
    );
    await sim.updateImageStorageClass({
      repositoryName: 'app',
      imageId: { imageTag: 'a' },
      targetStorageClass: 'STANDARD',
    });
    sim.clock.tick('20m');
    // Both windows are full for `a`: the per-image window answers first.
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } }),
      'LimitExceededException',
    );
  });
});
