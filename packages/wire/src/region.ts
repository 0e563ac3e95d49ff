/**
 * ECR endpoint host names, as the SDK's endpoint rules build them: `api.ecr.<region>.<dnsSuffix>`,
 * `api.ecr-fips.<region>.<dnsSuffix>`, and the dual-stack `ecr.<region>.<dualStackDnsSuffix>` /
 * `ecr-fips.<region>.<dualStackDnsSuffix>`. The suffix varies by partition (`amazonaws.com`, `amazonaws.com.cn`,
 * `api.aws`, …), so any suffix with at least two labels is accepted.
 */
const ECR_HOST = /^(?:api\.)?ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * @public The region an ECR endpoint host names, or `undefined` for any other host (a custom endpoint such as
 * `localhost:4510`). A port and a trailing dot are ignored; the match is case-insensitive.
 *
 * @example regionFromHost('api.ecr.eu-west-1.amazonaws.com') // 'eu-west-1'
 */
export function regionFromHost(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  const name = host.trim().toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '');
  return ECR_HOST.exec(name)?.[1];
}

/** Credential scope of SigV4: `AKID/DATE/REGION/SERVICE/aws4_request`, in an `Authorization` header or `X-Amz-Credential`. */
const HEADER_SCOPE = /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]{1,32})\/([a-z0-9-]{1,64})\/aws4_request/;
const QUERY_SCOPE = /^[^/]+\/\d{8}\/([a-z0-9-]{1,32})\/([a-z0-9-]{1,64})\/aws4_request$/;

/**
 * @public The region a SigV4-signed request was signed for, from its `Authorization` header or presigned
 * `X-Amz-Credential` query value; `undefined` when unsigned. Signatures are not verified. Transports whose host
 * names no region (a local endpoint) can pass it as `defaultRegion`.
 *
 * @example regionFromSignature('AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/ecr/aws4_request, …') // 'eu-west-1'
 */
export function regionFromSignature(
  authorization: string | undefined,
  credentialQuery?: string | null,
): string | undefined {
  return credentialScope(authorization, credentialQuery)?.region;
}

/**
 * @internal The region and signing name (`ecr`, `inspector2`, …) of a SigV4 credential scope, from the
 * `Authorization` header or the presigned `X-Amz-Credential` value; `undefined` when unsigned. Not verified.
 */
export function credentialScope(
  authorization: string | undefined,
  credentialQuery?: string | null,
): { region: string; service: string } | undefined {
  const match =
    (authorization === undefined ? null : HEADER_SCOPE.exec(authorization)) ??
    (credentialQuery == null ? null : QUERY_SCOPE.exec(credentialQuery));
  return match === null ? undefined : { region: match[1] as string, service: match[2] as string };
}

/**
 * @internal The host of a request: the authority of an absolute `url`, else `host`, else the `host` header.
 */
export function requestHost(
  url: string | undefined,
  host: string | undefined,
  hostHeader: string | undefined,
): string | undefined {
  if (url !== undefined) {
    const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1];
    if (authority !== undefined) return authority.replace(/^.*@/, '');
  }
  return host ?? hostHeader;
}
