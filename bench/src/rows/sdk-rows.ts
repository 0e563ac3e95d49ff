import { type ECRClientConfig, StartImageScanCommand } from '@aws-sdk/client-ecr';
import { createSimulator } from '@ecr-scan-sim/simulator';
import { mockClient } from 'aws-sdk-client-mock';
import type { TimedRow } from '../harness/interleave.js';
import { ecrClient, ImagePool, POOL_SIMULATOR_OPTIONS, REPOSITORY } from './fixtures.js';

type RequestHandler = NonNullable<ECRClientConfig['requestHandler']>;

const DIGEST = `sha256:${'ab'.repeat(32)}`;

/** The StartImageScan answer the canned rows return (the shape the simulator answers with). */
const CANNED_OUTPUT = {
  registryId: '123456789012',
  repositoryName: REPOSITORY,
  imageId: { imageDigest: DIGEST },
  imageScanStatus: { status: 'IN_PROGRESS' as const },
};
const CANNED_BODY = new TextEncoder().encode(JSON.stringify(CANNED_OUTPUT));

/**
 * The smallest Smithy `HttpHandler`: a 200 with fixed JSON bytes, whatever the request. The SDK still builds,
 * signs and serialises the request and parses the answer, so this is what the SDK itself costs per call.
 */
const cannedHandler = {
  metadata: { handlerProtocol: 'http/1.1' },
  async handle() {
    return {
      response: {
        statusCode: 200,
        reason: 'OK',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'bench-request' },
        body: CANNED_BODY,
      },
    };
  },
  updateHttpClientConfig() {},
  httpHandlerConfigs: () => ({}),
  destroy() {},
} as unknown as RequestHandler;

/** Sequential `client.send(StartImageScan)` over the given targets. */
function sendAll(
  send: (input: { repositoryName: string; imageId: { imageDigest: string } }) => Promise<unknown>,
) {
  return (targets: readonly { repositoryName: string; imageId: { imageDigest: string } }[], n: number) =>
    async () => {
      for (let i = 0; i < n; i++) await send(targets[i % targets.length]!);
    };
}

/** Row 3a: the SDK floor, `ECRClient.send(StartImageScanCommand)` answered by {@link cannedHandler}. */
export function sdkFloorRow(): TimedRow {
  const client = ecrClient({ requestHandler: cannedHandler });
  const run = sendAll((input) => client.send(new StartImageScanCommand(input)));
  const targets = [{ repositoryName: REPOSITORY, imageId: { imageDigest: DIGEST } }];
  return { prepare: async (n) => run(targets, n) };
}

/** Row 3b: `ECRClient` + `createSimulatorHandler(sim)`: the real client, the wire codec and the simulator, in process. */
export function inProcessRow(wire: typeof import('@ecr-scan-sim/wire')): TimedRow {
  const sim = createSimulator(POOL_SIMULATOR_OPTIONS);
  const pool = new ImagePool(
    () => sim,
    (ms) => sim.clock.tick(ms),
  );
  const client = ecrClient({ requestHandler: wire.createSimulatorHandler(sim) });
  const run = sendAll((input) => client.send(new StartImageScanCommand(input)));
  return { prepare: async (n) => run(await pool.take(n), n) };
}

/** Row 4: `aws-sdk-client-mock` with a canned StartImageScan reply, what tests use today. */
export function clientMockRow(): TimedRow {
  const client = ecrClient();
  mockClient(client).on(StartImageScanCommand).resolves(CANNED_OUTPUT);
  const run = sendAll((input) => client.send(new StartImageScanCommand(input)));
  const targets = [{ repositoryName: REPOSITORY, imageId: { imageDigest: DIGEST } }];
  return { prepare: async (n) => run(targets, n) };
}
