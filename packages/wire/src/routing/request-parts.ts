import type { WireRequest } from '../glossary.js';

/** @internal The path of a request (no query), from `path` or the `url`; `/` when neither has one. */
export function pathOf(request: Pick<WireRequest, 'path' | 'url'>): string {
  const raw =
    request.path ??
    (request.url === undefined
      ? '/'
      : (/^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*)?([^#]*)/i.exec(request.url)?.[1] ?? '/'));
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  return path === '' ? '/' : path;
}

/** @internal The query string of a request (from `path` or the `url`), without the `?`. */
export function queryOf(request: Pick<WireRequest, 'path' | 'url'>): string {
  const raw = request.path ?? request.url ?? '';
  const hash = raw.indexOf('#');
  const cut = hash === -1 ? raw : raw.slice(0, hash);
  const q = cut.indexOf('?');
  return q === -1 ? '' : cut.slice(q + 1);
}

/** @internal The value of one query parameter (presigned `X-Amz-Credential`), or `null`. */
export function queryParam(request: Pick<WireRequest, 'path' | 'url'>, name: string): string | null {
  try {
    return new URLSearchParams(queryOf(request)).get(name);
  } catch {
    return null;
  }
}
