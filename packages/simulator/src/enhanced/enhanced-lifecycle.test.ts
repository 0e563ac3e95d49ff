import type { RegistryScanningRule } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import type { SimulatorOptions } from '../glossary.js';
import { manifests } from '../manifests.js';
import { expectEcrError } from '../test-support/fixtures.js';

const DAY = 86_400_000;
const rule = (
  scanFrequency: RegistryScanningRule['scanFrequency'],
  filter: string,
): RegistryScanningRule => ({
  scanFrequency,
  repositoryFilters: [{ filter, filterType: 'WILDCARD' }],
});

/** An ENHANCED registry: `cont*` repositories CONTINUOUS_SCAN, `push*` SCAN_ON_PUSH, the rest MANUAL. */
async function enhancedSim(options: Omit<SimulatorOptions, 'clock'> = {}) {
  const sim = createSimulator(options);
  for (const repositoryName of ['cont', 'push', 'manual']) await sim.createRepository({ repositoryName });
  await sim.putRegistryScanningConfiguration({
    scanType: 'ENHANCED',
    rules: [rule('CONTINUOUS_SCAN', 'cont*'), rule('SCAN_ON_PUSH', 'push*')],
  });
  return sim;
}
type Sim = Awaited<ReturnType<typeof enhancedSim>>;
const shown = (sim: Sim, repositoryName: string, imageDigest: string) =>
  sim.describeImageScanFindings({ repositoryName, imageId: { imageDigest } });
const status = async (sim: Sim, repositoryName: string, imageDigest: string) =>
  (await shown(sim, repositoryName, imageDigest)).imageScanStatus;

