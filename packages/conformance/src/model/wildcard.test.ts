import { describe, expect, it } from 'vitest';
import { matchesWildcard } from './wildcard.js';

describe('matchesWildcard (the oracle’s reading of WILDCARD filters)', () => {
  it.each([
    ['*', 'anything', true],
    ['r1', 'r1', true],
    ['r1', 'r10', false],
    ['r2*', 'r2', true],
    ['r2*', 'r2/app', true],
    ['r2*', 'r1', false],
    ['*-prod', 'web-prod', true],
    ['*-prod', 'web-dev', false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'acb', false],
    ['ab*ba', 'aba', false],
  ])('C1: filter %s against %s is %s', (filter, name, expected) => {
    expect(matchesWildcard(filter, name)).toBe(expected);
  });
});
