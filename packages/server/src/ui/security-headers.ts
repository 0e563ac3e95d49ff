/**
 * @internal The Content-Security-Policy of every dashboard asset. Only the server's own files run or load: no inline
 * script or style (not even hashed: the page has none), no `eval`, no frames, no plugins, requests to this origin
 * only, and Trusted Types with no policy, so any `innerHTML`-style sink throws: the page can render state as text only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/** @internal Headers of every `/_sim/ui/` response, next to its content type. No CORS header, ever. */
export const UI_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-cache',
};
