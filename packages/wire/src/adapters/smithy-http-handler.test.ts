import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  ECRServiceException,
  RepositoryNotFoundException,
} from '@aws-sdk/client-ecr';
import { ecrErrors } from '@ecr-scan-sim/model';
import { HttpRequest } from '@smithy/protocol-http';
import { describe, expect, it } from 'vitest';
import { stubSimulator } from '../test-support/stub-simulator.js';
import { createSimulatorHandler } from './smithy-http-handler.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };

describe('createSimulatorHandler', () => {
  it('W2: runs the real ECRClient in process; epoch seconds come back as Dates', async () => {
    const pushedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 250));
    const { sim, calls } = stubSimulator(() => ({
      imageDetails: [{ repositoryName: 'app', imageDigest: 'sha256:ab', imagePushedAt: pushedAt }],
    }));
    const client = new ECRClient({
      region: 'eu-west-3',
      credentials,
      requestHandler: createSimulatorHandler(sim),
    });
    const out = await client.send(new DescribeImagesCommand({ repositoryName: 'app' }));
    expect(out.imageDetails?.[0]?.imagePushedAt).toEqual(pushedAt);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls).toEqual([
      { operation: 'DescribeImages', input: { repositoryName: 'app' }, context: { region: 'eu-west-3' } },
    ]);
  });

  it('W1: errors surface as the SDK exception classes with message and $fault', async () => {
    const { sim } = stubSimulator(() => {
      throw ecrErrors.repositoryNotFound('app', '123456789012');
    });
    const client = new ECRClient({
      region: 'us-east-1',
      credentials,
      requestHandler: createSimulatorHandler(sim),
    });
    const error = await client
      .send(new DescribeRepositoriesCommand({ repositoryNames: ['app'] }))
      .catch((e) => e);
    expect(error).toBeInstanceOf(RepositoryNotFoundException);
    expect(error).toMatchObject({
      name: 'RepositoryNotFoundException',
      $fault: 'client',
      message: "The repository with name 'app' does not exist in the registry with id '123456789012'",
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('W1: a ServerException is a server fault', async () => {
    const { sim } = stubSimulator(() => {
      throw ecrErrors.serverError();
    });
    const client = new ECRClient({
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
      requestHandler: createSimulatorHandler(sim),
    });
    const error = await client.send(new DescribeImagesCommand({ repositoryName: 'app' })).catch((e) => e);
    expect(error).toBeInstanceOf(ECRServiceException);
    expect(error).toMatchObject({
      name: 'ServerException',
      $fault: 'server',
      $metadata: { httpStatusCode: 500 },
    });
  });

  it('uses defaultRegion for a custom endpoint', async () => {
    const { sim, calls } = stubSimulator(() => ({}));
    const client = new ECRClient({
      region: 'us-east-1',
      endpoint: 'http://localhost:4510',
      credentials,
      requestHandler: createSimulatorHandler(sim, { defaultRegion: 'eu-south-1' }),
    });
    await client.send(new DescribeImagesCommand({ repositoryName: 'app' }));
    expect(calls[0]?.context).toEqual({ region: 'eu-south-1' });
  });

  it('answers with a Uint8Array body and lower-case headers, and honours an aborted signal', async () => {
    const { sim } = stubSimulator(() => ({}));
    const handler = createSimulatorHandler(sim);
    const req = new HttpRequest({
      method: 'POST',
      protocol: 'https:',
      hostname: 'api.ecr.us-east-1.amazonaws.com',
      path: '/',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': 'AmazonEC2ContainerRegistry_V20150921.DescribeImages',
      },
      body: '{"repositoryName":"app"}',
    });
    const { response } = await handler.handle(req);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(response.body)).toBe('{}');
    expect(Object.keys(response.headers).every((k) => k === k.toLowerCase())).toBe(true);

    const controller = new AbortController();
    controller.abort();
    await expect(handler.handle(req, { abortSignal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('keeps its config bag and survives destroy()', async () => {
    const { sim } = stubSimulator(() => ({}));
    const handler = createSimulatorHandler(sim);
    handler.updateHttpClientConfig('requestTimeout', 5);
    expect(handler.httpHandlerConfigs()).toEqual({ requestTimeout: 5 });
    handler.destroy?.();
    const client = new ECRClient({ region: 'us-east-1', credentials, requestHandler: handler });
    await expect(client.send(new DescribeImagesCommand({ repositoryName: 'app' }))).resolves.toBeDefined();
  });
});
