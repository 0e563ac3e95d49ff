import type { WireHeaders } from '../glossary.js';

/**
 * @internal Lower-cased header names in a null-prototype record (a header called `__proto__` stays a header).
 * Several values of one header are joined with `, ` as HTTP allows; when two spellings of one name are given,
 * their values are joined too.
 */
export function normaliseHeaders(headers: WireHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (headers === undefined || headers === null || typeof headers !== 'object') return out;
  for (const name of Object.keys(headers)) {
    const raw = headers[name];
    const value = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.map(String).join(', ') : undefined;
    if (value === undefined) continue;
    const key = name.toLowerCase();
    out[key] = Object.hasOwn(out, key) ? `${out[key]}, ${value}` : value;
  }
  return out;
}
