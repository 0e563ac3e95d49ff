import { inspector2Errors } from '@ecr-scan-sim/model';
import { issueToken, tokenOffset } from '../../pagination/tokens.js';

/** Canonical JSON: sorted keys, `Date`s as epoch ms, so equal queries have one fingerprint. */
function canonical(value: unknown): string {
  if (value instanceof Date) return `{"$date":${value.getTime()}}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * @internal Rule S12: what a nextToken is bound to: the operation, the region and every member that shapes the
 * result list (not `maxResults`: a client may change the page size between pages).
 */
export function queryFingerprint(
  operation: string,
  region: string,
  query: Readonly<Record<string, unknown>>,
): string {
  return `inspector2\u0000${operation}\u0000${region}\u0000${canonical(query)}`;
}

/** @internal What a page is cut by: the token's binding, the token, the page size. */
export interface PageOptions {
  seed: number | string;
  fingerprint: string;
  nextToken: string | undefined;
  maxResults: number | undefined;
  defaultSize: number;
}

/**
 * @internal Rules S11, S12: one page of `items` from the offset the token stands for; `nextToken` only while more
 * remain. A token not issued for this fingerprint is ValidationException (thrown before anything is read).
 */
export function pageOfQuery<T>(
  items: readonly T[],
  options: PageOptions,
): { items: T[]; nextToken?: string } {
  const offset = readQueryToken(options.seed, options.fingerprint, options.nextToken);
  const start = Math.min(offset, items.length);
  const end = Math.min(start + (options.maxResults ?? options.defaultSize), items.length);
  const page = items.slice(start, end);
  return end < items.length
    ? { items: page, nextToken: issueToken(options.seed, options.fingerprint, end) }
    : { items: page };
}

/**
 * @internal {@link pageOfQuery} over a lazy sequence in its final order: reads only up to the end of the page and one
 * item more (to know whether a `nextToken` is due), so the first pages of a long list cost only what they show.
 * Same pages and tokens as `pageOfQuery` over the whole list.
 */
export function pageOfStream<T>(
  items: Iterable<T>,
  options: PageOptions,
): { items: T[]; nextToken?: string } {
  const start = readQueryToken(options.seed, options.fingerprint, options.nextToken);
  const end = start + (options.maxResults ?? options.defaultSize);
  const page: T[] = [];
  let index = 0;
  for (const item of items) {
    if (index >= end) return { items: page, nextToken: issueToken(options.seed, options.fingerprint, end) };
    if (index >= start) page.push(item);
    index++;
  }
  return { items: page };
}

/** @internal The offset of a token (0 without one), or ValidationException (rule S12). */
export function readQueryToken(
  seed: number | string,
  fingerprint: string,
  token: string | undefined,
): number {
  // The model allows an empty NextToken (length 0): it asks for the first page, as no token does.
  if (token === undefined || token === '') return 0;
  const offset = tokenOffset(seed, fingerprint, token);
  if (offset === undefined) throw inspector2Errors.invalidToken();
  return offset;
}
