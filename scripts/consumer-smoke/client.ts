// Consumer check of @ecr-scan-sim/client: scanImage works the same on the simulator and on EcrScanClient.
import { ECRClient } from '@aws-sdk/client-ecr';
import { EcrScanClient, scanImage } from '@ecr-scan-sim/client';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { createSimulatorHandler } from '@ecr-scan-sim/wire';
import { equal } from './assert.js';

export async function check(): Promise<string> {
  const clock = new FakeClock('2026-01-01T00:00:00Z');
  const sim = createSimulator({ clock });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.pushImage({ repositoryName: 'app', imageTag: 'v1', profile: { severityCounts: { HIGH: 2 } } });
  const api = new EcrScanClient(
    new ECRClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      requestHandler: createSimulatorHandler(sim),
    }),
  );
  const sleep = async (ms: number) => {
    clock.tick(ms);
  };
  const result = await scanImage(
    api,
    { repositoryName: 'app', imageId: { imageTag: 'v1' } },
    {
      sleep,
      now: () => clock.now(),
    },
  );
  equal(result.status, 'COMPLETE', 'status');
  equal(result.severityCounts.HIGH, 2, 'HIGH findings');
  return 'scanImage over EcrScanClient + in-process handler';
}
