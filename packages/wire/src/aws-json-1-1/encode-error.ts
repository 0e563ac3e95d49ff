import type { EcrError } from '@ecr-scan-sim/model';
import type { EcrWireResponse } from '../glossary.js';
import { jsonResponse } from '../internal/response.js';

/**
 * @public Serialises an ECR error as awsJson1_1 does (rule W1): status from the catalogue (`error.httpStatus`:
 * 400, 500 for ServerException, 403/413 where the catalogue says), body `{"__type": name, "message": text}`,
 * header `x-amzn-ErrorType: name`. The SDK reads the code from `__type` first, then the header.
 *
 * @param status - overrides the catalogue status, for the transport-level answers that AWS gives with another
 *   status (404 UnknownOperationException for a non-POST request or a foreign content type).
 */
export function encodeError(error: EcrError, requestId: string, status?: number): EcrWireResponse {
  const body = JSON.stringify({ __type: error.name, message: error.message });
  return jsonResponse(status ?? error.httpStatus, body, requestId, { 'x-amzn-errortype': error.name });
}
