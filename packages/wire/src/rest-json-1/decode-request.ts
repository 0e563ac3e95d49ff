import {
  INSPECTOR2_HTTP_BINDINGS,
  type Inspector2Error,
  type Inspector2OperationName,
  inspector2Errors,
} from '@ecr-scan-sim/model';
import { DEFAULT_MAX_BODY_BYTES } from '../aws-json-1-1/decode-request.js';
import type { WireRequest } from '../glossary.js';
import { bodyOf } from '../internal/body.js';
import { normaliseHeaders } from '../internal/headers.js';
import { decodeUtf8, utf8ByteLength } from '../internal/utf8.js';
import { parseUntrustedJson } from '../json/parse-json.js';
import { requestHost } from '../region.js';
import { pathOf } from '../routing/request-parts.js';
import { operationOfPath } from './routes.js';

/** @public An Inspector2 request that passed the transport checks: its operation and parsed (unvalidated) input. */
export interface DecodedInspector2Request {
  ok: true;
  operation: Inspector2OperationName;
  input: unknown;
  /** The request's host (authority), if any. */
  host: string | undefined;
  /** The lower-cased headers (the dispatcher reads the SigV4 scope from them). */
  headers: Readonly<Record<string, string>>;
}

/** @public An Inspector2 request refused before any operation runs. */
export interface RefusedInspector2Request {
  ok: false;
  error: Inspector2Error;
}

/**
 * @public Decodes one restJson1 request to Inspector2 (rules W3, W6), in this order:
 * 1. method and path bound to a served operation (the service model's `@http`), else 404
 *    UnknownOperationException;
 * 2. size ≤ `maxBodyBytes`, else 413 RequestEntityTooLargeException;
 * 3. UTF-8 and JSON (nesting ≤ 64), else 400 ValidationException CANNOT_PARSE; an empty body is `{}`.
 * The content type is not checked (the SDK sends `application/json`). Input validation is the simulator's.
 */
export function decodeInspector2Request(
  request: WireRequest,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): DecodedInspector2Request | RefusedInspector2Request {
  const headers = normaliseHeaders(request.headers);
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : '';
  const path = pathOf(request);
  const operation = operationOfPath(path);
  if (operation === undefined || INSPECTOR2_HTTP_BINDINGS[operation].method !== method) {
    return { ok: false, error: inspector2Errors.unknownOperation(method || '(no method)', path) };
  }
  const body = bodyOf(request.body);
  if (body === undefined) return { ok: false, error: inspector2Errors.cannotParseBody() };
  const size = typeof body === 'string' ? utf8ByteLength(body) : body.byteLength;
  if (size > maxBodyBytes) return { ok: false, error: inspector2Errors.requestTooLarge(maxBodyBytes) };
  const text = typeof body === 'string' ? body : decodeUtf8(body);
  if (text === undefined) return { ok: false, error: inspector2Errors.cannotParseBody() };
  let input: unknown = {};
  if (text.trim() !== '') {
    const parsed = parseUntrustedJson(text);
    if (!parsed.ok) return { ok: false, error: inspector2Errors.cannotParseBody() };
    input = parsed.value;
  }
  return {
    ok: true,
    operation,
    input,
    host: requestHost(request.url, request.host, headers['host']),
    headers,
  };
}
