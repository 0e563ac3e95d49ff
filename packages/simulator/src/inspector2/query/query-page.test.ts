import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageOfQuery, pageOfStream, queryFingerprint } from './query-page.js';

const items = Array.from({ length: 25 }, (_, i) => i);
const options = (fingerprint: string, nextToken?: string, maxResults?: number) => ({
  seed: 'seed',
  fingerprint,
  nextToken,
  maxResults,
  defaultSize: 10,
});

describe('pageOfQuery', () => {
  it('S11: pages tile the list; the last page has no nextToken; the default size applies without maxResults', () => {
    const fp = queryFingerprint('ListCoverage', 'us-east-1', {});
    const seen: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = pageOfQuery(items, options(fp, token));
      seen.push(...page.items);
      token = page.nextToken;
      pages++;
    } while (token !== undefined);
    expect(seen).toEqual(items);
    expect(pages).toBe(3);
    expect(pageOfQuery(items, options(fp, undefined, 25))).toEqual({ items });
  });

  it('S12: a token is bound to its query: another filter, region or operation is ValidationException', () => {
    const fp = queryFingerprint('ListFindings', 'us-east-1', {
      filterCriteria: { severity: [{ comparison: 'EQUALS', value: 'HIGH' }] },
    });
    const token = pageOfQuery(items, options(fp)).nextToken as string;
    expect(pageOfQuery(items, options(fp, token)).items[0]).toBe(10);
    for (const other of [
      queryFingerprint('ListFindings', 'us-east-1', {
        filterCriteria: { severity: [{ comparison: 'EQUALS', value: 'LOW' }] },
      }),
      queryFingerprint('ListFindings', 'eu-west-1', {
        filterCriteria: { severity: [{ comparison: 'EQUALS', value: 'HIGH' }] },
      }),
      queryFingerprint('ListCoverage', 'us-east-1', {
        filterCriteria: { severity: [{ comparison: 'EQUALS', value: 'HIGH' }] },
      }),
    ]) {
      expect(() => pageOfQuery(items, options(other, token))).toThrow(
        expect.objectContaining({
          name: 'ValidationException',
          members: expect.objectContaining({ reason: 'FIELD_VALIDATION_FAILED' }),
        }),
      );
    }
    expect(() => pageOfQuery(items, options(fp, 'not-a-token'))).toThrow(
      expect.objectContaining({ name: 'ValidationException' }),
    );
  });

  it('S12: equal queries share tokens whatever the key order; the page size may change between pages', () => {
    const a = queryFingerprint('ListFindings', 'r', {
      filterCriteria: { a: 1, b: [new Date(5)] },
      sortCriteria: undefined,
    });
    const b = queryFingerprint('ListFindings', 'r', { filterCriteria: { b: [new Date(5)], a: 1 } });
    expect(a).toBe(b);
    const token = pageOfQuery(items, options(a, undefined, 5)).nextToken as string;
    expect(pageOfQuery(items, options(b, token, 20)).items).toEqual(items.slice(5, 25));
  });

  it('S12: an empty nextToken asks for the first page', () => {
    expect(pageOfQuery(items, options('fp', '')).items[0]).toBe(0);
  });
});

describe('pageOfStream', () => {
  it('S11, S12: gives the same pages and tokens as pageOfQuery, reading at most one item past the page', () => {
    fc.assert(
      fc.property(fc.nat({ max: 40 }), fc.integer({ min: 1, max: 12 }), (length, size) => {
        const list = Array.from({ length }, (_, i) => i);
        const fp = queryFingerprint('ListFindings', 'us-east-1', { n: length });
        let token: string | undefined;
        do {
          let read = 0;
          const lazy = (function* () {
            for (const item of list) {
              read++;
              yield item;
            }
          })();
          const streamed = pageOfStream(lazy, options(fp, token, size));
          const whole = pageOfQuery(list, options(fp, token, size));
          expect(streamed).toEqual(whole);
          const start = whole.items[0] ?? length;
          expect(read).toBeLessThanOrEqual(Math.min(length, start + size + 1));
          token = whole.nextToken;
        } while (token !== undefined);
      }),
    );
  });
});
