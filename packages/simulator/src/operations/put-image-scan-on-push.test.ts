import { describe, expect, it } from 'vitest';
import { manifestDigest as digestOf } from '../internal/digest.js';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

describe('PutImage scan on push', () => {
  const status = async (
    sim: Awaited<ReturnType<typeof simWithRepo>>,
    digest: string,
    repositoryName = 'app',
  ) =>
    (await sim.describeImageScanFindings({ repositoryName, imageId: { imageDigest: digest } }))
      .imageScanStatus;

  it('C1: the repository scanOnPush starts a scan; without it there is none (L5)', async () => {
    const sim = await simWithRepo({}, true);
    await sim.createRepository({ repositoryName: 'manual' });
    const scanned = await sim.pushImage({ repositoryName: 'app' });
    const unscanned = await sim.pushImage({ repositoryName: 'manual' });
    expect(await status(sim, scanned.imageDigest)).toEqual({ status: 'IN_PROGRESS' });
    await expectEcrError(
      sim.describeImageScanFindings({
        repositoryName: 'manual',
        imageId: { imageDigest: unscanned.imageDigest },
      }),
      'ScanNotFoundException',
    );
  });

  it('C1: a registry BASIC SCAN_ON_PUSH rule with a matching wildcard starts a scan', async () => {
    const sim = await simWithRepo();
    await sim.createRepository({ repositoryName: 'team/api' });
    await sim.putRegistryScanningConfiguration({
      scanType: 'BASIC',
      rules: [
        { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'team/*', filterType: 'WILDCARD' }] },
      ],
    });
    const matched = await sim.pushImage({ repositoryName: 'team/api' });
    const other = await sim.pushImage({ repositoryName: 'app' });
    expect(await status(sim, matched.imageDigest, 'team/api')).toEqual({ status: 'IN_PROGRESS' });
    await expectEcrError(
      sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest: other.imageDigest } }),
      'ScanNotFoundException',
    );
  });

  it('C1: re-tagging an existing digest starts no new scan', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 1 } }, true);
    const manifest = manifests.image({ seedText: 'once' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'a' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'b' });
    expect(await status(sim, digestOf(manifest))).toEqual({ status: 'IN_PROGRESS' });
  });

  it('U2: an index or a non-image artifact is never scanned on push', async () => {
    const sim = await simWithRepo({}, true);
    const child = await sim.pushImage({ repositoryName: 'app' });
    const index = await sim.putImage({
      repositoryName: 'app',
      imageManifest: manifests.index([child.imageDigest]),
    });
    const artifact = await sim.putImage({
      repositoryName: 'app',
      imageManifest: manifests.artifact('application/x-sig'),
    });
    for (const pushed of [index, artifact]) {
      await expectEcrError(
        sim.describeImageScanFindings({ repositoryName: 'app', imageId: pushed.image?.imageId }),
        'ScanNotFoundException',
      );
    }
  });

  it('Q5: a push while the account window is full shows LIMIT_EXCEEDED and uses no per-image slot', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 1, accountWindowMs: 60_000 } }, true);
    await sim.pushImage({ repositoryName: 'app', seedText: 'first' });
    const second = await sim.pushImage({ repositoryName: 'app', seedText: 'second' });
    expect(await status(sim, second.imageDigest)).toEqual({
      status: 'LIMIT_EXCEEDED',
      description: 'The daily basic scan quota for this registry has been exceeded.',
    });
    sim.clock.tick('1m');
    // The per-image window was never started, so a manual scan is accepted once the account window has room.
    const started = await sim.startImageScan({
      repositoryName: 'app',
      imageId: { imageDigest: second.imageDigest },
    });
    expect(started.imageScanStatus).toEqual({ status: 'IN_PROGRESS' });
  });

  it('L6: with scanRecordDelayMs the push scan record is ScanNotFoundException for that long', async () => {
    const sim = await simWithRepo({ scanRecordDelayMs: 2_000 }, true);
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
    await expectEcrError(
      sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest } }),
      'ScanNotFoundException',
    );
    sim.clock.tick(1_999);
    await expectEcrError(
      sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest } }),
      'ScanNotFoundException',
    );
    sim.clock.tick(1);
    expect(await status(sim, imageDigest)).toEqual({ status: 'IN_PROGRESS' });
  });

  it('L6: by default (D15) the push scan record is visible at once', async () => {
    const sim = await simWithRepo({}, true);
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app' });
    expect(await status(sim, imageDigest)).toEqual({ status: 'IN_PROGRESS' });
  });
});
