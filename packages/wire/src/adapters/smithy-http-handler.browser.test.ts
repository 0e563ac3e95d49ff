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
import {
  BatchGetAccountStatusCommand,
  EnableCommand,
  Inspector2Client,
  ListCoverageCommand,
  ValidationException,
} from '@aws-sdk/client-inspector2';
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

it('W3 W4 W7 S1: Inspector2Client and ECRClient share one handler in the browser and see one account', async () => {
  const sim = createSimulator();
  const requestHandler = createSimulatorHandler(sim);
  const ecr = new ECRClient({ region: 'us-east-1', credentials, requestHandler });
  const inspector = new Inspector2Client({
    region: 'us-east-1',
    credentials,
    requestHandler,
    maxAttempts: 1,
  });
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
  await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
  const status = await inspector.send(new BatchGetAccountStatusCommand({}));
  expect(status.accounts?.[0]?.resourceState?.ecr?.status).toBe('ENABLED');
  const coverage = await inspector.send(new ListCoverageCommand({}));
  expect(coverage.coveredResources?.map((c) => c.resourceMetadata?.ecrRepository?.name)).toEqual(['app']);
  const invalid = await inspector.send(new ListCoverageCommand({ maxResults: 500 })).catch((e: unknown) => e);
  expect(invalid).toBeInstanceOf(ValidationException);
  expect(invalid).toMatchObject({ reason: 'FIELD_VALIDATION_FAILED', $metadata: { httpStatusCode: 400 } });
});
