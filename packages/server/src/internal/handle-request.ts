import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ecrErrors, inspector2Errors } from '@ecr-scan-sim/model';
import { handleSimulatorRequest, type SimulatorService, serviceOfRequest } from '@ecr-scan-sim/wire';
import { refuseForeignPage } from '../control/cross-site.js';
import { handleControlRequest, isControlPath } from '../control/handle-control-request.js';
import type { ControllableClock } from '../glossary.js';
import { handleUiRequest, isUiPath } from '../ui/handle-ui-request.js';
import { isSigned, signedRegion } from './auth.js';
import { awsErrorResponse, type PlainResponse, transportErrorResponse } from './aws-error-response.js';
import { readBody } from './read-body.js';
import { formatRequestLog, type RequestLogEntry, targetOf } from './request-log.js';
import type { SimulatorSlot } from './simulator-slot.js';

const NO_QUERY: URLSearchParams = new URLSearchParams();

/** @internal What the request listener needs; `closing` turns keep-alive off while the server shuts down. */
export interface RequestContext {
  slot: SimulatorSlot;
  clock: ControllableClock;
  maxBodyBytes: number;
  requireAuth: boolean;
  log: ((line: string) => void) | undefined;
  /** Called after each answer (the CLI's `--persist` writes the snapshot after changes). */
  onResponse?: ((entry: RequestLogEntry) => void) | undefined;
  closing: boolean;
}

/** Rule W10: which service's error shape a transport error takes (the request's shape decides, as for answers). */
function serviceOf(req: IncomingMessage): SimulatorService {
  return serviceOfRequest({
    method: req.method ?? 'GET',
    host: req.headers.host ?? '',
    path: req.url ?? '/',
    headers: req.headers,
    body: '',
  });
}

async function answer(ctx: RequestContext, req: IncomingMessage, path: string, query: URLSearchParams) {
  const isControl = isControlPath(path);
  const body = await readBody(req, ctx.maxBodyBytes);
  if (!body.ok) {
    const limit = ctx.maxBodyBytes;
    const response = isControl
      ? {
          status: 413,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ error: ecrErrors.requestTooLarge(limit).message }),
        }
      : transportErrorResponse(ctx.slot.current, serviceOf(req), {
          ecr: () => ecrErrors.requestTooLarge(limit),
          inspector2: () => inspector2Errors.requestTooLarge(limit),
        });
    return { response, close: !body.drained };
  }
  if (isControl) {
    const method = req.method ?? 'GET';
    const refused = refuseForeignPage(method, req.headers);
    if (refused !== undefined) return { response: refused, close: false };
    if (isUiPath(path)) return { response: await handleUiRequest(method, path), close: false };
    return { response: handleControlRequest(ctx, method, path, body.body, query), close: false };
  }
  if (ctx.requireAuth && !isSigned(req, query)) {
    return {
      response: transportErrorResponse(ctx.slot.current, serviceOf(req), {
        ecr: ecrErrors.missingAuthenticationToken,
        inspector2: inspector2Errors.missingAuthenticationToken,
      }),
      close: false,
    };
  }
  const simulator = ctx.slot.current;
  // Rule W7: one port answers ECR (awsJson1_1) and Inspector2 (restJson1); the wire tells them apart.
  const response: PlainResponse = await handleSimulatorRequest(
    simulator,
    {
      method: req.method ?? 'GET',
      host: req.headers.host ?? '',
      path: req.url ?? '/',
      headers: req.headers,
      body: body.body,
    },
    { defaultRegion: signedRegion(req, query) ?? simulator.options.region, maxBodyBytes: ctx.maxBodyBytes },
  );
  return { response, close: false };
}

/**
 * @internal The server's request listener: `/_sim/` goes to the control API, everything else to the wire's
 * `handleSimulatorRequest` (ECR and Inspector2 on the same port). The transport adds only the body limit, auth presence, keep-alive handling and logs.
 */
export function createRequestListener(ctx: RequestContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = ctx.log === undefined && ctx.onResponse === undefined ? 0 : performance.now();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    // Nearly every request has no query: one shared empty one (never written to) instead of a parse.
    const query = q === -1 ? NO_QUERY : new URLSearchParams(url.slice(q + 1));
    answer(ctx, req, path, query)
      .catch((error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          response: awsErrorResponse(ctx.slot.current, ecrErrors.simulatorBug(detail)),
          close: req.readableEnded === false,
        };
      })
      .then(({ response, close }) => {
        if (res.destroyed || res.headersSent) return;
        const headers = { ...response.headers };
        if (close || ctx.closing) headers.connection = 'close';
        // The wire's answers carry their UTF-8 length already; control answers do not.
        headers['content-length'] ??= String(Buffer.byteLength(response.body));
        res.writeHead(response.status, headers);
        res.end(response.body, () => {
          if (close) req.socket.destroy();
        });
        if (ctx.log !== undefined || ctx.onResponse !== undefined) {
          const target = isControlPath(path) ? path : targetOf(req.headers['x-amz-target'], path);
          const entry = {
            method: req.method ?? '',
            target,
            status: response.status,
            ms: performance.now() - started,
          };
          ctx.log?.(formatRequestLog(entry));
          ctx.onResponse?.(entry);
        }
      })
      .catch(() => {
        // Writing the answer failed (the socket broke, or a logger threw): never let it crash the server.
        res.destroy();
      });
  };
}
