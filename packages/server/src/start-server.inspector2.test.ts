import {
  CreateRepositoryCommand,
  type ECRClient,
  GetRegistryScanningConfigurationCommand,
  PutImageCommand,
} from '@aws-sdk/client-ecr';
import {
  BatchGetAccountStatusCommand,
  EnableCommand,
  GetConfigurationCommand,
  Inspector2Client,
  ListFindingsCommand,
  paginateListCoverage,
  UpdateConfigurationCommand,
  ValidationException,
} from '@aws-sdk/client-inspector2';
import { manifests } from '@ecr-scan-sim/simulator';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from './glossary.js';
import { startServer } from './start-server.js';
import { ecrClient } from './test-support/helpers.js';

let server: RunningServer | undefined;
const clients: Array<{ destroy(): void }> = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server?.close();
  server = undefined;
});

async function start(): Promise<{ ecr: ECRClient; inspector: Inspector2Client; url: string }> {
  server = await startServer({ port: 0, clock: 'fake' });
  const ecr = ecrClient(server.url);
  const inspector = new Inspector2Client({
    endpoint: server.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
    maxAttempts: 1,
  });
  clients.push(ecr, inspector);
  return { ecr, inspector, url: server.url };
}

describe('startServer answers Inspector2 on the same port (rule W7)', () => {
  it('S1 W8: Inspector2Client and ECRClient share one endpoint and one account; the signed region decides', async () => {
    const { ecr, inspector } = await start();
    await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    const eu = await inspector.send(new BatchGetAccountStatusCommand({}));
    expect(eu.accounts?.[0]?.resourceState?.ecr?.status).toBe('ENABLED');
    // ecrClient signs for us-east-1: that registry is still BASIC.
    const config = await ecr.send(new GetRegistryScanningConfigurationCommand({}));
    expect(config.scanningConfiguration?.scanType).toBe('BASIC');
    expect(server?.simulator.calls.map((c) => [c.service ?? 'ecr', c.operation, c.region])).toEqual([
      ['inspector2', 'Enable', 'eu-west-1'],
      ['inspector2', 'BatchGetAccountStatus', 'eu-west-1'],
      ['ecr', 'GetRegistryScanningConfiguration', 'us-east-1'],
    ]);
  });

  it('S24 S13 W4: coverage, configuration and errors over HTTP', async () => {
    const { ecr, inspector } = await start();
    const usEast = new Inspector2Client({
      endpoint: server?.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    clients.push(usEast);
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    await ecr.send(
      new PutImageCommand({
        repositoryName: 'app',
        imageTag: 'v1',
        imageManifest: manifests.image({ seedText: 's' }),
      }),
    );
    await usEast.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    const items = [];
    for await (const page of paginateListCoverage({ client: usEast, pageSize: 1 }, {}))
      items.push(...(page.coveredResources ?? []));
    expect(items.map((c) => c.resourceType)).toEqual(['AWS_ECR_REPOSITORY', 'AWS_ECR_CONTAINER_IMAGE']);
    await inspector.send(new UpdateConfigurationCommand({ ecrConfiguration: { rescanDuration: 'DAYS_30' } }));
    const got = await inspector.send(new GetConfigurationCommand({}));
    expect(got.ecrConfiguration?.rescanDurationState).toMatchObject({
      rescanDuration: 'DAYS_30',
      status: 'SUCCESS',
    });
    expect(got.ecrConfiguration?.rescanDurationState?.updatedAt).toBeInstanceOf(Date);
    const invalid = await inspector.send(new UpdateConfigurationCommand({})).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationException);
  });

  it('W6: a GET on an Inspector2 path over HTTP is a restJson1 404 UnknownOperationException', async () => {
    await start();
    const get = await fetch(`${server?.url}/findings/list`);
    expect(get.status).toBe(404);
    expect(get.headers.get('content-type')).toBe('application/json');
    expect(get.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
  });

  it('W10: the body limit and --require-auth answer an Inspector2 request in restJson1, an ECR one in awsJson1_1', async () => {
    server = await startServer({ port: 0, clock: 'fake', maxBodyBytes: 256, requireAuth: true });
    const tooLarge = await fetch(`${server.url}/findings/list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nextToken: 'x'.repeat(1_000) }),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('x-amzn-errortype')).toBe('RequestEntityTooLargeException');
    expect(tooLarge.headers.get('content-type')).toBe('application/json');
    expect(await tooLarge.json()).toEqual({
      message: 'The request body is larger than the limit of 256 bytes.',
    });
    const unsigned = await fetch(`${server.url}/status/batch/get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unsigned.status).toBe(403);
    expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await unsigned.json()).toEqual({ message: 'Missing Authentication Token' });
    const ecr = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.DescribeRepositories',
      },
      body: '{}',
    });
    expect(ecr.status).toBe(403);
    expect(await ecr.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
    // A signed Inspector2Client passes the check.
    const inspector = new Inspector2Client({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    clients.push(inspector);
    expect((await inspector.send(new BatchGetAccountStatusCommand({}))).accounts).toHaveLength(1);
  });

  it('S31: a fault injected through POST /_sim/faults for service inspector2 reaches Inspector2Client, not ECRClient', async () => {
    const { ecr, inspector, url } = await start();
    const put = await fetch(`${url}/_sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        service: 'inspector2',
        operation: 'ListFindings',
        error: 'ThrottlingException',
      }),
    });
    expect(put.status).toBeLessThan(300);
    const thrown = await inspector.send(new ListFindingsCommand({})).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: 'ThrottlingException', $metadata: { httpStatusCode: 429 } });
    expect(
      (await ecr.send(new GetRegistryScanningConfigurationCommand({}))).scanningConfiguration?.scanType,
    ).toBe('BASIC');
  });
});
