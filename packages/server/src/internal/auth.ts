import type { IncomingMessage } from 'node:http';
import { regionFromSignature } from '@ecr-scan-sim/wire';

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
  return regionFromSignature(typeof auth === 'string' ? auth : undefined, query.get('X-Amz-Credential'));
}
