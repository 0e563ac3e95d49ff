import { ECRClient } from '@aws-sdk/client-ecr';
import { EcrScanClient } from '../ecr-scan-client.js';
/**
 * A test-only Smithy request handler that answers from a script instead of the network, so the adapter's
 * tests exercise the real SDK serialisation and error parsing without a transport package.
 */

/** One canned awsJson1_1 response. */
export interface ScriptedResponse {
  status?: number;
  body: unknown;
}

/** A request as the handler saw it. */
export interface SeenRequest {
  target: string | undefined;
  body: unknown;
}

interface SmithyRequest {
  headers: Record<string, string>;
  body?: unknown;
}

/** A handler answering each request with the next scripted response (the last one repeats). */
export function scriptedHandler(script: readonly ScriptedResponse[]) {
  const seen: SeenRequest[] = [];
  let next = 0;
  const handler = {
    async handle(request: SmithyRequest) {
      seen.push({
        target: request.headers['x-amz-target'],
        body: parseBody(request.body),
      });
      const reply = script[Math.min(next, script.length - 1)];
      next += 1;
      if (!reply) throw new Error('scriptedHandler: empty script');
      const status = reply.status ?? 200;
      const body = new TextEncoder().encode(JSON.stringify(reply.body));
      const headers: Record<string, string> = {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-requestid': `req-${next}`,
      };
      if (status >= 400) headers['x-amzn-errortype'] = String((reply.body as { __type?: string }).__type);
      return { response: { statusCode: status, reason: '', headers, body } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
  return { handler, seen };
}

function parseBody(body: unknown): unknown {
  const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : body;
  return typeof text === 'string' && text !== '' ? JSON.parse(text) : undefined;
}

/** Static fake credentials: the SDK signs every request and needs some. */
export const FAKE_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } as const;

/** An `EcrScanClient` over a real `ECRClient` (one attempt, fake credentials) whose handler plays `script`. */
export function scriptedAdapter(script: readonly ScriptedResponse[]) {
  const { handler, seen } = scriptedHandler(script);
  const client = new ECRClient({
    region: 'us-east-1',
    credentials: FAKE_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: handler,
  });
  return { api: new EcrScanClient(client), client, seen };
}
