import { ECRClient, type ECRClientConfig } from '@aws-sdk/client-ecr';
import {
  DisableCommand,
  type DisableCommandInput,
  EnableCommand,
  type EnableCommandInput,
  Inspector2Client,
  type Inspector2ClientConfig,
  ListCoverageCommand,
  type ListCoverageCommandInput,
  ListFindingsCommand,
  type ListFindingsCommandInput,
  UpdateConfigurationCommand,
  type UpdateConfigurationCommandInput,
} from '@aws-sdk/client-inspector2';
import { EcrScanClient } from '@ecr-scan-sim/client';
import type { InspectorApi } from '../system/system.js';

/** Static fake credentials: the SDK signs every request and needs some. */
export const FAKE_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } as const;

/**
 * The production adapter over an `ECRClient` set up for conformance: `maxAttempts: 1` so a
 * LimitExceededException (a throttling error for the SDK) is seen once, not retried with back-off.
 */
export function adapterFor(config: ECRClientConfig): EcrScanClient {
  return new EcrScanClient(
    new ECRClient({ region: 'us-east-1', credentials: FAKE_CREDENTIALS, maxAttempts: 1, ...config }),
  );
}

/**
 * The Inspector2 calls conformance makes, over a real `Inspector2Client` (restJson1 through the same transport as
 * the ECRClient), `maxAttempts: 1` like the ECR adapter. `destroy()` closes its connections.
 */
export function inspectorFor(config: Inspector2ClientConfig): InspectorApi & { destroy(): void } {
  const client = new Inspector2Client({
    region: 'us-east-1',
    credentials: FAKE_CREDENTIALS,
    maxAttempts: 1,
    ...config,
  });
  return {
    enable: (input) => client.send(new EnableCommand(input as EnableCommandInput)),
    disable: (input) => client.send(new DisableCommand(input as DisableCommandInput)),
    updateConfiguration: (input) =>
      client.send(new UpdateConfigurationCommand(input as UpdateConfigurationCommandInput)),
    listFindings: (input) => client.send(new ListFindingsCommand(input as ListFindingsCommandInput)),
    listCoverage: (input) => client.send(new ListCoverageCommand(input as ListCoverageCommandInput)),
    destroy: () => client.destroy(),
  };
}
