/** SigV4 credential scope: `AKID/DATE/REGION/SERVICE/aws4_request`, in an `Authorization` header or `X-Amz-Credential`. */
const HEADER_SCOPE = /Credential=[^/,\s]+\/\d{8}\/[a-z0-9-]{1,32}\/([a-z0-9-]{1,64})\/aws4_request/;
const QUERY_SCOPE = /^[^/]+\/\d{8}\/[a-z0-9-]{1,32}\/([a-z0-9-]{1,64})\/aws4_request$/;

/**
 * @internal The signing name a SigV4-signed request was signed for (`ecr`, `inspector2`, …), from its
 * `Authorization` header or presigned `X-Amz-Credential` query value; `undefined` when unsigned. Not verified.
 * It tells the services apart on an endpoint whose host names none (rule W7).
 */
export function serviceFromSignature(
  authorization: string | undefined,
  credentialQuery?: string | null,
): string | undefined {
  if (authorization !== undefined) {
    const match = HEADER_SCOPE.exec(authorization);
    if (match !== null) return match[1];
  }
  return credentialQuery == null ? undefined : QUERY_SCOPE.exec(credentialQuery)?.[1];
}
