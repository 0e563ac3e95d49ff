import { ECRClient, type ECRClientConfig } from '@aws-sdk/client-ecr';
import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import type { HttpHandler, HttpRequest, HttpResponse } from '@smithy/protocol-http';
import { createSimulatorHandler } from '../adapters/smithy-http-handler.js';
import type { SimulatorHandlerConfig } from '../glossary.js';

/** The static fake credentials the SDK needs to sign. */
export const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' };

/** One exchange seen on the wire by {@link recordingClient}. */
export interface Exchange {
  target: string | undefined;
  status: number;
  body: string;
}

/** A real ECRClient over the simulator handler that also records every response it receives. */
export function recordingClient(
  sim: EcrSimulator,
  config: Partial<ECRClientConfig> = {},
): { client: ECRClient; exchanges: Exchange[] } {
  const inner = createSimulatorHandler(sim);
  const exchanges: Exchange[] = [];
  const handler: HttpHandler<SimulatorHandlerConfig> = {
    async handle(request: HttpRequest, options) {
      const out: { response: HttpResponse } = await inner.handle(request, options);
      exchanges.push({
        target: request.headers['x-amz-target'],
        status: out.response.statusCode,
        body: new TextDecoder().decode(out.response.body as Uint8Array),
      });
      return out;
    },
    updateHttpClientConfig: (key, value) => inner.updateHttpClientConfig(key, value),
    httpHandlerConfigs: () => inner.httpHandlerConfigs(),
  };
  const client = new ECRClient({ region: 'us-east-1', credentials, requestHandler: handler, ...config });
  return { client, exchanges };
}
