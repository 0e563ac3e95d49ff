import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../fixtures/manifests.js';
import { KNOWN_DEVIATIONS } from './known-deviations.js';

/**
 * Each known deviation pinned as the behaviour the spec asks for. While the deviation is open the test is
 * `it.fails` (it must fail); once the simulator is fixed it passes, `it.fails` reports that, and the entry in
 * known-deviations.ts is set to false, which also makes the oracle stop predicting the old behaviour.
 */
const pinned = (open: boolean) => (open ? it.fails : it);

async function simulatorWithRepository() {
  const sim = createSimulator({ clock: new FakeClock() });
  await sim.createRepository({ repositoryName: 'r1' });
  return sim;
}

describe('known deviations of the simulator from the spec', () => {
  pinned(KNOWN_DEVIATIONS.archivesArtifacts)(
    'A1: UpdateImageStorageClass on a non-image artifact is ImageStorageClassUpdateNotSupportedException',
    async () => {
      const sim = await simulatorWithRepository();
      const artifact = buildManifest('artifact', 'sbom');
      await sim.putImage({
        repositoryName: 'r1',
        imageManifest: artifact.manifest,
        imageManifestMediaType: artifact.mediaType,
      });
      await expect(
        sim.updateImageStorageClass({
          repositoryName: 'r1',
          imageId: { imageDigest: artifact.digest },
          targetStorageClass: 'ARCHIVE',
        }),
      ).rejects.toMatchObject({ name: 'ImageStorageClassUpdateNotSupportedException' });
    },
  );

  pinned(KNOWN_DEVIATIONS.enhancedHidesArchive)(
    'A3: an archived image reports IMAGE_ARCHIVED also while the registry is ENHANCED',
    async () => {
      const sim = await simulatorWithRepository();
      const image = buildManifest('clean', 'archived');
      await sim.putImage({ repositoryName: 'r1', imageManifest: image.manifest, imageTag: 'v1' });
      const imageId = { imageTag: 'v1' };
      await sim.updateImageStorageClass({ repositoryName: 'r1', imageId, targetStorageClass: 'ARCHIVE' });
      await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED', rules: [] });
      const findings = await sim.describeImageScanFindings({ repositoryName: 'r1', imageId });
      expect(findings.imageScanStatus?.status).toBe('IMAGE_ARCHIVED');
    },
  );

  pinned(KNOWN_DEVIATIONS.clairListingSkipsEnhanced)(
    'N1: with CLAIR, DescribeImages shows the same scan status as DescribeImageScanFindings (ENHANCED registry)',
    async () => {
      const sim = createSimulator({ clock: new FakeClock(), engine: 'CLAIR' });
      await sim.createRepository({ repositoryName: 'r1' });
      const image = buildManifest('clean', 'enhanced');
      await sim.putImage({ repositoryName: 'r1', imageManifest: image.manifest, imageTag: 'v1' });
      await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED', rules: [] });
      const imageId = { imageTag: 'v1' };
      const findings = await sim.describeImageScanFindings({ repositoryName: 'r1', imageId });
      const listed = await sim.describeImages({ repositoryName: 'r1', imageIds: [imageId] });
      expect(listed.imageDetails?.[0]?.imageScanStatus?.status).toBe(findings.imageScanStatus?.status);
    },
  );
});
