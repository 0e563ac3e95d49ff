import {
  BatchGetRepositoryScanningConfigurationCommand,
  CreateRepositoryCommand,
  GetAccountSettingCommand,
  InvalidParameterException,
  PutAccountSettingCommand,
  PutRegistryScanningConfigurationCommand,
} from '@aws-sdk/client-ecr';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { describe, expect, it } from 'vitest';
import { recordingClient } from '../test-support/sdk.js';

function setup() {
  const sim = createSimulator({ seed: 3 });
  return { sim, ...recordingClient(sim, { maxAttempts: 1 }) };
}

describe('BatchGetRepositoryScanningConfiguration through the real ECRClient', () => {
  it('C12, C6: CONTINUOUS_SCAN, SCAN_ON_PUSH, MANUAL with their applied filters, and failures', async () => {
    const { client, exchanges } = setup();
    for (const repositoryName of ['prod-web', 'prod-api', 'dev'])
      await client.send(new CreateRepositoryCommand({ repositoryName }));
    await client.send(
      new PutRegistryScanningConfigurationCommand({
        scanType: 'ENHANCED',
        rules: [
          { scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'prod', filterType: 'WILDCARD' }] },
          {
            scanFrequency: 'CONTINUOUS_SCAN',
            repositoryFilters: [{ filter: '*web', filterType: 'WILDCARD' }],
          },
        ],
      }),
    );
    const out = await client.send(
      new BatchGetRepositoryScanningConfigurationCommand({
        repositoryNames: ['prod-web', 'prod-api', 'dev', 'gone'],
      }),
    );
    expect(out.scanningConfigurations).toEqual([
      {
        repositoryArn: 'arn:aws:ecr:us-east-1:123456789012:repository/prod-web',
        repositoryName: 'prod-web',
        scanOnPush: false,
        scanFrequency: 'CONTINUOUS_SCAN',
        appliedScanFilters: [{ filter: '*web', filterType: 'WILDCARD' }],
      },
      expect.objectContaining({
        repositoryName: 'prod-api',
        scanFrequency: 'SCAN_ON_PUSH',
        appliedScanFilters: [{ filter: 'prod', filterType: 'WILDCARD' }],
      }),
      expect.objectContaining({ repositoryName: 'dev', scanFrequency: 'MANUAL', appliedScanFilters: [] }),
    ]);
    expect(out.failures).toEqual([
      expect.objectContaining({ repositoryName: 'gone', failureCode: 'REPOSITORY_NOT_FOUND' }),
    ]);
    // The wire body has both lists, and the target the SDK sent.
    const last = exchanges.at(-1);
    expect(last?.target).toBe('AmazonEC2ContainerRegistry_V20150921.BatchGetRepositoryScanningConfiguration');
    expect(Object.keys(JSON.parse(last?.body ?? '{}'))).toEqual(['scanningConfigurations', 'failures']);
  });

  it('V7: 26 names are InvalidParameterException, as the SDK class', async () => {
    const { client } = setup();
    const error = await client
      .send(
        new BatchGetRepositoryScanningConfigurationCommand({
          repositoryNames: Array.from({ length: 26 }, (_, i) => `r${i}`),
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
    expect((error as Error).message).toBe(
      "Invalid parameter at 'repositoryNames' failed to satisfy constraint: 'Member must have length less than or equal to 25'",
    );
  });
});

describe('GetAccountSetting / PutAccountSetting through the real ECRClient', () => {
  it('N2, N3: reads and switches BASIC_SCAN_TYPE_VERSION', async () => {
    const { client } = setup();
    const name = 'BASIC_SCAN_TYPE_VERSION';
    expect(await client.send(new GetAccountSettingCommand({ name }))).toMatchObject({
      name,
      value: 'AWS_NATIVE',
    });
    expect(await client.send(new PutAccountSettingCommand({ name, value: 'CLAIR' }))).toMatchObject({
      name,
      value: 'CLAIR',
    });
    expect(await client.send(new GetAccountSettingCommand({ name }))).toMatchObject({ name, value: 'CLAIR' });
  });

  it('V8: another name is InvalidParameterException', async () => {
    const { client } = setup();
    const error = await client
      .send(new GetAccountSettingCommand({ name: 'BLOB_MOUNTING' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterException);
  });
});
