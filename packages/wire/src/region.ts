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
