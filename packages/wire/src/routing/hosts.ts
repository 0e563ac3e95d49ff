/**
 * Inspector2 endpoint host names, as `@aws-sdk/client-inspector2`'s endpoint rules build them:
 * `inspector2.<region>.<dnsSuffix>`, `inspector2-fips.<region>.<dnsSuffix>` and the same on the dual-stack suffix
 * (`api.aws`, …). Any suffix with at least two labels is accepted, as for ECR hosts (`regionFromHost`).
 */
const INSPECTOR2_HOST = /^inspector2(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

const hostName = (host: string): string => host.trim().toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '');

/**
 * @public The region an Inspector2 endpoint host names (rule W8), or `undefined` for any other host. A port and a
 * trailing dot are ignored; the match is case-insensitive.
 *
 * @example inspector2RegionFromHost('inspector2-fips.us-gov-west-1.amazonaws.com') // 'us-gov-west-1'
 */
export function inspector2RegionFromHost(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  return INSPECTOR2_HOST.exec(hostName(host))?.[1];
}
