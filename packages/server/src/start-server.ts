import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSimulator, FakeClock, type SimulatorSnapshot } from '@ecr-scan-sim/simulator';
import type { ControllableClock, RunningServer, ServerOptions } from './glossary.js';
import { gracefulClose } from './internal/graceful-close.js';
import { createRequestListener, type RequestContext } from './internal/handle-request.js';
import type { RequestLogEntry } from './internal/request-log.js';
import { SimulatorSlot } from './internal/simulator-slot.js';
import { OffsetClock } from './offset-clock.js';

const DEFAULTS = {
  host: '127.0.0.1',
  maxBodyBytes: 1024 * 1024,
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
};
/** After `close()`, connections still busy this long are cut. */
const CLOSE_GRACE_MS = 10_000;

function resolveClock(options: ServerOptions): ControllableClock {
  const { clock = 'wall', startTime } = options;
  if (clock === 'wall') return new OffsetClock(startTime);
  if (clock === 'fake') return startTime === undefined ? new FakeClock() : new FakeClock(startTime);
  return clock;
}

/** Answers garbage HTTP instead of crashing: 400 (408 on a timeout, 431 on huge headers), then closes. */
function onClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? '408 Request Timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
}

/**
 * @public Starts a local ECR and Inspector2 endpoint on `node:http`: every request goes to the wire's
 * `handleSimulatorRequest` against the simulator (so `--endpoint-url` is the same for `aws ecr` and
 * `aws inspector2`); `/_sim/` is the control API (clock, snapshot, faults, calls, events).
 *
 * @example
 * const server = await startServer({ port: 0 });
 * const ecr = new ECRClient({ endpoint: server.url, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
 * await server.close();
 */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  return startServerWithHooks(options, {});
}

/** @internal What the CLI adds to {@link startServer}: a callback after each answered request. */
export interface ServerHooks {
  onResponse?: (entry: RequestLogEntry) => void;
}

/** @internal {@link startServer} with the CLI's hooks. */
export async function startServerWithHooks(
  options: ServerOptions,
  hooks: ServerHooks,
): Promise<RunningServer> {
  const clock = resolveClock(options);
  const { snapshot: initial, ...simulatorOptions } = options.simulator ?? {};
  const create = (snapshot?: SimulatorSnapshot) =>
    createSimulator({ ...simulatorOptions, clock, ...(snapshot === undefined ? {} : { snapshot }) });
  const slot = new SimulatorSlot(create, initial);
  const verbose = options.verbose === true;
  const ctx: RequestContext = {
    slot,
    clock,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    requireAuth: options.requireAuth === true,
    log: verbose ? (options.log ?? ((line) => process.stdout.write(`${line}\n`))) : undefined,
    onResponse: hooks.onResponse,
    closing: false,
  };
  const server = createServer(
    {
      headersTimeout: options.timeouts?.headersMs ?? DEFAULTS.headersMs,
      requestTimeout: options.timeouts?.requestMs ?? DEFAULTS.requestMs,
    },
    createRequestListener(ctx),
  );
  server.keepAliveTimeout = options.timeouts?.keepAliveMs ?? DEFAULTS.keepAliveMs;
  server.on('clientError', onClientError);
  const close = gracefulClose(server, CLOSE_GRACE_MS, () => {
    ctx.closing = true;
  });

  const host = options.host ?? DEFAULTS.host;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    get simulator() {
      return slot.current;
    },
    clock,
    close,
  };
}
