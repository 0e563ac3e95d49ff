import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wildcardMatches } from './wildcard.js';

/** Reference: the same language as an anchored regex. */
const reference = (pattern: string, text: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  ).test(text);

describe('wildcardMatches', () => {
  it.each([
    ['*', 'anything', true],
    ['prod-*', 'prod-api', true],
    ['prod-*', 'dev-api', false],
    ['*-api', 'prod-api', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
    ['team/*', 'team/app', true],
    ['', '', true],
  ])('C1: %j against %j is %s', (pattern, text, expected) => {
    expect(wildcardMatches(pattern, text)).toBe(expected);
  });

  it('C1: agrees with an anchored regex reference (property)', () => {
    const chars = fc.constantFrom('a', 'b', '*', '-', '.');
    fc.assert(
      fc.property(
        fc.string({ unit: chars, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', '-', '.'), maxLength: 10 }),
        (p, t) => {
          expect(wildcardMatches(p, t)).toBe(reference(p, t));
        },
      ),
    );
  });
});
