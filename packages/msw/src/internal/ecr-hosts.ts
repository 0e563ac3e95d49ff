/**
 * Which URLs belong to the simulated services: the ECR API and Amazon Inspector2. Only these hosts are matched, so
 * requests to other AWS services (S3, STS, the `*.dkr.ecr.*` registry API) or unknown hosts reach MSW's
 * `onUnhandledFrame` (msw 2: `onUnhandledRequest`).
 *
 * The shapes come from `@aws-sdk/client-ecr`'s endpoint rules: `api.ecr.<region>.<dnsSuffix>`,
 * `api.ecr-fips.<region>.<dnsSuffix>`, and the dual-stack `[api.]ecr[-fips].<region>.<dualStackDnsSuffix>`.
 */

const REGION = '[a-z0-9]+(?:-[a-z0-9]+)*';
const DNS_SUFFIX =
  '(?:amazonaws\\.com(?:\\.cn)?|amazonaws\\.eu|c2s\\.ic\\.gov|sc2s\\.sgov\\.gov|cloud\\.adc-e\\.uk|csp\\.hci\\.ic\\.gov)';
const DUAL_STACK_SUFFIX = '(?:api\\.aws|api\\.amazonwebservices\\.com\\.cn)';

// The region is read by the wire (`regionFromHost`), not here: these patterns only decide which requests are ours.
const ECR_API_HOST = `(?:api\\.ecr(?:-fips)?\\.${REGION}\\.${DNS_SUFFIX}|(?:api\\.)?ecr(?:-fips)?\\.${REGION}\\.${DUAL_STACK_SUFFIX})`;

/**
 * @internal Matches every HTTPS URL on an ECR API host, whatever the path: the host belongs to ECR, so the wire
 * answers anything sent there (a missing or foreign `x-amz-target` gets ECR's own error, not a pass-through).
 */
export const ECR_API_URL = new RegExp(`^https://${ECR_API_HOST}/`);

const INSPECTOR2_HOST = `inspector2(?:-fips)?\\.${REGION}\\.(?:${DNS_SUFFIX}|${DUAL_STACK_SUFFIX})`;

/**
 * @internal Matches every HTTPS URL on an Inspector2 host (`inspector2[-fips].<region>.<dnsSuffix>` and the
 * dual-stack forms, from `@aws-sdk/client-inspector2`'s endpoint rules), whatever the path: the wire answers an
 * unknown path there with Inspector2's own 404 (rules W6, W9).
 */
export const INSPECTOR2_API_URL = new RegExp(`^https://${INSPECTOR2_HOST}/`);

/**
 * @internal A pattern for a custom endpoint: same origin (MSW matches `origin + pathname`, query removed), and
 * the endpoint's path or anything under it.
 * @throws TypeError when `endpoint` is not an absolute URL.
 */
export function endpointPattern(endpoint: string): RegExp {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new TypeError(
      `[ecr-scan-sim] createEcrHandlers: endpoint '${endpoint}' is not an absolute URL; give it as you give it to the client's endpoint option, e.g. 'http://localhost:4510'`,
    );
  }
  const base = url.pathname.replace(/\/+$/, '');
  return new RegExp(`^${escapeRegExp(url.origin + base)}(?:/|$)`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
