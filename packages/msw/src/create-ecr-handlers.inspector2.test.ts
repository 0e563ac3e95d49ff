import {
  CreateRepositoryCommand,
  ECRClient,
  GetRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import {
  BatchGetAccountStatusCommand,
  EnableCommand,
  GetConfigurationCommand,
  Inspector2Client,
  ListCoverageCommand,
  UpdateConfigurationCommand,
  ValidationException,
} from '@aws-sdk/client-inspector2';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';
import { recordUnhandled } from './test-support/record-unhandled.js';
import { CREDENTIALS } from './test-support/scan-scenario.js';

const sim = createSimulator();
const unhandled: string[] = [];
const server = setupServer(...createEcrHandlers(sim, { endpoints: ['http://localhost:4510'] }));

beforeAll(() => server.listen(recordUnhandled(unhandled)));
afterEach(() => {
  sim.reset();
  unhandled.length = 0;
});
afterAll(() => server.close());

const inspector = (options: { region?: string; endpoint?: string; useFipsEndpoint?: boolean } = {}) =>
  new Inspector2Client({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1, ...options });
const ecr = (options: { region?: string; endpoint?: string } = {}) =>
  new ECRClient({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1, ...options });

describe('createEcrHandlers and Inspector2 (Node)', () => {
  it('S1 W7: the real Inspector2Client and ECRClient see one account through the same handlers', async () => {
    await ecr().send(new CreateRepositoryCommand({ repositoryName: 'app' }));
    await inspector().send(new EnableCommand({ resourceTypes: ['ECR'] }));
    const config = await ecr().send(new GetRegistryScanningConfigurationCommand({}));
    expect(config.scanningConfiguration?.scanType).toBe('ENHANCED');
    const coverage = await inspector().send(new ListCoverageCommand({}));
    expect(coverage.coveredResources?.map((c) => c.resourceId)).toEqual([
      'arn:aws:ecr:us-east-1:123456789012:repository/app',
    ]);
    expect(unhandled).toEqual([]);
  });

  it('W8: each Inspector2 host, FIPS included, reaches the registry of its region', async () => {
    await inspector({ region: 'eu-west-1' }).send(new EnableCommand({ resourceTypes: ['ECR'] }));
    await inspector({ region: 'us-gov-west-1', useFipsEndpoint: true }).send(
      new UpdateConfigurationCommand({ ecrConfiguration: { rescanDuration: 'DAYS_30' } }),
    );
    expect(sim.calls.map((c) => [c.operation, c.region])).toEqual([
      ['Enable', 'eu-west-1'],
      ['UpdateConfiguration', 'us-gov-west-1'],
    ]);
    const eu = await inspector({ region: 'eu-west-1' }).send(new BatchGetAccountStatusCommand({}));
    expect(eu.accounts?.[0]?.resourceState?.ecr?.status).toBe('ENABLED');
    const us = await inspector().send(new BatchGetAccountStatusCommand({}));
    expect(us.accounts?.[0]?.resourceState?.ecr?.status).toBe('DISABLED');
    const gov = await inspector({ region: 'us-gov-west-1', useFipsEndpoint: true }).send(
      new GetConfigurationCommand({}),
    );
    expect(gov.ecrConfiguration?.rescanDurationState?.rescanDuration).toBe('DAYS_30');
  });

  it('W7 W8: on a custom endpoint, Inspector2 calls are routed by the request and take the signed region', async () => {
    await inspector({ region: 'ap-south-2', endpoint: 'http://localhost:4510' }).send(
      new EnableCommand({ resourceTypes: ['ECR'] }),
    );
    expect(sim.calls.at(-1)).toMatchObject({
      service: 'inspector2',
      operation: 'Enable',
      region: 'ap-south-2',
    });
    await ecr({ region: 'ap-south-2', endpoint: 'http://localhost:4510' }).send(
      new CreateRepositoryCommand({ repositoryName: 'local' }),
    );
    expect(sim.calls.at(-1)).toMatchObject({ operation: 'CreateRepository', region: 'us-east-1' });
  });

  it('W4 W6: errors arrive as the SDK classes; an unknown path on the Inspector2 host is its 404, not a pass-through', async () => {
    const invalid = await inspector()
      .send(new ListCoverageCommand({ maxResults: 0 }))
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationException);
    const response = await fetch('https://inspector2.us-east-1.amazonaws.com/nope', {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    expect(unhandled).toEqual([]);
  });
});
