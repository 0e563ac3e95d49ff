import { JSON_CONTENT_TYPE } from '@ecr-scan-sim/model';
import type { EcrWireResponse } from '../glossary.js';
import { utf8ByteLength } from './utf8.js';

/**
 * @internal A JSON response with the headers every response carries (rules W1, W4): `content-type` (awsJson1_1's
 * unless given), `content-length` (UTF-8 bytes) and `x-amzn-requestid`. No `date` header (decision D17): the SDK resets its
 * signing clock offset from it, and a fake clock far from real time would then skew SigV4 signing.
 */
export function jsonResponse(
  status: number,
  body: string,
  requestId: string,
  extra?: Readonly<Record<string, string>>,
  contentType: string = JSON_CONTENT_TYPE,
): EcrWireResponse {
  return {
    status,
    headers: {
      'content-type': contentType,
      'content-length': String(utf8ByteLength(body)),
      'x-amzn-requestid': requestId,
      ...extra,
    },
    body,
  };
}
