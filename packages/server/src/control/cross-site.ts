import type { IncomingHttpHeaders } from 'node:http';
import type { PlainResponse } from '../internal/aws-error-response.js';
import { serverMessages } from '../internal/messages.js';

const one = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/**
 * @internal The web page a state-changing control request came from, when that page is not one of this server's
 * own (so the request must be refused); `undefined` when it may go on.
 *
 * Why: the control API has no credentials, and a browser lets any site a user visits send a simple POST (a
 * `text/plain` body needs no CORS preflight) to `http://127.0.0.1:4510/_sim/reset`. Browsers say where a request
 * comes from: `Sec-Fetch-Site` (`same-origin` for the dashboard's own calls, `cross-site`/`same-site` for another
 * page), or, in browsers without it, `Origin`. Clients that are not browsers (curl, the SDKs, tests) send neither
 * and are never refused. Reads pass: the same-origin policy already keeps other pages from reading answers.
 */
export function foreignPageOrigin(method: string, headers: IncomingHttpHeaders): string | undefined {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined;
  const site = one(headers['sec-fetch-site']);
  const origin = one(headers.origin);
  if (site !== undefined) {
    return site === 'same-origin' || site === 'none' ? undefined : (origin ?? `a ${site} page`);
  }
  if (origin === undefined || origin === `http://${one(headers.host) ?? ''}`) return undefined;
  return origin;
}

/** @internal 403 `{ error }` for a request {@link foreignPageOrigin} names a page for; `undefined` to go on. */
export function refuseForeignPage(method: string, headers: IncomingHttpHeaders): PlainResponse | undefined {
  const origin = foreignPageOrigin(method, headers);
  if (origin === undefined) return undefined;
  return {
    status: 403,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify({ error: serverMessages.crossSite(origin) }),
  };
}
