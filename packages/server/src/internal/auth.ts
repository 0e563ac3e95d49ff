import type { IncomingMessage } from 'node:http';

/** Credential scope of a SigV4 `Authorization` header or `X-Amz-Credential` query: `AKID/DATE/REGION/SERVICE/aws4_request`. */
const SCOPE = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]{1,32})\/[a-z0-9-]+\/aws4_request/;
const QUERY_SCOPE = /^[^/]+\/\d{8}\/([a-z0-9-]{1,32})\/[a-z0-9-]+\/aws4_request$/;

/** @internal True when the request carries a SigV4 signature (header or presigned query). Not verified: any credentials pass. */
export function isSigned(req: IncomingMessage, query: URLSearchParams): boolean {
  const auth = req.headers.authorization;
  return (typeof auth === 'string' && auth.trim() !== '') || query.has('X-Amz-Algorithm');
}

/**
 * @internal The region the client signed for, so `--region eu-west-1` reaches the eu-west-1 registry of the
 * simulator on a local endpoint whose host names no region. Undefined for unsigned requests.
 */
export function signedRegion(req: IncomingMessage, query: URLSearchParams): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string') {
    const match = SCOPE.exec(auth);
    if (match !== null) return match[1];
  }
  const credential = query.get('X-Amz-Credential');
  return credential === null ? undefined : QUERY_SCOPE.exec(credential)?.[1];
}
