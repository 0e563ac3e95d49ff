// Consumer check of @ecr-scan-sim/wire: a real ECRClient runs in-process through createSimulatorHandler, and
// errors arrive as the SDK's own exception classes.
import {
  DescribeImageScanFindingsCommand,
  ECRClient,
  LimitExceededException,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { createSimulator, FakeClock } from '@ecr-scan-sim/simulator';
import { createSimulatorHandler } from '@ecr-scan-sim/wire';
import { equal, rejection } from './assert.js';

export async function check(): Promise<string> {
  const clock = new FakeClock('2026-01-01T00:00:00Z');
  const sim = createSimulator({ clock });
  const client = new ECRClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    requestHandler: createSimulatorHandler(sim),
    maxAttempts: 1,
  });
  await sim.createRepository({ repositoryName: 'app' });
  await sim.pushImage({ repositoryName: 'app', imageTag: 'v1' });
  const image = { repositoryName: 'app', imageId: { imageTag: 'v1' } };

  await client.send(new StartImageScanCommand(image));
  clock.tick('30s');
  const out = await client.send(new DescribeImageScanFindingsCommand(image));
  equal(out.imageScanStatus?.description, 'The scan was completed successfully.', 'description');
  const error = await rejection(client.send(new StartImageScanCommand(image)));
  equal(error instanceof LimitExceededException, true, 'SDK exception class');
  return 'ECRClient in-process: COMPLETE, then LimitExceededException';
}
