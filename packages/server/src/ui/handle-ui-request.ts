import type { PlainResponse } from '../internal/aws-error-response.js';
import { serverMessages } from '../internal/messages.js';
import { UI_HEADERS } from './security-headers.js';
import { uiAssets } from './ui-assets.js';

/** @internal The dashboard's path; the page is `/_sim/ui/` and its files sit beside it. */
export const UI_PATH = '/_sim/ui';

/** @internal Whether a request path belongs to the dashboard. */
export const isUiPath = (path: string): boolean => path === UI_PATH || path.startsWith(`${UI_PATH}/`);

const error = (status: number, message: string, extra: Record<string, string> = {}): PlainResponse => ({
  status,
  headers: { ...UI_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extra },
  body: JSON.stringify({ error: message }),
});

/**
 * @internal Serves the dashboard: `GET /_sim/ui/` is the page, `GET /_sim/ui/<file>` its scripts, style and icon,
 * all with the strict headers of `UI_HEADERS`. `/_sim/ui` redirects to `/_sim/ui/` (the page's relative URLs need
 * the slash). Unknown files answer 404, other methods 405, both as JSON like the control API.
 */
export async function handleUiRequest(method: string, path: string): Promise<PlainResponse> {
  if (method !== 'GET') {
    return error(405, serverMessages.wrongMethod(method, path, 'GET'), { allow: 'GET' });
  }
  if (path === UI_PATH) {
    return { status: 308, headers: { ...UI_HEADERS, location: `${UI_PATH}/` }, body: '' };
  }
  const name = path.slice(UI_PATH.length + 1) || 'index.html';
  const asset = (await uiAssets()).get(name);
  if (asset === undefined) return error(404, serverMessages.unknownUiPath(path));
  return { status: 200, headers: { ...UI_HEADERS, 'content-type': asset.contentType }, body: asset.body };
}
