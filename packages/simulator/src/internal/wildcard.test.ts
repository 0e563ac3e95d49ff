import { SCANNING_FILTER_TABLE } from '@ecr-scan-sim/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatches, scanningFilterMatches } from './wildcard.js';

const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 300);

/** A tiny reference matcher, written here from the definition: try every split of each star, recursively. */
function referenceGlob(pattern: string, text: string): boolean {
  if (pattern === '') return text === '';
  if (pattern[0] === '*') {
    for (let i = 0; i <= text.length; i++) if (referenceGlob(pattern.slice(1), text.slice(i))) return true;
    return false;
  }
  return text !== '' && pattern[0] === text[0] && referenceGlob(pattern.slice(1), text.slice(1));
}
const referenceFilter = (filter: string, name: string) =>
  filter.includes('*') ? referenceGlob(filter, name) : name.includes(filter);

describe('scanningFilterMatches', () => {
  it('C4, C5: the AWS documentation filter table', () => {
    for (const { filter, matches } of SCANNING_FILTER_TABLE.rows) {
      const got = SCANNING_FILTER_TABLE.names.map((name) => scanningFilterMatches(filter, name));
      expect(got, filter).toEqual(matches);
    }
  });

  it.each([
    ['*', 'anything', true],
    ['prod', 'team/prod-api', true],
    ['prod', 'pro', false],
    ['team/*', 'team/app', true],
    ['team/*', 'other/team/app', false],
    ['*-api', 'prod-api', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'acb', false],
    ['ab*ba', 'aba', false],
    ['aa*aa', 'aaa', false],
  ])('C4, C5: filter %j against %j is %s', (filter, name, expected) => {
    expect(scanningFilterMatches(filter, name)).toBe(expected);
  });

  it('C4, C5: agrees with a reference matcher written from the definition (property)', () => {
    const filterChars = fc.constantFrom('a', 'b', '*', '-', '/');
    const nameChars = fc.constantFrom('a', 'b', '-', '/');
    fc.assert(
      fc.property(
        fc.string({ unit: filterChars, minLength: 1, maxLength: 8 }),
        fc.string({ unit: nameChars, maxLength: 12 }),
        (filter, name) => {
          expect(scanningFilterMatches(filter, name)).toBe(referenceFilter(filter, name));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('C14: hostile inputs answer at once (linear time, no regex from input)', () => {
    const name = 'a'.repeat(256);
    // A backtracking matcher needs ~10^5 steps per call here; two thousand calls would take seconds.
    for (let i = 0; i < 2_000; i++) {
      expect(scanningFilterMatches(`${'*a'.repeat(127)}b`, name)).toBe(false);
      expect(scanningFilterMatches(`${'a'.repeat(200)}b`, name)).toBe(false);
    }
    expect(scanningFilterMatches('*'.repeat(1000), name)).toBe(true);
    expect(scanningFilterMatches('.*(a+)+$', 'a'.repeat(50))).toBe(false);
  });
});

describe('globMatches (tag mutability exclusion filters)', () => {
  it.each([
    ['*', 'anything', true],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
    ['v*', 'v1.2', true],
    ['', '', true],
  ])('%j against %j is %s', (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });

  it('agrees with the reference glob (property)', () => {
    const chars = fc.constantFrom('a', 'b', '*', '.');
    fc.assert(
      fc.property(
        fc.string({ unit: chars, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', '.'), maxLength: 10 }),
        (p, t) => {
          expect(globMatches(p, t)).toBe(referenceGlob(p, t));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
