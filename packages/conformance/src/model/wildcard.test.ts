import { SCANNING_FILTER_TABLE } from '@ecr-scan-sim/model';
import { describe, expect, it } from 'vitest';
import { isValidFilter, matchesWildcard } from './wildcard.js';

describe('matchesWildcard (the oracle’s reading of WILDCARD filters)', () => {
  it('C4, C5: the AWS documentation filter table', () => {
    for (const { filter, matches } of SCANNING_FILTER_TABLE.rows) {
      expect(
        SCANNING_FILTER_TABLE.names.map((name) => matchesWildcard(filter, name)),
        filter,
      ).toEqual(matches);
    }
  });

  it.each([
    ['*', 'anything', true],
    ['r1', 'r1', true],
    ['r1', 'r1-prod', true],
    ['r1', 'r10', true],
    ['r2*', 'r2/app', true],
    ['r2*', 'team/r2', false],
    ['*-prod', 'web-prod', true],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'acb', false],
    ['ab*ba', 'aba', false],
  ])('C4, C5: filter %s against %s is %s', (filter, name, expected) => {
    expect(matchesWildcard(filter, name)).toBe(expected);
  });

  it('V5: the filter pattern, read as plain rules', () => {
    for (const good of ['a', '*', 'prod', 'a*b', 'team/app-*', 'a.b_c-d/e', '**', 'a-*'])
      expect(isValidFilter(good), good).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'a-/b', 'A', 'a b', 'a?', 'x'.repeat(256)])
      expect(isValidFilter(bad), bad).toBe(false);
  });
});
