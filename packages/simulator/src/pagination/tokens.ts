import { CONSTRAINTS, ecrErrors, PAGE_SIZE } from '@ecr-scan-sim/model';
import { hashString } from '../internal/prng.js';

/**
 * Rules P1–P3: opaque, verifiable page tokens. A token is base64url of `{ q, o, c }`: a hash of the query
 * fingerprint (operation, region, repository, filter…), the offset, and a check value over both, keyed by the
 * simulator's seed. A token we did not issue, or issued for another query, fails verification.
 */

const hex = (n: number): string => n.toString(16).padStart(8, '0');
const seedText = (seed: number | string): string => (typeof seed === 'number' ? `n:${seed}` : `s:${seed}`);

function encode(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decode(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(token)) return undefined;
  try {
    return atob(token.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return undefined;
  }
}

function checkValue(seed: number | string, query: string, offset: number): string {
  return hex(hashString(`${seedText(seed)}\u0000${query}\u0000${offset}`));
}

/**
 * Tokens issued lately, by seed, query and offset: a token is a pure function of the three, and the same page is
 * asked for over and over (a client polling the first page of findings). Emptied when full (bounded).
 */
const issued = new Map<string, string>();
const ISSUED_KEPT = 4096;

/** @internal A token for the page that starts at `offset` of this query. */
export function issueToken(seed: number | string, fingerprint: string, offset: number): string {
  const key = `${seedText(seed)}\u0000${fingerprint}\u0000${offset}`;
  let token = issued.get(key);
  if (token === undefined) {
    const q = hex(hashString(`${seedText(seed)}\u0000${fingerprint}`));
    token = encode(JSON.stringify({ q, o: offset, c: checkValue(seed, q, offset) }));
    if (issued.size >= ISSUED_KEPT) issued.clear();
    issued.set(key, token);
  }
  return token;
}

/**
 * @internal The offset a token stands for (0 without a token).
 * @throws InvalidParameterException on `nextToken` (rule P3) for a token we did not issue for this query
 */
export function readToken(seed: number | string, fingerprint: string, token: string | undefined): number {
  if (token === undefined) return 0;
  const offset = tokenOffset(seed, fingerprint, token);
  if (offset === undefined) throw ecrErrors.invalidParameter('nextToken', CONSTRAINTS.issuedToken);
  return offset;
}

/**
 * @internal The offset a token stands for, or `undefined` for a token we did not issue for this query (each
 * service answers that with its own error: rules P3, S12).
 */
export function tokenOffset(seed: number | string, fingerprint: string, token: string): number | undefined {
  const text = decode(token);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { q, o, c } = (parsed ?? {}) as { q?: unknown; o?: unknown; c?: unknown };
  const expectedQuery = hex(hashString(`${seedText(seed)}\u0000${fingerprint}`));
  if (q !== expectedQuery || typeof o !== 'number' || !Number.isSafeInteger(o) || o < 1) return undefined;
  return c === checkValue(seed, q, o) ? o : undefined;
}

/** @internal Rule P1: the page size (default 100). */
export function pageSize(maxResults: number | undefined): number {
  return maxResults ?? PAGE_SIZE.default;
}

/** @internal One page of `total` items from `offset`; `nextToken` only when more remain (rule P2). */
export function pageOf(
  seed: number | string,
  fingerprint: string,
  total: number,
  offset: number,
  limit: number,
): { start: number; end: number; nextToken?: string } {
  const start = Math.min(offset, total);
  const end = Math.min(start + limit, total);
  return end < total ? { start, end, nextToken: issueToken(seed, fingerprint, end) } : { start, end };
}
