import { exceedsJsonDepth } from '../internal/json-depth.js';

/** @internal Deepest JSON nesting accepted by both protocols. The deepest served input is 6 levels. */
export const MAX_JSON_DEPTH = 64;

/** @internal Keys no served input has, dropped while parsing so a later copy or merge cannot reach a prototype. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FORBIDDEN_KEYS_TEXT = /__proto__|constructor|prototype/;

function dropForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/**
 * @internal Parses an untrusted JSON text for either protocol: nesting past {@link MAX_JSON_DEPTH} is refused
 * before parsing (`depth`), a syntax error is `syntax`; keys `__proto__`, `constructor` and `prototype` are
 * dropped. Each protocol turns the failure into its own error.
 */
export function parseUntrustedJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; reason: 'depth' | 'syntax' } {
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) return { ok: false, reason: 'depth' };
  try {
    // A reviver makes JSON.parse several times slower; without a backslash (no escaped key) and without the three
    // names in the text, no key can be one of them, and the plain parse gives the same value.
    const plain = !text.includes('\\') && !FORBIDDEN_KEYS_TEXT.test(text);
    return { ok: true, value: plain ? JSON.parse(text) : JSON.parse(text, dropForbiddenKeys) };
  } catch {
    return { ok: false, reason: 'syntax' };
  }
}
