import { ImageArchivedException, LimitExceededException } from '@aws-sdk/client-ecr';
import { API_METHOD, MESSAGES, OperationName, TARGET_PREFIX } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { EcrScanClient } from './ecr-scan-client.js';
import { FAKE_CREDENTIALS, scriptedAdapter } from './test-support/scripted-handler.js';

describe('EcrScanClient', () => {
  it('reuses the ECRClient it is given', () => {
    const { api, client } = scriptedAdapter([{ body: {} }]);
    expect(api.client).toBe(client);
  });

  it('builds an ECRClient from a config', async () => {
    const api = new EcrScanClient({ region: 'eu-west-1', credentials: FAKE_CREDENTIALS });
    expect(await api.client.config.region()).toBe('eu-west-1');
  });

  it('sends each EcrApi method as its operation and returns the output without $metadata', async () => {
    for (const operation of OperationName) {
      const { api, seen } = scriptedAdapter([{ body: { nextToken: 'abc' } }]);
      const method = API_METHOD[operation];
      const call = api[method] as (input: unknown) => Promise<Record<string, unknown>>;
      const output = await call.call(api, { repositoryName: 'r1' });
      expect(seen[0]?.target).toBe(`${TARGET_PREFIX}.${operation}`);
      expect(output).not.toHaveProperty('$metadata');
    }
  });

  it('passes the input through unchanged and parses the output with the SDK', async () => {
    const { api, seen } = scriptedAdapter([
      {
        body: {
          registryId: '123456789012',
          repositoryName: 'r1',
          imageId: { imageDigest: `sha256:${'a'.repeat(64)}`, imageTag: 't1' },
          imageScanStatus: { status: 'COMPLETE', description: MESSAGES.scanComplete.template },
          imageScanFindings: { imageScanCompletedAt: 1767225630, findingSeverityCounts: {}, findings: [] },
        },
      },
    ]);
    const input = { repositoryName: 'r1', imageId: { imageTag: 't1' }, maxResults: 5 };
    const output = await api.describeImageScanFindings(input);
    expect(seen[0]?.body).toEqual(input);
    expect(output.imageScanFindings?.imageScanCompletedAt).toEqual(new Date(1767225630_000));
    expect(output.imageScanStatus?.status).toBe('COMPLETE');
  });

  it('lets SDK exception classes through untouched', async () => {
    const { api } = scriptedAdapter([
      { status: 400, body: { __type: 'ImageArchivedException', message: MESSAGES.imageArchived.template } },
    ]);
    const failure = api.startImageScan({ repositoryName: 'r1', imageId: { imageTag: 't1' } });
    await expect(failure).rejects.toBeInstanceOf(ImageArchivedException);
    await expect(failure).rejects.toMatchObject({
      $fault: 'client',
      message: MESSAGES.imageArchived.template,
    });
  });

  it('X1: does not retry LimitExceededException when the client has maxAttempts 1', async () => {
    const { api, seen } = scriptedAdapter([
      {
        status: 400,
        body: { __type: 'LimitExceededException', message: MESSAGES.scanQuotaPerImage.template },
      },
    ]);
    await expect(
      api.startImageScan({ repositoryName: 'r1', imageId: { imageTag: 't1' } }),
    ).rejects.toBeInstanceOf(LimitExceededException);
    expect(seen).toHaveLength(1);
  });
});
