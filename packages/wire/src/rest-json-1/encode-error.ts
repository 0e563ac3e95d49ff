import type { Inspector2Error } from '@ecr-scan-sim/model';
import type { WireResponse } from '../glossary.js';
import { jsonResponse } from '../internal/response.js';

/** @internal restJson1's content type. */
export const REST_JSON_CONTENT_TYPE = 'application/json';

/**
 * @public Serialises an Inspector2 error as restJson1 does (rule W4): the status of the error shape
 * (`error.httpStatus`), header `x-amzn-errortype` with its name, a body with `message` and the shape's other
 * members (ValidationException's `reason` and `fields`), and `Retry-After` when `retryAfterSeconds` is set.
 */
export function encodeInspector2Error(error: Inspector2Error, requestId: string): WireResponse {
  const { retryAfterSeconds, ...members } = error.members;
  const body = JSON.stringify({ message: error.message, ...members });
  const extra: Record<string, string> = { 'x-amzn-errortype': error.name };
  if (retryAfterSeconds !== undefined) extra['retry-after'] = String(retryAfterSeconds);
  return jsonResponse(error.httpStatus, body, requestId, extra, REST_JSON_CONTENT_TYPE);
}
