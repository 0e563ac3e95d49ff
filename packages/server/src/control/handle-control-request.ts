import type { PlainResponse } from '../internal/aws-error-response.js';
import { serverMessages } from '../internal/messages.js';
import { InputError } from '../internal/untrusted.js';
import { CONTROL_ROUTES, type ControlContext } from './control-routes.js';

/** @internal The path prefix of the control API. */
export const CONTROL_PREFIX = '/_sim/';

/** @internal moto's reset path (rule R22): its `mock_aws` posts there before and after every server-mode test. */
export const MOTO_RESET_PATH = '/moto-api/reset';

/** @internal True for a path the control API answers: `/_sim/…` and moto's reset path. */
export function isControlPath(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX) || path === MOTO_RESET_PATH;
}

const json = (status: number, value: unknown, extra: Record<string, string> = {}): PlainResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body: JSON.stringify(value),
});

const fail = (status: number, error: string, extra?: Record<string, string>): PlainResponse =>
  json(status, { error }, extra);

/**
 * @internal Answers one `/_sim/` request. It shares nothing with the ECR path except the simulator: plain
 * JSON in and out, 400 `{ error }` for a bad body, 404 for an unknown path, 405 (with `Allow`) for a wrong method.
 */
export function handleControlRequest(
  ctx: ControlContext,
  method: string,
  path: string,
  bodyText: string,
  query: URLSearchParams = new URLSearchParams(),
): PlainResponse {
  const routes = Object.hasOwn(CONTROL_ROUTES, path) ? CONTROL_ROUTES[path] : undefined;
  if (routes === undefined) return fail(404, serverMessages.unknownControlPath(path));
  const handler = Object.hasOwn(routes, method) ? routes[method] : undefined;
  if (handler === undefined) {
    const allowed = Object.keys(routes).join(', ');
    return fail(405, serverMessages.wrongMethod(method, path, allowed), { allow: allowed });
  }
  let body: unknown;
  if (bodyText.trim() !== '') {
    try {
      body = JSON.parse(bodyText);
    } catch {
      return fail(400, serverMessages.badJson());
    }
  }
  try {
    return json(200, handler(ctx, body, query));
  } catch (error) {
    if (error instanceof InputError) return fail(400, serverMessages.invalid(error.path, error.problem));
    if (error instanceof Error) return fail(400, error.message);
    throw error;
  }
}
