/**
 * The Smithy handler in a real browser: the real `ECRClient` (its browser build, whose default handler is fetch)
 * answered in process by `createSimulatorHandler`, in headless Chromium. The config's `no-node-builtins` plugin
 * fails the run if model, simulator or wire import a Node built-in.
 */
import {
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  ECRClient,
  ImageNotFoundException,
  PutImageCommand,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { statusDescriptions } from '@ecr-scan-sim/model';
import { createSimulator, FakeClock, manifests } from '@ecr-scan-sim/simulator';
import { expect, it } from 'vitest';
import { createSimulatorHandler } from './smithy-http-handler.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };

it('runs in a browser, not in Node', () => {
  expect(typeof window).toBe('object');
  expect(Reflect.has(globalThis, 'Buffer')).toBe(false);
});

it('W1 W2 L3: ECRClient in process: push with scanOnPush, COMPLETE after 30 s, typed errors', async () => {
  const clock = new FakeClock('2026-03-01T00:00:00Z');
  const sim = createSimulator({ clock });
  const client = new ECRClient({
    region: 'us-east-1',
    credentials,
    requestHandler: createSimulatorHandler(sim),
  });
  await client.send(
    new CreateRepositoryCommand({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } }),
  );
  const put = await client.send(
    new PutImageCommand({
      repositoryName: 'app',
      imageTag: 'v1',
      imageManifest: manifests.image({ seedText: 'b' }),
    }),
  );
  clock.tick('30s');
  const imageId = { imageDigest: put.image?.imageId?.imageDigest };
  const done = await client.send(new DescribeImageScanFindingsCommand({ repositoryName: 'app', imageId }));
  expect(done.imageScanStatus).toEqual({ status: 'COMPLETE', description: statusDescriptions.complete() });
  expect(done.imageScanFindings?.imageScanCompletedAt).toEqual(new Date(clock.now()));

  const error = await client
    .send(new StartImageScanCommand({ repositoryName: 'app', imageId: { imageTag: 'nope' } }))
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImageNotFoundException);
  expect(error).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400 } });
});
