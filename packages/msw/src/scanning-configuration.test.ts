import {
  BatchGetRepositoryScanningConfigurationCommand,
  CreateRepositoryCommand,
  ECRClient,
  GetAccountSettingCommand,
  PutRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEcrHandlers } from './create-ecr-handlers.js';
import { CREDENTIALS } from './test-support/scan-scenario.js';

const sim = createSimulator({ engine: 'CLAIR' });
const server = setupServer(...createEcrHandlers(sim));
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

describe('registry scanning rules over MSW setupServer', () => {
  it('C4, C12: BatchGetRepositoryScanningConfiguration reports the contains rule and failures', async () => {
    const client = new ECRClient({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1 });
    await client.send(new CreateRepositoryCommand({ repositoryName: 'team/prod-api' }));
    await client.send(
      new PutRegistryScanningConfigurationCommand({
        rules: [
          { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod', filterType: 'WILDCARD' }] },
        ],
      }),
    );
    const out = await client.send(
      new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: ['team/prod-api', 'ghost'] }),
    );
    expect(out.scanningConfigurations?.[0]).toMatchObject({
      scanFrequency: 'SCAN_ON_PUSH',
      appliedScanFilters: [{ filter: 'prod', filterType: 'WILDCARD' }],
    });
    expect(out.failures?.map((f) => f.failureCode)).toEqual(['REPOSITORY_NOT_FOUND']);
    expect((await client.send(new GetAccountSettingCommand({ name: 'BASIC_SCAN_TYPE_VERSION' }))).value).toBe(
      'CLAIR',
    );
    client.destroy();
  });
});
