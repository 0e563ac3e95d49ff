import {
  type EcrError,
  ecrErrors,
  JSON_CONTENT_TYPE,
  OperationName,
  TARGET_PREFIX,
} from '@ecr-scan-sim/model';
import type { EcrWireRequest } from '../glossary.js';
import { bodyOf } from '../internal/body.js';
import { normaliseHeaders } from '../internal/headers.js';
import { decodeUtf8, utf8ByteLength } from '../internal/utf8.js';
import { parseUntrustedJson } from '../json/parse-json.js';
import { requestHost } from '../region.js';

/** @public Content types accepted with a body: awsJson1_1's own, and plain JSON (as dynalite accepts it). */
export const ACCEPTED_CONTENT_TYPES: readonly string[] = [JSON_CONTENT_TYPE, 'application/json'];

/** @public Default `maxBodyBytes`: room for PutImage's largest manifest (4 MiB of text) even when JSON-escaped. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** @public A request that passed the transport checks: its operation, its parsed (still unvalidated) input. */
export interface DecodedRequest {
  ok: true;
  operation: OperationName;
  input: unknown;
  /** The request's host (authority), if any: the dispatcher reads the region from it. */
  host: string | undefined;
}

/** @public A request refused before any operation runs, with the HTTP status to answer it with. */
export interface RefusedRequest {
  ok: false;
  error: EcrError;
  status: number;
}

/**
 * @public Decodes one awsJson1_1 request, checking in dynalite's order (the order AWS's Coral front end shows):
 * 1. method `POST`, else 404 UnknownOperationException;
 * 2. with a non-empty body, content type `application/x-amz-json-1.1` or `application/json`, else 404
 *    UnknownOperationException;
 * 3. size ≤ `maxBodyBytes`, else 413 RequestEntityTooLargeException;
 * 4. UTF-8 and JSON (nesting ≤ 64), else 400 SerializationException;
 * 5. `x-amz-target: AmazonEC2ContainerRegistry_V20150921.<Operation>`, else 400 UnknownOperationException;
 * 6. a body at all, else 400 SerializationException.
 * Input validation (JSON types, then constraints) is the simulator's, in `simulator.call`.
 */
export function decodeRequest(
  request: EcrWireRequest,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): DecodedRequest | RefusedRequest {
  const headers = normaliseHeaders(request.headers);
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
  if (method !== 'POST') {
    return refuse(ecrErrors.unknownOperation(`${method || '(no method)'} ${pathOf(request)}`), 404);
  }
  const body = bodyOf(request.body);
  if (body === undefined) return refuse(ecrErrors.serializationParse());
  const size = typeof body === 'string' ? utf8ByteLength(body) : body.byteLength;
  if (size > 0) {
    const contentType = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ACCEPTED_CONTENT_TYPES.includes(contentType)) {
      return refuse(ecrErrors.unsupportedContentType(contentType || '(none)'), 404);
    }
  }
  if (size > maxBodyBytes) return refuse(ecrErrors.requestTooLarge(maxBodyBytes));
  const text = typeof body === 'string' ? body : decodeUtf8(body);
  if (text === undefined) return refuse(ecrErrors.serializationParse());
  let input: unknown;
  if (size > 0) {
    const parsed = parseJson(text);
    if (!parsed.ok) return refuse(parsed.error);
    input = parsed.value;
  }
  const operation = parseTarget(headers['x-amz-target']);
  if (operation === undefined) return refuse(ecrErrors.unknownOperation(headers['x-amz-target'] ?? '(none)'));
  if (size === 0) return refuse(ecrErrors.serializationParse());
  const host = requestHost(request.url, request.host, headers['host']);
  return { ok: true, operation, input, host };
}

/** @internal The operation an `x-amz-target` names, or `undefined` (missing, foreign prefix, unknown name). */
export function parseTarget(target: string | undefined): OperationName | undefined {
  if (target === undefined) return undefined;
  const dot = target.indexOf('.');
  if (dot < 0 || target.slice(0, dot) !== TARGET_PREFIX) return undefined;
  const name = target.slice(dot + 1);
  return (OperationName as readonly string[]).includes(name) ? (name as OperationName) : undefined;
}

/**
 * @internal Parses an untrusted JSON text. Keys `__proto__`, `constructor` and `prototype` are dropped (no ECR
 * member has those names, and awsJson services ignore unknown members), so nothing done later with the input
 * (spread, `Object.assign`, a deep merge) can reach a prototype.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: EcrError } {
  const parsed = parseUntrustedJson(text);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    error: parsed.reason === 'depth' ? ecrErrors.serializationBody() : ecrErrors.serializationParse(),
  };
}

function refuse(error: EcrError, status?: number): RefusedRequest {
  return { ok: false, error, status: status ?? error.httpStatus };
}

function pathOf(request: EcrWireRequest): string {
  if (request.path !== undefined) return request.path;
  if (request.url === undefined) return '/';
  const path = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^?#]*)/i.exec(request.url)?.[1];
  return path === undefined || path === '' ? '/' : path;
}
