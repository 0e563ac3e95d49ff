import { describe, expect, it } from 'vitest';
import { manifests } from '../manifests.js';
import { expectEcrError, simWithRepo } from '../test-support/fixtures.js';

const PER_IMAGE = 'The scan quota per image has been exceeded. Wait and try again.';

describe('StartImageScan quotas', () => {
  it('Q1: refuses a second scan of the same image within 24 h, accepts it at 24 h (rolling)', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const scan = () => sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } });
    sim.clock.setSystemTime('2026-01-01T10:00:00Z');
    await scan();
    sim.clock.setSystemTime('2026-01-02T09:59:59.999Z');
    await expectEcrError(scan(), 'LimitExceededException', PER_IMAGE);
    sim.clock.setSystemTime('2026-01-02T10:00:00Z');
    expect((await scan()).imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('Q2: a scan on push starts the per-image window, and a FAILED scan still used its slot', async () => {
    const sim = await simWithRepo({}, true);
    const { imageDigest } = await sim.pushImage({ repositoryName: 'app', profile: { outcome: 'FAILED' } });
    sim.clock.tick('1h');
    const failed = await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageDigest } });
    expect(failed.imageScanStatus?.status).toBe('FAILED');
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageDigest } }),
      'LimitExceededException',
      PER_IMAGE,
    );
  });

  it('Q3: several tags on one digest share one quota', async () => {
    const sim = await simWithRepo();
    const manifest = manifests.image({ seedText: 'shared' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'a' });
    await sim.putImage({ repositoryName: 'app', imageManifest: manifest, imageTag: 'b' });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'b' } }),
      'LimitExceededException',
    );
  });

  it('Q7: with window utc-day a new UTC day allows a new scan, however recent the last one', async () => {
    const sim = await simWithRepo({ quotas: { window: 'utc-day' } });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const scan = () => sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } });
    sim.clock.setSystemTime('2026-01-01T23:59:00Z');
    await scan();
    sim.clock.setSystemTime('2026-01-01T23:59:59.999Z');
    await expectEcrError(scan(), 'LimitExceededException');
    sim.clock.setSystemTime('2026-01-02T00:00:00Z');
    await scan();
  });

  it('Q6: account window full → HTTP 200 LIMIT_EXCEEDED, nothing consumed, status shown', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 2, accountWindowMs: 600_000 } });
    for (const tag of ['a', 'b', 'c']) await sim.pushImage({ repositoryName: 'app', imageTag: tag });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'b' } });
    const before = sim.snapshot();
    const refused = await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'c' } });
    expect(refused.imageScanStatus).toEqual({
      status: 'LIMIT_EXCEEDED',
      description: 'The daily basic scan quota for this registry has been exceeded.',
    });
    const after = sim.snapshot() as unknown as { registries: { accountWindow: number[] }[] };
    expect(after.registries[0]?.accountWindow).toEqual(
      (before as unknown as { registries: { accountWindow: number[] }[] }).registries[0]?.accountWindow,
    );
    const shown = await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: 'c' } });
    expect(shown.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
    // Nothing consumed: the per-image window of `c` did not start.
    sim.clock.tick('10m');
    expect(
      (await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'c' } })).imageScanStatus,
    ).toEqual({
      status: 'IN_PROGRESS',
    });
  });

  it('Q6: with accountQuotaExceeded "exception" it throws LimitExceededException with the account text', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 1 }, accountQuotaExceeded: 'exception' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'a' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'b' });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } });
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'b' } }),
      'LimitExceededException',
      "The basic scan quota of 1 scans per 24 hours has been exceeded for the registry with id '123456789012' in us-east-1. Wait and try again.",
    );
    await expectEcrError(
      sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: 'b' } }),
      'ScanNotFoundException',
    );
  });

  it('Q4: push scans and manual scans count in one window per (account, region)', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 2 } }, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'pushed' });
    await sim.putImageScanningConfiguration({
      repositoryName: 'app',
      imageScanningConfiguration: { scanOnPush: false },
    });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'm1' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'm2' });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'm1' } });
    const refused = await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'm2' } });
    expect(refused.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
    // Another region has its own window.
    await sim.call('CreateRepository', { repositoryName: 'app' }, { region: 'eu-west-1' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'eu', region: 'eu-west-1' });
    const eu = await sim.call(
      'StartImageScan',
      { repositoryName: 'app', imageId: { imageTag: 'eu' } },
      { region: 'eu-west-1' },
    );
    expect(eu.imageScanStatus?.status).toBe('IN_PROGRESS');
  });
});
