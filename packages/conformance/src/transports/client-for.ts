import { ECRClient, type ECRClientConfig } from '@aws-sdk/client-ecr';
import { EcrScanClient } from '@ecr-scan-sim/client';

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