describe('ENHANCED scan lifecycle', () => {
  it('E3: an image of a MANUAL repository has no scan; nothing is scanned by the basic scanner', async () => {
    const sim = await enhancedSim({ quotas: { accountScanLimit: 1 } });
    const { imageDigest } = await sim.pushImage({ repositoryName: 'manual' });
    await expectEcrError(shown(sim, 'manual', imageDigest), 'ScanNotFoundException');
    sim.clock.tick('1h');
    await expectEcrError(shown(sim, 'manual', imageDigest), 'ScanNotFoundException');
  });

  it('E4, E5, E6: SCAN_ON_PUSH: ScanNotFound while ingesting, PENDING with both lists, then COMPLETE for good', async () => {
    const sim = await enhancedSim({ enhanced: { ingestDelayMs: 5_000, initialScanMs: 120_000 } });
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'push',
      profile: { severityCounts: { HIGH: 3 } },
    });
    await expectEcrError(shown(sim, 'push', imageDigest), 'ScanNotFoundException');
    sim.clock.tick(4_999);
    await expectEcrError(shown(sim, 'push', imageDigest), 'ScanNotFoundException');
    sim.clock.tick(1);
    const pending = await shown(sim, 'push', imageDigest);
    expect(pending.imageScanStatus).toEqual({
      status: 'PENDING',
      description: 'Pending start of the image scan.',
    });
    expect(pending.imageScanFindings).toEqual({ findings: [], enhancedFindings: [] });
    sim.clock.tick(119_999);
    expect((await status(sim, 'push', imageDigest))?.status).toBe('PENDING');
    sim.clock.tick(1);
    const done = await shown(sim, 'push', imageDigest);
    expect(done.imageScanStatus).toEqual({
      status: 'COMPLETE',
      description: 'The scan was completed successfully.',
    });
    expect(done.imageScanFindings?.findingSeverityCounts).toEqual({ HIGH: 3 });
    sim.clock.tick(400 * DAY);
    expect(await shown(sim, 'push', imageDigest)).toEqual(done);
  });

  it('E2, E7, E8: CONTINUOUS_SCAN: ACTIVE first without findings during the lag, then with counts and timestamps', async () => {
    const sim = await enhancedSim({ enhanced: { findingsLagMs: 15_000 } });
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'cont',
      profile: { severityCounts: { LOW: 2 } },
    });
    sim.clock.tick('60s');
    const early = await shown(sim, 'cont', imageDigest);
    expect(early.imageScanStatus).toEqual({
      status: 'ACTIVE',
      description: 'Continuous scan is selected for image.',
    });
    expect(early.imageScanFindings).toEqual({ findings: [], enhancedFindings: [] });
    sim.clock.tick('15s');
    const ready = await shown(sim, 'cont', imageDigest);
    expect(ready.imageScanFindings?.imageScanCompletedAt).toEqual(new Date(sim.clock.now()));
    expect(ready.imageScanFindings?.vulnerabilitySourceUpdatedAt?.getTime()).toBeLessThanOrEqual(
      sim.clock.now(),
    );
    expect(ready.imageScanFindings?.findingSeverityCounts).toEqual({ LOW: 2 });
  });

  it('E9: an unsupported OS and an image index show UNSUPPORTED_IMAGE after the initial scan', async () => {
    const sim = await enhancedSim();
    const os = await sim.pushImage({
      repositoryName: 'cont',
      profile: { outcome: 'FAILED', os: { name: 'alpine', version: 'v3.21' } },
    });
    const index = await sim.putImage({
      repositoryName: 'cont',
      imageManifest: manifests.index([os.imageDigest]),
    });
    const indexDigest = index.image?.imageId?.imageDigest as string;
    expect((await status(sim, 'cont', os.imageDigest))?.status).toBe('PENDING');
    sim.clock.tick('60s');
    expect(await status(sim, 'cont', os.imageDigest)).toEqual({
      status: 'UNSUPPORTED_IMAGE',
      description: "UnsupportedImageError: The operating system 'alpine' version 'v3.21' is not supported.",
    });
    expect(await status(sim, 'cont', indexDigest)).toEqual({
      status: 'UNSUPPORTED_IMAGE',
      description:
        "UnsupportedImageError: The media type 'application/vnd.oci.image.index.v1+json' is not supported.",
    });
    expect((await shown(sim, 'cont', indexDigest)).imageScanFindings).toEqual({
      findings: [],
      enhancedFindings: [],
    });
  });

  it('E10: ACTIVE until the re-scan duration after the last push, then SCAN_ELIGIBILITY_EXPIRED with findings as last seen', async () => {
    const sim = await enhancedSim({ enhanced: { rescanDuration: 'DAYS_3' } });
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'cont',
      profile: { severityCounts: { HIGH: 1 } },
    });
    sim.clock.tick(3 * DAY);
    const last = await shown(sim, 'cont', imageDigest);
    expect(last.imageScanStatus?.status).toBe('ACTIVE');
    sim.clock.tick(1);
    const expired = await shown(sim, 'cont', imageDigest);
    expect(expired.imageScanStatus).toEqual({
      status: 'SCAN_ELIGIBILITY_EXPIRED',
      description:
        'The image is no longer eligible for continuous scanning: it was not pushed within the re-scan duration. Push it again to resume scanning.',
    });
    sim.clock.tick(60 * DAY);
    expect((await shown(sim, 'cont', imageDigest)).imageScanFindings).toEqual(last.imageScanFindings);
  });

  it('E10: LIFETIME never expires; SCAN_ON_PUSH images never expire', async () => {
    const sim = await enhancedSim({ enhanced: { rescanDuration: 'LIFETIME' } });
    const cont = await sim.pushImage({ repositoryName: 'cont' });
    const push = await sim.pushImage({ repositoryName: 'push' });
    sim.clock.tick(1000 * DAY);
    expect((await status(sim, 'cont', cont.imageDigest))?.status).toBe('ACTIVE');
    expect((await status(sim, 'push', push.imageDigest))?.status).toBe('COMPLETE');
  });

  it('E11: re-pushing an expired image (a new tag) starts a new scan; re-pushing an eligible one extends it', async () => {
    const sim = await enhancedSim({ enhanced: { rescanDuration: 'DAYS_3' } });
    const manifest = manifests.image({ seedText: 'repush' });
    const { image } = await sim.putImage({ repositoryName: 'cont', imageManifest: manifest, imageTag: 'a' });
    const digest = image?.imageId?.imageDigest as string;
    sim.clock.tick(2 * DAY);
    await sim.putImage({ repositoryName: 'cont', imageManifest: manifest, imageTag: 'b' }); // eligible: extends
    sim.clock.tick(2 * DAY);
    expect((await status(sim, 'cont', digest))?.status).toBe('ACTIVE');
    sim.clock.tick(2 * DAY);
    expect((await status(sim, 'cont', digest))?.status).toBe('SCAN_ELIGIBILITY_EXPIRED');
    await sim.putImage({ repositoryName: 'cont', imageManifest: manifest, imageTag: 'c' }); // expired: rescans
    expect((await status(sim, 'cont', digest))?.status).toBe('PENDING');
    sim.clock.tick('60s');
    const again = await shown(sim, 'cont', digest);
    expect(again.imageScanStatus?.status).toBe('ACTIVE');
    expect(again.imageScanFindings?.imageScanCompletedAt).toEqual(new Date(sim.clock.now()));
  });

  it('E12: switching ENHANCED on scans images pushed in the last 30 days; older ones are SCAN_ELIGIBILITY_EXPIRED', async () => {
    const sim = createSimulator();
    await sim.createRepository({ repositoryName: 'app' });
    const old = await sim.pushImage({ repositoryName: 'app', seedText: 'old' });
    sim.clock.tick(20 * DAY);
    const recent = await sim.pushImage({ repositoryName: 'app', seedText: 'recent' });
    sim.clock.tick(10 * DAY + 1);
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    expect((await status(sim, 'app', old.imageDigest))?.status).toBe('SCAN_ELIGIBILITY_EXPIRED');
    expect((await shown(sim, 'app', old.imageDigest)).imageScanFindings).toEqual({
      findings: [],
      enhancedFindings: [],
    });
    expect((await status(sim, 'app', recent.imageDigest))?.status).toBe('PENDING');
    sim.clock.tick('60s');
    // Recognised, but pushed 10 days ago: 4 days of the default DAYS_14 left.
    expect((await status(sim, 'app', recent.imageDigest))?.status).toBe('ACTIVE');
  });

  it('E13: a rule change from SCAN_ON_PUSH to CONTINUOUS_SCAN starts a new scan of the repository’s images', async () => {
    const sim = await enhancedSim();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'push' });
    sim.clock.tick('2m');
    expect((await status(sim, 'push', imageDigest))?.status).toBe('COMPLETE');
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [rule('CONTINUOUS_SCAN', 'push')],
    });
    expect((await status(sim, 'push', imageDigest))?.status).toBe('PENDING');
    sim.clock.tick('60s');
    expect((await status(sim, 'push', imageDigest))?.status).toBe('ACTIVE');
    await sim.putRegistryScanningConfiguration({
      scanType: 'ENHANCED',
      rules: [rule('CONTINUOUS_SCAN', 'other')],
    });
    await expectEcrError(shown(sim, 'push', imageDigest), 'ScanNotFoundException');
  });

  it('E30: ENHANCED to BASIC shows the earlier basic scans again and spends no basic scan; back to ENHANCED scans again', async () => {
    const sim = createSimulator({ quotas: { accountScanLimit: 1 } });
    await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    const { imageDigest } = await sim.pushImage({
      repositoryName: 'app',
      profile: { severityCounts: { LOW: 1 } },
    });
    sim.clock.tick('30s');
    const basic = await shown(sim, 'app', imageDigest);
    expect(basic.imageScanStatus?.status).toBe('COMPLETE');
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    const pushed = await sim.pushImage({ repositoryName: 'app', seedText: 'while-enhanced' });
    sim.clock.tick('60s');
    expect((await status(sim, 'app', pushed.imageDigest))?.status).toBe('ACTIVE');
    await sim.putRegistryScanningConfiguration({ scanType: 'BASIC' });
    expect(await shown(sim, 'app', imageDigest)).toEqual(basic);
    // The image pushed under ENHANCED was never basic-scanned, and the (full) account window was not touched.
    await expectEcrError(shown(sim, 'app', pushed.imageDigest), 'ScanNotFoundException');
    await sim.putRegistryScanningConfiguration({ scanType: 'ENHANCED' });
    expect((await status(sim, 'app', imageDigest))?.status).toBe('PENDING');
  });

  it('E1: StartImageScan under ENHANCED is ValidationException "This feature is disabled" and changes nothing', async () => {
    const sim = await enhancedSim();
    const { imageDigest } = await sim.pushImage({ repositoryName: 'cont' });
    const before = sim.snapshot();
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'cont', imageId: { imageDigest } }),
      'ValidationException',
      'This feature is disabled',
    );
    expect(sim.snapshot()).toEqual(before);
  });

  it('E37: a registry Inspector setting overrides the rescanDuration option', async () => {
    const sim = await enhancedSim({ enhanced: { rescanDuration: 'DAYS_180' } });
    const { imageDigest } = await sim.pushImage({ repositoryName: 'cont' });
    sim.clock.tick(8 * DAY);
    expect((await status(sim, 'cont', imageDigest))?.status).toBe('ACTIVE');
    // What Inspector2 UpdateConfiguration will write (issue 16), through a snapshot here.
    const snapshot = sim.snapshot() as unknown as { registries: Array<Record<string, unknown>> };
    (snapshot.registries[0] as Record<string, unknown>)['inspector'] = {
      rescanDuration: 'DAYS_7',
      updatedAt: 0,
    };
    const restored = createSimulator({ snapshot: snapshot as never });
    const restoredStatus = await restored.describeImageScanFindings({
      repositoryName: 'cont',
      imageId: { imageDigest },
    });
    expect(restoredStatus.imageScanStatus?.status).toBe('SCAN_ELIGIBILITY_EXPIRED');
  });
});
