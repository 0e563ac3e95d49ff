import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesMapFilters, passesRanges, passesStringFilters } from './filter-primitives.js';

const eq = (value: string) => ({ comparison: 'EQUALS', value });
const prefix = (value: string) => ({ comparison: 'PREFIX', value });
const ne = (value: string) => ({ comparison: 'NOT_EQUALS', value });
const NUM_RUNS = Number(process.env['NUM_RUNS'] ?? 200);

describe('string filters', () => {
  it('S15: EQUALS is exact and case-sensitive, PREFIX starts-with, NOT_EQUALS anything else', () => {
    expect(passesStringFilters([eq('HIGH')], ['HIGH'])).toBe(true);
    expect(passesStringFilters([eq('HIGH')], ['high'])).toBe(false);
    expect(passesStringFilters([prefix('app')], ['app-web'])).toBe(true);
    expect(passesStringFilters([prefix('web')], ['app-web'])).toBe(false);
    expect(passesStringFilters([ne('HIGH')], ['LOW'])).toBe(true);
    expect(passesStringFilters([ne('HIGH')], ['HIGH'])).toBe(false);
  });

  it('S15: positive filters on one key are joined by OR, NOT_EQUALS filters by AND', () => {
    expect(passesStringFilters([eq('HIGH'), eq('CRITICAL')], ['CRITICAL'])).toBe(true);
    expect(passesStringFilters([ne('HIGH'), ne('CRITICAL')], ['CRITICAL'])).toBe(false);
    expect(passesStringFilters([prefix('a'), ne('app')], ['app'])).toBe(false);
    expect(passesStringFilters([prefix('a'), ne('app')], ['api'])).toBe(true);
  });

  it('S16: a list field passes a positive filter when any element matches, NOT_EQUALS when none equals', () => {
    expect(passesStringFilters([eq('v1')], ['latest', 'v1'])).toBe(true);
    expect(passesStringFilters([ne('v1')], ['latest', 'v1'])).toBe(false);
    expect(passesStringFilters([ne('v3')], ['latest', 'v1'])).toBe(true);
  });

  it('S16: a field without values fails every positive filter and passes NOT_EQUALS', () => {
    expect(passesStringFilters([eq('x')], [])).toBe(false);
    expect(passesStringFilters([prefix('')], [])).toBe(false);
    expect(passesStringFilters([ne('x')], [])).toBe(true);
  });

  it('S15: for one value, EQUALS v and NOT_EQUALS v split every set of values in two', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 1 }),
        fc.constantFrom('a', 'b', 'c'),
        (values, v) => {
          expect(passesStringFilters([eq(v)], values)).toBe(!passesStringFilters([ne(v)], values));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('S15: no filter (or an empty list) filters nothing', () => {
    expect(passesStringFilters(undefined, [])).toBe(true);
    expect(passesStringFilters([], [])).toBe(true);
  });
});

describe('range and map filters', () => {
  it('S17: ranges are inclusive, either end optional, several joined by OR; no value fails', () => {
    expect(passesRanges([{ lower: 1, upper: 3 }], 1)).toBe(true);
    expect(passesRanges([{ lower: 1, upper: 3 }], 3)).toBe(true);
    expect(passesRanges([{ lower: 1, upper: 3 }], 4)).toBe(false);
    expect(passesRanges([{ upper: 3 }], -100)).toBe(true);
    expect(passesRanges([{ lower: 1, upper: 2 }, { lower: 5 }], 6)).toBe(true);
    expect(passesRanges([{ lower: 1 }], undefined)).toBe(false);
  });

  it('S18: a map filter matches a key, with its value when given', () => {
    expect(passesMapFilters([{ key: 'team' }], [{ team: 'a' }])).toBe(true);
    expect(passesMapFilters([{ key: 'team', value: 'b' }], [{ team: 'a' }])).toBe(false);
    expect(passesMapFilters([{ key: 'team', value: 'b' }, { key: 'env' }], [{ team: 'a', env: 'x' }])).toBe(
      true,
    );
    expect(passesMapFilters([{ key: 'constructor' }], [{}])).toBe(false);
  });
});
