import type { EcrSimulator } from '@ecr-scan-sim/simulator';
import {
  type HttpHandler,
  type HttpHandlerOptions,
  type HttpRequest,
  HttpResponse,
} from '@smithy/protocol-http';
import type { SimulatorHandlerConfig, SimulatorHandlerOptions, WireRequest } from '../glossary.js';
import { handleSimulatorRequest } from '../handle-simulator-request.js';
import { encodeUtf8 } from '../internal/utf8.js';

/**
 * @public A Smithy `HttpHandler` that answers from a simulator, in process: pass it as `requestHandler` and the
 * real `ECRClient` or `Inspector2Client` (signing, retries, waiters, paginators, error classes) runs without a
 * socket, in Node and in browsers; one handler may serve both clients (rule W7). Every request still goes through
 * the full wire path (body bytes → {@link handleSimulatorRequest} → body bytes), so local results look exactly
 * like wire results. Signatures are accepted, not checked.
 *
 * @example new ECRClient({ region: 'us-east-1', credentials, requestHandler: createSimulatorHandler(sim) })
 * @example new Inspector2Client({ region: 'us-east-1', credentials, requestHandler: createSimulatorHandler(sim) })
 */
export function createSimulatorHandler(
  simulator: EcrSimulator,
  options: SimulatorHandlerOptions = {},
): HttpHandler<SimulatorHandlerConfig> {
  return new SimulatorHttpHandler(simulator, options);
}

/** @internal */
class SimulatorHttpHandler implements HttpHandler<SimulatorHandlerConfig> {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  private readonly config: SimulatorHandlerConfig = {};

  constructor(
    private readonly simulator: EcrSimulator,
    private readonly options: SimulatorHandlerOptions,
  ) {}

  async handle(
    request: HttpRequest,
    handlerOptions: HttpHandlerOptions = {},
  ): Promise<{ response: HttpResponse }> {
    const signal = handlerOptions.abortSignal;
    if (signal?.aborted) throw abortError();
    const wire = await handleSimulatorRequest(this.simulator, toWireRequest(request), this.options);
    // The call has run; like a socket that closes after the server answered, an abort now still fails the call.
    if (signal?.aborted) throw abortError();
    const body = encodeUtf8(wire.body);
    return { response: new HttpResponse({ statusCode: wire.status, headers: { ...wire.headers }, body }) };
  }

  updateHttpClientConfig(key: keyof SimulatorHandlerConfig, value: unknown): void {
    this.config[key] = value;
  }

  httpHandlerConfigs(): SimulatorHandlerConfig {
    return { ...this.config };
  }

  /** Nothing to release: no sockets, agents or timers are ever opened, so a destroyed handler keeps working. */
  destroy(): void {}
}

function toWireRequest(request: HttpRequest): WireRequest {
  const port = request.port === undefined ? '' : `:${request.port}`;
  const protocol = request.protocol.endsWith(':') ? request.protocol : `${request.protocol}:`;
  const body: unknown = request.body;
  return {
    method: request.method,
    url: `${protocol}//${request.hostname}${port}${request.path}${queryString(request.query)}`,
    headers: request.headers,
    // The SDK hands the JSON body over as a string; send it as bytes so the dispatcher decodes it as a socket would.
    body: typeof body === 'string' ? encodeUtf8(body) : (body as Uint8Array | undefined),
  };
}

function abortError(): Error {
  const error = new Error('Request aborted');
  error.name = 'AbortError';
  return error;
}

/** The query of a Smithy request as a URL query string (`?a=1&b=2`), or `''`. */
function queryString(query: HttpRequest['query']): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === null || v === undefined) continue;
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v)}`);
    }
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
