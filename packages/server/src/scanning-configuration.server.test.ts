import {
  BatchGetRepositoryScanningConfigurationCommand,
  CreateRepositoryCommand,
  GetAccountSettingCommand,
  PutAccountSettingCommand,
  PutRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import { describe, expect, it } from 'vitest';
import { startServer } from './start-server.js';
import { ecrClient } from './test-support/helpers.js';

describe('registry scanning rules and account settings over HTTP', () => {
  it('C6, C12, N3: BatchGet, GetAccountSetting and PutAccountSetting through the real ECRClient', async () => {
    const server = await startServer({ port: 0, clock: 'fake' });
    const ecr = ecrClient(server.url);
    try {
      await ecr.send(new CreateRepositoryCommand({ repositoryName: 'prod-web' }));
      await ecr.send(new CreateRepositoryCommand({ repositoryName: 'dev' }));
      await ecr.send(
        new PutRegistryScanningConfigurationCommand({
          scanType: 'ENHANCED',
          rules: [
            {
              scanFrequency: 'CONTINUOUS_SCAN',
              repositoryFilters: [{ filter: 'prod*', filterType: 'WILDCARD' }],
            },
          ],
        }),
      );
      const out = await ecr.send(
        new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames: ['prod-web', 'dev', 'nope'] }),
      );
      expect(out.scanningConfigurations?.map((c) => [c.repositoryName, c.scanFrequency])).toEqual([
        ['prod-web', 'CONTINUOUS_SCAN'],
        ['dev', 'MANUAL'],
      ]);
      expect(out.failures).toEqual([expect.objectContaining({ repositoryName: 'nope' })]);
      const name = 'BASIC_SCAN_TYPE_VERSION';
      await ecr.send(new PutAccountSettingCommand({ name, value: 'CLAIR' }));
      expect((await ecr.send(new GetAccountSettingCommand({ name }))).value).toBe('CLAIR');
    } finally {
      ecr.destroy();
      await server.close();
    }
  });
});
