// Consumer check of @ecr-scan-sim/simulator: a scan runs on the fake clock and the per-image quota holds (Q1).
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { equal, rejection } from './assert.js';

export async function check(): Promise<string> {
  const clock = new FakeClock('2026-01-01T00:00:00Z');
  const sim = createSimulator({ clock });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
  const image = { repositoryName: 'app', imageId: { imageTag: 'v1' } };

  equal((await sim.startImageScan(image)).imageScanStatus?.status, 'IN_PROGRESS', 'status after start');
  clock.tick('30s');
  equal(
    (await sim.describeImageScanFindings(image)).imageScanStatus?.status,
    'COMPLETE',
    'status after 30 s',
  );
  const error = await rejection(sim.startImageScan(image));
  equal(error.name, 'LimitExceededException', 'second scan');
  return 'scan completes on FakeClock; second scan within 24 h refused';
}
