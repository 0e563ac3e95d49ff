import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  RepositoryNotFoundException,
  ServerException,
  StartImageScanCommand,
} from '@aws-sdk/client-ecr';
import { ecrErrors } from '@ecr-scan-sim/model';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';
import { recordUnhandled } from './test-support/record-unhandled.js';
import { CREDENTIALS, runScanScenario } from './test-support/scan-scenario.js';

const sim = createSimulator();
const unhandled: string[] = [];
const server = setupServer(...createEcrHandlers(sim, { endpoints: ['http://localhost:4510'] }));

beforeAll(() => server.listen(recordUnhandled(unhandled)));
afterEach(() => {
  server.resetHandlers();
  sim.reset();
  unhandled.length = 0;
});
afterAll(() => server.close());

const client = (options: { region?: string; endpoint?: string } = {}) =>
  new ECRClient({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1, ...options });

describe('createEcrHandlers with setupServer (Node)', () => {
  it('L2, Q1, P2: scan on push, IN_PROGRESS, COMPLETE after 30 s, LimitExceededException, paginated findings', async () => {
    await runScanScenario(client(), sim);
    expect(unhandled).toEqual([]);
  });

  it('G1: each region host reaches its own registry', async () => {
    await client({ region: 'eu-west-1' }).send(new CreateRepositoryCommand({ repositoryName: 'in-eu' }));
    const eu = await client({ region: 'eu-west-1' }).send(new DescribeRepositoriesCommand({}));
    expect(eu.repositories?.map((r) => r.repositoryArn)).toEqual([
      `arn:aws:ecr:eu-west-1:${sim.options.accountId}:repository/in-eu`,
    ]);
    const us = await client().send(new DescribeRepositoriesCommand({}));
    expect(us.repositories).toEqual([]);
  });

  it('answers on a custom endpoint, in the simulator region unless defaultRegion says otherwise', async () => {
    await client({ endpoint: 'http://localhost:4510' }).send(
      new CreateRepositoryCommand({ repositoryName: 'local' }),
    );
    const us = await client().send(new DescribeRepositoriesCommand({}));
    expect(us.repositories?.map((r) => r.repositoryName)).toEqual(['local']);

    server.use(
      ...createEcrHandlers(sim, { endpoints: ['http://localhost:4566/ecr'], defaultRegion: 'ap-south-2' }),
    );
    await client({ endpoint: 'http://localhost:4566/ecr' }).send(
      new CreateRepositoryCommand({ repositoryName: 'nested' }),
    );
    const ap = await client({ region: 'ap-south-2' }).send(new DescribeRepositoriesCommand({}));
    expect(ap.repositories?.map((r) => r.repositoryName)).toEqual(['nested']);
  });

  it('W1: lets the wire answer an ECR host request without an ECR x-amz-target (no pass-through)', async () => {
    const response = await fetch('https://api.ecr.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/\S/);
    expect(((await response.json()) as { __type: string }).__type).toBe('UnknownOperationException');

    const untargeted = await fetch('https://api.ecr.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: '{}',
    });
    expect(untargeted.status).toBe(400);
    expect(untargeted.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');

    const get = await fetch('https://api.ecr.us-east-1.amazonaws.com/');
    expect(get.status).toBe(404);
    expect(unhandled).toEqual([]);
  });

  it('lets requests to other AWS services and unknown hosts fall through to onUnhandledFrame', async () => {
    await fetch('https://s3.us-east-1.amazonaws.com/bucket?list-type=2').catch(() => undefined);
    await fetch('https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/').catch(() => undefined);
    await fetch('http://localhost:4511/', { method: 'POST', body: '{}' }).catch(() => undefined);
    expect(unhandled).toEqual([
      'GET https://s3.us-east-1.amazonaws.com/bucket?list-type=2',
      'GET https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/',
      'POST http://localhost:4511/',
    ]);
  });
});

describe('createEcrHandlers', () => {
  it('returns one handler for the ECR hosts, one for the Inspector2 hosts, plus one per endpoint, and refuses a relative endpoint', () => {
    expect(createEcrHandlers(sim)).toHaveLength(2);
    expect(
      createEcrHandlers(sim, { endpoints: ['http://localhost:4510', 'http://127.0.0.1:4510'] }),
    ).toHaveLength(4);
    expect(() => createEcrHandlers(sim, { endpoints: ['/ecr'] })).toThrow(TypeError);
  });
});

describe('server.use() overrides on top of the handlers', () => {
  const ecrUrl = 'https://api.ecr.us-east-1.amazonaws.com/';
  const isStartImageScan = (request: Request) =>
    request.headers.get('x-amz-target')?.endsWith('.StartImageScan') === true;
  const serverError = () =>
    HttpResponse.json(
      { __type: 'ServerException', message: ecrErrors.serverError().message },
      { status: 500 },
    );

  async function pushedImage(repositoryName: string) {
    await sim.createRepository({ repositoryName });
    const { imageDigest } = await sim.pushImage({ repositoryName, imageTag: 'v1' });
    return { repositoryName, imageId: { imageDigest } };
  }

  it('a { once: true } 500 ServerException override fails the next call, then the simulator answers again', async () => {
    const input = await pushedImage('override');
    server.use(http.post(ecrUrl, () => serverError(), { once: true }));

    const failed = await client()
      .send(new StartImageScanCommand(input))
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ServerException);
    expect((failed as ServerException).$metadata.httpStatusCode).toBe(500);

    const accepted = await client().send(new StartImageScanCommand(input));
    expect(accepted.imageScanStatus?.status).toBe('IN_PROGRESS');
    expect(sim.calls.filter((c) => c.operation === 'StartImageScan')).toHaveLength(1);
  });

  it('{ once: true } is spent by the first ECR call it matches, even one it passes on', async () => {
    const input = await pushedImage('spent');
    server.use(
      http.post(ecrUrl, ({ request }) => (isStartImageScan(request) ? serverError() : undefined), {
        once: true,
      }),
    );

    await client().send(new DescribeRepositoriesCommand({})); // matched, passed on: the override is used up
    const accepted = await client().send(new StartImageScanCommand(input));
    expect(accepted.imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('a flag fails only the first StartImageScan among other calls', async () => {
    const input = await pushedImage('flag');
    let failedOnce = false;
    server.use(
      http.post(ecrUrl, ({ request }) => {
        if (failedOnce || !isStartImageScan(request)) return undefined;
        failedOnce = true;
        return serverError();
      }),
    );

    await client().send(new DescribeRepositoriesCommand({}));
    const failed = await client()
      .send(new StartImageScanCommand(input))
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ServerException);
    const accepted = await client().send(new StartImageScanCommand(input));
    expect(accepted.imageScanStatus?.status).toBe('IN_PROGRESS');
  });

  it('an override that returns nothing lets our handlers answer', async () => {
    server.use(http.post(ecrUrl, () => undefined));
    const failed = await client()
      .send(new DescribeRepositoriesCommand({ repositoryNames: ['missing'] }))
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(RepositoryNotFoundException);
  });
});
