import { credentialScope } from '../region.js';

/**
 * @internal The signing name a SigV4-signed request was signed for (`ecr`, `inspector2`, …), from its
 * `Authorization` header or presigned `X-Amz-Credential` query value; `undefined` when unsigned. Not verified.
 * It tells the services apart on an endpoint whose host names none (rule W7).
 */
export function serviceFromSignature(
  authorization: string | undefined,
  credentialQuery?: string | null,
): string | undefined {
  return credentialScope(authorization, credentialQuery)?.service;
}
