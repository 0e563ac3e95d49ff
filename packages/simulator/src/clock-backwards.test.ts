/**
 * Rule T1: what the simulator shows when the clock moves backwards. Nothing recorded is undone; everything derived
 * is recomputed from the new `now()`, so scans, restores and windows look younger.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock/system-clock.js';
import { createSimulator } from './create-simulator.js';
import { expectEcrError, simWithRepo } from './test-support/fixtures.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

describe('moving the clock backwards', () => {
  it('T1: a completed scan shows IN_PROGRESS again and its event disappears until the clock passes it again', async () => {
    const sim = await simWithRepo({}, true);
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const read = async () =>
      (await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: 'v1' } }))
        .imageScanStatus?.status;
    sim.clock.tick('30s');
    expect(await read()).toBe('COMPLETE');
    expect(sim.events).toHaveLength(1);
    sim.clock.setSystemTime(T0 + 10_000);
    expect(await read()).toBe('IN_PROGRESS');
    expect(sim.events).toHaveLength(0);
    sim.clock.setSystemTime(T0 - 3_600_000); // before the scan started: still there, still IN_PROGRESS
    expect(await read()).toBe('IN_PROGRESS');
  });

  it('T1: a scan start later than now keeps the per-image window closed', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    sim.clock.setSystemTime(T0 + 3_600_000);
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } });
    sim.clock.setSystemTime(T0);
    await expectEcrError(
      sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } }),
      'LimitExceededException',
    );
  });

  it('T1: starts later than now count in the account window', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 1 } });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'a' });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'b' });
    sim.clock.setSystemTime(T0 + 3_600_000);
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } });
    sim.clock.setSystemTime(T0);
    const refused = await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'b' } });
    expect(refused.imageScanStatus?.status).toBe('LIMIT_EXCEEDED');
  });

  it('T1: a start forgotten by the account window (a later scan was accepted one window after it) stays forgotten', async () => {
    const sim = await simWithRepo({ quotas: { accountScanLimit: 2, accountWindowMs: 3_600_000 } });
    for (const tag of ['a', 'b', 'c']) await sim.pushImage({ repositoryName: 'app', imageTag: tag });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'a' } }); // at T0
    sim.clock.tick('1h');
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'b' } }); // forgets a's start
    sim.clock.setSystemTime(T0 + 600_000);
    const accepted = await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'c' } });
    expect(accepted.imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('T1: a finished restore shows ACTIVATING again before its completion time', async () => {
    const sim = await simWithRepo();
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    const imageId = { imageTag: 'v1' };
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'ARCHIVE' });
    await sim.updateImageStorageClass({ repositoryName: 'app', imageId, targetStorageClass: 'STANDARD' });
    const status = async () =>
      (await sim.describeImages({ repositoryName: 'app', imageIds: [imageId] })).imageDetails?.[0]
        ?.imageStatus;
    sim.clock.tick('20m');
    expect(await status()).toBe('ACTIVE');
    sim.clock.setSystemTime(T0 + 60_000);
    expect(await status()).toBe('ACTIVATING');
  });
});

describe('no timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('T1: the simulator schedules no timers; with systemClock, vi.useFakeTimers drives the scans', async () => {
    vi.useFakeTimers({ now: T0 });
    const sim = createSimulator({ clock: systemClock });
    await sim.createRepository({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } });
    await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
    await sim.startImageScan({ repositoryName: 'app', imageId: { imageTag: 'v1' } }).catch(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
    const read = async () =>
      (await sim.describeImageScanFindings({ repositoryName: 'app', imageId: { imageTag: 'v1' } }))
        .imageScanStatus?.status;
    expect(await read()).toBe('IN_PROGRESS');
    vi.advanceTimersByTime(30_000);
    expect(await read()).toBe('COMPLETE');
  });
});
