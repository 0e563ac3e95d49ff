import {
  CreateRepositoryCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
  PutImageCommand,
  PutRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import {
  AccessDeniedException,
  BatchGetAccountStatusCommand,
  DisableCommand,
  EnableCommand,
  GetConfigurationCommand,
  Inspector2Client,
  ListCoverageCommand,
  ListFindingAggregationsCommand,
  ListFindingsCommand,
  paginateListCoverage,
  ThrottlingException,
  UpdateConfigurationCommand,
  ValidationException,
} from '@aws-sdk/client-inspector2';
import { INSPECTOR2_HTTP_BINDINGS } from '@ecr-scan-sim/model';
import { createSimulator, FakeClock, manifests } from '@ecr-scan-sim/simulator';
import type { HttpHandler, HttpRequest } from '@smithy/protocol-http';
import { describe, expect, it } from 'vitest';
import type { SimulatorHandlerConfig } from '../glossary.js';
import { credentials } from '../test-support/sdk.js';
import { createSimulatorHandler } from './smithy-http-handler.js';

function setup() {
  const clock = new FakeClock('2026-03-01T00:00:00Z');
  const sim = createSimulator({ clock, seed: 16 });
  const inner = createSimulatorHandler(sim);
  const seen: Array<{ method: string; path: string; host: string }> = [];
  const handler: HttpHandler<SimulatorHandlerConfig> = {
    handle: (request: HttpRequest, options) => {
      seen.push({ method: request.method, path: request.path, host: request.hostname });
      return inner.handle(request, options);
    },
    updateHttpClientConfig: (key, value) => inner.updateHttpClientConfig(key, value),
    httpHandlerConfigs: () => inner.httpHandlerConfigs(),
  };
  const inspector = new Inspector2Client({
    region: 'us-east-1',
    credentials,
    requestHandler: handler,
    maxAttempts: 1,
  });
  const ecr = new ECRClient({ region: 'us-east-1', credentials, requestHandler: handler, maxAttempts: 1 });
  return { sim, clock, inspector, ecr, seen };
}

describe('the real Inspector2Client in process', () => {
  it('W3: every served command travels as POST on the path of the service model', async () => {
    const { inspector, seen } = setup();
    await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    await inspector.send(new DisableCommand({ resourceTypes: ['ECR'] }));
    await inspector.send(new BatchGetAccountStatusCommand({}));
    await inspector.send(new GetConfigurationCommand({}));
    await inspector.send(new UpdateConfigurationCommand({ ecrConfiguration: { rescanDuration: 'DAYS_30' } }));
    await inspector.send(new ListFindingsCommand({}));
    await inspector.send(new ListCoverageCommand({}));
    await inspector.send(new ListFindingAggregationsCommand({ aggregationType: 'REPOSITORY' }));
    const order = [
      'Enable',
      'Disable',
      'BatchGetAccountStatus',
      'GetConfiguration',
      'UpdateConfiguration',
      'ListFindings',
      'ListCoverage',
      'ListFindingAggregations',
    ] as const;
    expect(seen).toEqual(
      order.map((op) => ({
        method: 'POST',
        path: INSPECTOR2_HTTP_BINDINGS[op].path,
        host: 'inspector2.us-east-1.amazonaws.com',
      })),
    );
  });

  it('S1 W7: one handler serves both clients, and they see one account: Enable switches ECR to ENHANCED', async () => {
    const { inspector, ecr } = setup();
    const enabled = await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    expect(enabled.accounts?.[0]?.resourceStatus?.ecr).toBe('ENABLED');
    const config = await ecr.send(new GetRegistryScanningConfigurationCommand({}));
    expect(config.scanningConfiguration).toEqual({ scanType: 'ENHANCED', rules: [] });
    await ecr.send(new PutRegistryScanningConfigurationCommand({ scanType: 'BASIC' }));
    const status = await inspector.send(new BatchGetAccountStatusCommand({}));
    expect(status.accounts?.[0]?.resourceState?.ecr?.status).toBe('DISABLED');
  });

  it('S24 S11: ListCoverage lists what ECRClient pushed; the SDK paginator walks the pages', async () => {
    const { inspector, ecr } = setup();
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    for (const tag of ['v1', 'v2', 'v3'])
      await ecr.send(
        new PutImageCommand({
          repositoryName: 'app',
          imageTag: tag,
          imageManifest: manifests.image({ seedText: tag }),
        }),
      );
    await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    const items = [];
    let pages = 0;
    for await (const page of paginateListCoverage({ client: inspector, pageSize: 2 }, {})) {
      pages++;
      items.push(...(page.coveredResources ?? []));
    }
    expect(pages).toBe(2);
    expect(
      items.map((c) => [
        c.resourceType,
        c.resourceMetadata?.ecrImage?.tags ?? c.resourceMetadata?.ecrRepository?.name,
      ]),
    ).toEqual([
      ['AWS_ECR_REPOSITORY', 'app'],
      ['AWS_ECR_CONTAINER_IMAGE', ['v1']],
      ['AWS_ECR_CONTAINER_IMAGE', ['v2']],
      ['AWS_ECR_CONTAINER_IMAGE', ['v3']],
    ]);
  });

  it('S13 S14 W5: UpdateConfiguration then GetConfiguration, with updatedAt a Date', async () => {
    const { inspector, clock } = setup();
    await inspector.send(
      new UpdateConfigurationCommand({
        ecrConfiguration: { rescanDuration: 'DAYS_14', pullDateRescanDuration: 'DAYS_7' },
      }),
    );
    const got = await inspector.send(new GetConfigurationCommand({}));
    expect(got.ecrConfiguration?.rescanDurationState).toEqual({
      rescanDuration: 'DAYS_14',
      pullDateRescanDuration: 'DAYS_7',
      pullDateRescanMode: 'LAST_IN_USE_AT',
      status: 'SUCCESS',
      updatedAt: new Date(clock.now()),
    });
  });

  it('S3 W4: errors parse into the SDK classes with their members', async () => {
    const { inspector, sim } = setup();
    const invalid = await inspector
      .send(new ListFindingsCommand({ maxResults: 123 }))
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationException);
    expect(invalid).toMatchObject({
      reason: 'FIELD_VALIDATION_FAILED',
      fields: [{ name: 'maxResults', message: 'Member must have value less than or equal to 100' }],
      $metadata: { httpStatusCode: 400 },
    });
    const denied = await inspector
      .send(new GetConfigurationCommand({ accountId: '210987654321' }))
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AccessDeniedException);
    sim.injectFault({ service: 'inspector2', error: 'ThrottlingException' });
    const throttled = await inspector.send(new ListCoverageCommand({})).catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(ThrottlingException);
    expect(throttled).toMatchObject({ $metadata: { httpStatusCode: 429 } });
  });

  it('S12: a nextToken from another query is ValidationException', async () => {
    const { inspector, ecr } = setup();
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'aa' }));
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'bb' }));
    await inspector.send(new EnableCommand({ resourceTypes: ['ECR'] }));
    const first = await inspector.send(new ListCoverageCommand({ maxResults: 1 }));
    expect(first.nextToken).toBeDefined();
    const wrong = await inspector
      .send(new ListFindingsCommand({ nextToken: first.nextToken }))
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ValidationException);
  });

  it('S5 S30: ListFindingAggregations answers its type, and refuses a mismatched request', async () => {
    const { inspector } = setup();
    expect(
      await inspector.send(new ListFindingAggregationsCommand({ aggregationType: 'AWS_ECR_CONTAINER' })),
    ).toMatchObject({
      aggregationType: 'AWS_ECR_CONTAINER',
      responses: [],
    });
    const mismatch = await inspector
      .send(
        new ListFindingAggregationsCommand({
          aggregationType: 'REPOSITORY',
          aggregationRequest: { accountAggregation: {} },
        }),
      )
      .catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(ValidationException);
  });
});
